"""The gift register (ทะเบียนการรับทรัพย์สินหรือประโยชน์อื่นใดโดยธรรมจรรยา) and its settings.

A gift keeps the rule's outcome, the limit and the reporting deadline as they were on the day it
was declared, so a later change of the settings never rewrites what a past gift required.
"""

import uuid
from decimal import Decimal
from pathlib import PurePath

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from prongsai.agencies.models import Agency

DEFAULT_LIMIT = Decimal("3000")
DEFAULT_REPORT_DAYS = 30
DEFAULT_REMIND_DAYS = 5


class GiftSettings(models.Model):
    """The agency's gift rules (the NACC 2563 figures by default)."""

    agency = models.OneToOneField(Agency, on_delete=models.CASCADE, related_name="gift_settings")
    limit_baht = models.DecimalField(
        _("limit per giver per occasion (baht)"),
        max_digits=12,
        decimal_places=2,
        default=DEFAULT_LIMIT,
    )
    report_days = models.PositiveSmallIntegerField(
        _("days to report a gift above the limit"), default=DEFAULT_REPORT_DAYS
    )
    remind_days = models.PositiveSmallIntegerField(
        _("days before the deadline to remind"), default=DEFAULT_REMIND_DAYS
    )
    updated_at = models.DateTimeField(auto_now=True)

    def __str__(self) -> str:
        return f"gift settings of {self.agency_id}"


