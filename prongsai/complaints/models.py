"""Complaints and bribery reports. What a reporter wrote and who they are is encrypted; no IP
address, user agent or exact filing time is kept."""

import uuid

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from prongsai.agencies.models import Agency
from prongsai.complaints.fields import EncryptedTextField


class ComplaintSettings(models.Model):
    agency = models.OneToOneField(
        Agency, on_delete=models.CASCADE, related_name="complaint_settings"
    )
    acknowledge_days = models.PositiveSmallIntegerField(
        _("days to acknowledge a new case"), default=15
    )
    result_days = models.PositiveSmallIntegerField(
        _("days to report a result after filing"), default=60
    )
    director_reads_content = models.BooleanField(
        _("the director may read the content of cases"), default=False
    )
    retention_years = models.PositiveSmallIntegerField(_("years to keep closed cases"), default=5)
    # The published guideline (OIT: how complaints are handled) names who handles them and the
    # ways to file besides the online form.
    handling_unit = models.ForeignKey(
        "agencies.Unit",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("unit responsible for complaints"),
    )
    other_channels = models.TextField(
        _("other ways to file a complaint"),
        blank=True,
        help_text=_(
            "One way per line, e.g. a letter, a telephone number or a visit. "
            "Left empty, the guideline names the agency's address and telephone."
        ),
    )

    class Meta:
        verbose_name = _("complaint settings")
        verbose_name_plural = _("complaint settings")

    def __str__(self) -> str:
        return str(self.agency)


# The case's fields stored encrypted (EncryptedTextField): re-encrypted by key rotation, left
# unloaded (deferred) where a page shows only the case's metadata.
ENCRYPTED_FIELDS = (
    "what_happened",
    "when_happened",
    "who_involved",
    "related_to",
    "reporter_name",
    "reporter_email",
    "reporter_phone",
    "notify_email",
    "outcome_reason",
)


class Complaint(models.Model):
    class Category(models.TextChoices):
        CORRUPTION = "corruption", _("Corruption or misconduct")
        BRIBE = "bribe", _("An official demanded money or benefits")
        BUDGET = "budget", _("Misuse of the budget")
        ASSET = "asset", _("Misuse of agency assets")
        SERVICE = "service", _("Service")
        OTHER = "other", _("Other")

    class Status(models.TextChoices):
        # Two steps a reader must tell apart: the system has the case; an officer took it up.
        NEW = "new", _("Received by the system, waiting for an officer")
        ACKNOWLEDGED = "acknowledged", _("Accepted by an officer for handling")
        IN_PROGRESS = "in_progress", _("Being handled")
        CLOSED = "closed", _("Closed")

    class Outcome(models.TextChoices):
        SUBSTANTIATED = "substantiated", _("Substantiated")
        NOT_SUBSTANTIATED = "not_substantiated", _("Not substantiated")
        REFERRED = "referred", _("Referred to another agency")

    agency = models.ForeignKey(Agency, on_delete=models.CASCADE, related_name="complaints")
    reference = models.CharField(_("case number"), max_length=20)
    # The number after the year in `reference`, as an integer: the next case number is computed
    # from it ("2570-10000" sorts before "2570-9999" as text).
    number = models.PositiveIntegerField(default=0)
    category = models.CharField(_("category"), max_length=20, choices=Category.choices)
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.NEW
    )
    outcome = models.CharField(_("outcome"), max_length=20, choices=Outcome.choices, blank=True)
    receipt_hash = models.CharField(max_length=64, unique=True)
    idempotency_hash = models.CharField(max_length=64, unique=True, null=True, blank=True)

    # What the reporter wrote, and who they are: encrypted.
    what_happened = EncryptedTextField(_("what happened"))
    when_happened = EncryptedTextField(_("when"))
    who_involved = EncryptedTextField(_("who was involved"))
    related_to = EncryptedTextField(_("related budget line or asset"))
    reporter_name = EncryptedTextField(_("name"))
    reporter_email = EncryptedTextField(_("e-mail"))
    reporter_phone = EncryptedTextField(_("phone"))
    notify_email = EncryptedTextField(_("e-mail for notices only"))
    outcome_reason = EncryptedTextField(_("reason"))
    is_anonymous = models.BooleanField(_("anonymous"), default=True)
    pdpa_consent = models.BooleanField(default=False)

    # Dates only (no time of day): enough for deadlines and statistics, too coarse to match
    # against access logs.
    filed_on = models.DateField(_("filed on"))
    acknowledge_due = models.DateField(_("acknowledge by"))
    result_due = models.DateField(_("result by"))
    acknowledged_on = models.DateField(_("acknowledged on"), null=True, blank=True)
    closed_on = models.DateField(_("closed on"), null=True, blank=True)
    assigned_to = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("handled by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="assigned_complaints",
    )
    excluded = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("excluded officers"),
        blank=True,
        related_name="excluded_complaints",
        help_text=_("Officers named in the complaint, who must not see it."),
    )

    class Meta:
        verbose_name = _("complaint")
        verbose_name_plural = _("complaints")
        ordering = ["-filed_on", "-pk"]
        constraints = [
            models.UniqueConstraint(fields=["agency", "reference"], name="complaint_reference")
        ]
        indexes = [models.Index(fields=["agency", "filed_on"])]

    def __str__(self) -> str:
        return self.reference


class FilingRetry(models.Model):
    """What a retry of the same filing needs for 15 minutes: its receipt, the expiry and a hash
    of what was sent, all encrypted (nothing in clear, no time of day). Purged after expiry."""

    complaint = models.OneToOneField(Complaint, on_delete=models.CASCADE, related_name="+")
    memory = EncryptedTextField()
    created_on = models.DateField()

    def __str__(self) -> str:
        return f"retry memory of {self.complaint_id}"


class Message(models.Model):
    class Direction(models.TextChoices):
        FROM_REPORTER = "from_reporter", _("From the reporter")
        TO_REPORTER = "to_reporter", _("To the reporter")
        NOTE = "note", _("Internal note")

    complaint = models.ForeignKey(Complaint, on_delete=models.CASCADE, related_name="messages")
    direction = models.CharField(max_length=20, choices=Direction.choices)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    body = EncryptedTextField(_("message"))
    created_on = models.DateField()
    order = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["complaint", "order", "pk"]

    def __str__(self) -> str:
        return f"{self.complaint} #{self.order}"


def attachment_path(instance: "Attachment", filename: str) -> str:
    # Random names: the original file name is encrypted in the row, never on disk.
    return f"complaints/{uuid.uuid4().hex}.bin"


class Attachment(models.Model):
    complaint = models.ForeignKey(Complaint, on_delete=models.CASCADE, related_name="attachments")
    message = models.ForeignKey(
        Message, null=True, blank=True, on_delete=models.CASCADE, related_name="attachments"
    )
    name = EncryptedTextField(_("file name"))
    content_type = models.CharField(max_length=100)
    size = models.PositiveIntegerField()
    blob = models.FileField(upload_to=attachment_path, max_length=200)
    from_reporter = models.BooleanField(default=True)

    def __str__(self) -> str:
        return f"{self.complaint} attachment {self.pk}"