class Gift(models.Model):
    class Relationship(models.TextChoices):
        RELATIVE = "relative", _("A relative")
        OTHER = "other", _("Not a relative")

    class Business(models.TextChoices):
        NONE = "none", _("No business with the agency")
        PENDING = "pending", _("Has a request pending with the agency")
        CONTRACTOR = "contractor", _("A contractor or supplier of the agency")
        PARENT = "parent", _("A parent of a pupil")
        OTHER = "other", _("Other business with the agency")

    class Occasion(models.TextChoices):
        FESTIVAL = "festival", _("A festival or new year")
        IMPORTANT_DAY = "important_day", _("An important day (birthday, retirement, wedding …)")
        OTHER = "other", _("Another occasion")

    class Outcome(models.TextChoices):
        KEPT = "kept", _("Kept, recorded only")
        ALLOWED = "allowed", _("Allowed, recorded")
        REPORT = "report", _("Must be reported to the head")

    class Status(models.TextChoices):
        RECORDED = "recorded", _("Recorded")
        TO_REPORT = "to_report", _("To report")
        REPORTED = "reported", _("Awaiting the head's decision")
        DECIDED = "decided", _("Decided")

    class Decision(models.TextChoices):
        KEEP = "keep", _("May keep it")
        RETURN = "return", _("Return it to the giver")
        HAND_OVER = "hand_over", _("Hand it over to the agency as its property")

    agency = models.ForeignKey(Agency, on_delete=models.CASCADE, related_name="gifts")
    declarer = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="gifts_declared"
    )
    declared_by_head = models.BooleanField(
        default=False, help_text="The declarer was the agency's director: a supervisor decides."
    )
    received_on = models.DateField(_("date received"))
    giver_name = models.CharField(_("giver's name"), max_length=200)
    giver_organisation = models.CharField(
        _("giver's organisation or address"), max_length=300, blank=True
    )
    relationship = models.CharField(
        _("relationship to you"), max_length=20, choices=Relationship.choices
    )
    to_public = models.BooleanField(_("given to the public at large"), default=False)
    business = models.CharField(
        _("the giver's business with the agency"), max_length=20, choices=Business.choices
    )
    occasion = models.CharField(_("occasion"), max_length=20, choices=Occasion.choices)
    description = models.TextField(_("what was given"), max_length=2000)
    value = models.DecimalField(_("estimated value (baht)"), max_digits=12, decimal_places=2)
    outcome = models.CharField(max_length=20, choices=Outcome.choices)
    limit_baht = models.DecimalField(max_digits=12, decimal_places=2)
    deadline = models.DateField(null=True, blank=True)
    status = models.CharField(max_length=20, choices=Status.choices)
    reported_on = models.DateField(null=True, blank=True)
    decision = models.CharField(max_length=20, choices=Decision.choices, blank=True)
    decision_reason = models.TextField(max_length=2000, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="gifts_decided",
    )
    decided_at = models.DateTimeField(null=True, blank=True)
    # A gift handed over to the agency, as the asset register took it in (when it is installed).
    asset_number = models.CharField(_("asset number"), max_length=100, blank=True)
    asset_url = models.CharField(max_length=300, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-received_on", "-pk"]
        indexes = [models.Index(fields=["agency", "status"])]

    def __str__(self) -> str:
        return f"gift {self.pk} of {self.agency_id}"

    @property
    def reported_late(self) -> bool:
        return bool(self.deadline and self.reported_on and self.reported_on > self.deadline)


class Declaration(models.Model):
    """The agency's No Gift Policy declaration of a fiscal year (B.E.), one version at a time.

    The ITA officer drafts and edits; the director approves. An approved version is frozen: a
    change makes the next version, a draft, and the approved one stays published until the
    director approves the new one. The public sees the newest approved version of the year.
    """

    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        APPROVED = "approved", _("Approved")

    agency = models.ForeignKey(Agency, on_delete=models.CASCADE, related_name="declarations")
    year = models.PositiveSmallIntegerField(_("fiscal year"))
    version = models.PositiveSmallIntegerField(default=1)
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.DRAFT)
    title_th = models.CharField(_("subject (Thai)"), max_length=300)
    preamble_th = models.TextField(_("preamble (Thai)"), max_length=4000)
    commitments_th = models.TextField(_("commitments (Thai)"), max_length=4000)
    title_en = models.CharField(_("subject (English)"), max_length=300, blank=True)
    preamble_en = models.TextField(_("preamble (English)"), max_length=4000, blank=True)
    commitments_en = models.TextField(_("commitments (English)"), max_length=4000, blank=True)
    declared_on = models.DateField(_("date of the declaration"))
    signer_name = models.CharField(_("the director's name"), max_length=200)
    signer_position = models.CharField(_("the director's position"), max_length=300)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="declarations_drafted",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="declarations_approved",
    )
    approved_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-year", "-version"]
        constraints = [
            models.UniqueConstraint(
                fields=["agency", "year", "version"], name="declaration_version_unique"
            ),
            models.UniqueConstraint(
                fields=["agency", "year"],
                condition=models.Q(status="draft"),
                name="declaration_one_draft_a_year",
            ),
        ]

    def __str__(self) -> str:
        return f"no gift declaration {self.year} v{self.version} of {self.agency_id}"

    @property
    def commitments_list(self) -> list[str]:
        return [line.strip() for line in self.commitments_th.splitlines() if line.strip()]

    @property
    def commitments_en_list(self) -> list[str]:
        return [line.strip() for line in self.commitments_en.splitlines() if line.strip()]

    @property
    def has_english(self) -> bool:
        return bool(self.title_en.strip() and self.commitments_en.strip())


class CultureActivity(models.Model):
    """An activity that passes a programme on (a meeting, a seminar, a campaign): the No Gift
    Policy (the OIT's "building a No Gift culture") or the ethics drive (การขับเคลื่อนจริยธรรม).
    Public on its programme's page of its fiscal year once the officer publishes it."""

    class Programme(models.TextChoices):
        NO_GIFT = "no_gift", _("No Gift culture")
        ETHICS = "ethics", _("Ethics drive")

    class Kind(models.TextChoices):
        MEETING = "meeting", _("Staff meeting")
        SEMINAR = "seminar", _("Seminar or training")
        CAMPAIGN = "campaign", _("Campaign or publicity")
        OTHER = "other", _("Another activity")

    agency = models.ForeignKey(Agency, on_delete=models.CASCADE, related_name="culture_activities")
    programme = models.CharField(
        _("programme"), max_length=20, choices=Programme.choices, default=Programme.NO_GIFT
    )
    held_on = models.DateField(_("date held"))
    title = models.CharField(_("title"), max_length=200)
    kind = models.CharField(_("kind of activity"), max_length=20, choices=Kind.choices)
    audience = models.CharField(_("audience"), max_length=300)
    attendance = models.PositiveIntegerField(_("number of people who attended"))
    report = models.TextField(_("short report"), max_length=3000)
    published = models.BooleanField(_("published"), default=False)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="culture_activities_recorded",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-held_on", "-pk"]
        indexes = [
            models.Index(fields=["agency", "published", "held_on"]),
            models.Index(fields=["agency", "programme", "published"]),
        ]

    def __str__(self) -> str:
        return f"culture activity {self.pk} of {self.agency_id}"


def activity_photo_path(instance: "ActivityPhoto", filename: str) -> str:
    """A random name under the agency's folder: the uploader's file name is never a path."""
    suffix = PurePath(filename).suffix.lower()[:6]
    return f"integrity/activities/{instance.activity.agency_id}/{uuid.uuid4().hex}{suffix}"


class ActivityPhoto(models.Model):
    activity = models.ForeignKey(CultureActivity, on_delete=models.CASCADE, related_name="photos")
    file = models.FileField(upload_to=activity_photo_path, max_length=300)
    alt_text = models.CharField(_("what the photo shows"), max_length=300)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["pk"]

    def __str__(self) -> str:
        return f"photo {self.pk} of activity {self.activity_id}"

    @property
    def filename(self) -> str:
        """The name it is served under: the activity's and its own number, its extension."""
        return f"no-gift-activity-{self.activity_id}-{self.pk}{PurePath(self.file.name).suffix}"


class GiftReport(models.Model):
    """The annual No Gift report of a fiscal year (O33 of 2566, O22 of 2568): the figures
    frozen when the officer publishes it (no person's name among them) and the officer's notes.
    Publishing again replaces the figures with the day's."""

    agency = models.ForeignKey(Agency, on_delete=models.CASCADE, related_name="gift_reports")
    year = models.PositiveSmallIntegerField(_("fiscal year"))
    notes = models.TextField(_("what was done, problems and suggestions"), max_length=4000)
    figures = models.JSONField(default=dict)
    published_at = models.DateTimeField(null=True, blank=True)
    published_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="gift_reports_published",
    )
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["agency", "year"], name="gift_report_one_a_year")
        ]

    def __str__(self) -> str:
        return f"no gift report {self.year} of {self.agency_id}"


def ethics_source_path(instance: "EthicsCode", filename: str) -> str:
    """A random name under the agency's folder: the uploader's file name is never a path."""
    return f"integrity/ethics/{instance.agency_id}/{uuid.uuid4().hex}.pdf"


class EthicsCode(models.Model):
    """The code of ethics that applies to the agency (O39 of 2566: ประมวลจริยธรรมสำหรับ
    เจ้าหน้าที่ของรัฐ, and the agency's own ethics requirements), kept by the ITA officer: its
    text or summary and the source document (an uploaded PDF, or a link). Public once saved."""

    agency = models.OneToOneField(Agency, on_delete=models.CASCADE, related_name="ethics_code")
    title = models.CharField(_("title"), max_length=300)
    body = models.TextField(_("the code's text or summary"), max_length=20000)
    source_file = models.FileField(upload_to=ethics_source_path, max_length=300, blank=True)
    source_url = models.URLField(_("link to the source document"), max_length=500, blank=True)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="ethics_codes_updated",
    )
    updated_at = models.DateTimeField(auto_now=True)

    def __str__(self) -> str:
        return f"code of ethics of {self.agency_id}"

    @property
    def paragraphs(self) -> list[str]:
        return [line.strip() for line in self.body.splitlines() if line.strip()]
