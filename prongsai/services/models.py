"""E-services: the catalogue with each service's standard, online requests with tracking,
walk-ins, and what the usage dashboard counts."""

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from prongsai.agencies.models import Agency, Unit


class Service(models.Model):
    class Audience(models.TextChoices):
        PUBLIC = "public", _("The public")
        STAFF = "staff", _("Staff only")

    agency = models.ForeignKey(Agency, on_delete=models.CASCADE, related_name="services")
    name = models.CharField(_("name"), max_length=300)
    description = models.TextField(_("description"), blank=True)
    owner_unit = models.ForeignKey(
        Unit, verbose_name=_("owner unit"), null=True, blank=True, on_delete=models.SET_NULL
    )
    audience = models.CharField(
        _("who may use it"), max_length=10, choices=Audience.choices, default=Audience.PUBLIC
    )
    online = models.BooleanField(_("online requests"), default=True)
    walk_in = models.BooleanField(_("at the counter"), default=True)
    documents = models.TextField(_("required documents"), blank=True, help_text=_("One per line."))
    fees = models.CharField(_("fees"), max_length=300, blank=True)
    legal_basis = models.TextField(_("legal basis"), blank=True, help_text=_("One per line."))
    promised_days = models.PositiveSmallIntegerField(_("promised time (days)"), default=3)
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    is_active = models.BooleanField(_("open"), default=True)

    class Meta:
        verbose_name = _("service")
        verbose_name_plural = _("services")
        ordering = ["agency", "order", "name"]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("services:detail", kwargs={"agency": self.agency.slug, "pk": self.pk})


class Step(models.Model):
    """One step of a service standard: what happens, who does it, how long, what comes out."""

    service = models.ForeignKey(Service, on_delete=models.CASCADE, related_name="steps")
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    title = models.CharField(_("step"), max_length=300)
    responsible = models.CharField(_("responsible"), max_length=200, blank=True)
    minutes = models.PositiveIntegerField(_("duration (minutes)"), default=0)
    output = models.CharField(_("output"), max_length=300, blank=True)

    class Meta:
        ordering = ["service", "order", "pk"]

    def __str__(self) -> str:
        return self.title


class FormField(models.Model):
    class Kind(models.TextChoices):
        TEXT = "text", _("Short text")
        LONG_TEXT = "long_text", _("Long text")
        NUMBER = "number", _("Number")
        DATE = "date", _("Date")
        CHOICE = "choice", _("Choice")
        FILE = "file", _("File")

    service = models.ForeignKey(Service, on_delete=models.CASCADE, related_name="fields")
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    label = models.CharField(_("question"), max_length=300)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default=Kind.TEXT)
    required = models.BooleanField(_("required"), default=True)
    choices = models.TextField(_("choices"), blank=True, help_text=_("One per line (for Choice)."))
    help_text = models.CharField(_("help"), max_length=300, blank=True)

    class Meta:
        ordering = ["service", "order", "pk"]

    def __str__(self) -> str:
        return self.label


class Request(models.Model):
    class Status(models.TextChoices):
        RECEIVED = "received", _("Received")
        IN_PROGRESS = "in_progress", _("In progress")
        DONE = "done", _("Done")
        REJECTED = "rejected", _("Rejected")

    class Channel(models.TextChoices):
        ONLINE = "online", _("Online")
        WALK_IN = "walk_in", _("At the counter")

    agency = models.ForeignKey(Agency, on_delete=models.CASCADE, related_name="service_requests")
    service = models.ForeignKey(Service, on_delete=models.PROTECT, related_name="requests")
    tracking = models.CharField(_("tracking number"), max_length=20, unique=True)
    channel = models.CharField(max_length=10, choices=Channel.choices, default=Channel.ONLINE)
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.RECEIVED
    )
    reject_reason = models.TextField(_("reason"), blank=True)
    requester_name = models.CharField(_("name"), max_length=200)
    requester_email = models.EmailField(_("e-mail"), blank=True)
    requester_phone = models.CharField(_("phone"), max_length=40, blank=True)
    answers = models.JSONField(default=dict, blank=True)
    received_at = models.DateTimeField(_("received"))
    due_at = models.DateTimeField(_("due"))
    completed_at = models.DateTimeField(_("completed"), null=True, blank=True)
    assigned_to = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("handled by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="service_requests",
    )
    collect_info = models.TextField(
        _("where and how to collect"),
        blank=True,
        help_text=_("Shown to the requester on the status page and in the e-mail when done."),
    )
    rating = models.PositiveSmallIntegerField(_("satisfaction (1–5)"), null=True, blank=True)
    rating_comment = models.TextField(_("comment"), blank=True)
    # A retry of the same form or API call (same key, at this agency) returns this request;
    # the same key with another submission is refused (services.actions.KeyReused).
    idempotency_hash = models.CharField(max_length=64, unique=True, null=True, blank=True)
    submission_hash = models.CharField(max_length=64, blank=True)

    class Meta:
        verbose_name = _("service request")
        verbose_name_plural = _("service requests")
        ordering = ["-received_at"]
        indexes = [
            models.Index(fields=["agency", "received_at"]),
            models.Index(fields=["service", "received_at"]),
        ]

    def __str__(self) -> str:
        return self.tracking


class RequestMessage(models.Model):
    """What staff wrote to the requester ("collect it at the counter on …"): e-mailed when the
    request has an address, and shown on the public status page."""

    request = models.ForeignKey(Request, on_delete=models.CASCADE, related_name="messages")
    body = models.TextField(_("message"))
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(_("sent"))

    class Meta:
        verbose_name = _("message to the requester")
        verbose_name_plural = _("messages to the requester")
        ordering = ["request", "created_at", "pk"]

    def __str__(self) -> str:
        return f"{self.request_id}: {self.body[:40]}"


def request_file_path(instance: "RequestFile", filename: str) -> str:
    return f"services/{instance.request.agency.slug}/{instance.request.tracking}/{filename}"


class RequestFile(models.Model):
    request = models.ForeignKey(Request, on_delete=models.CASCADE, related_name="files")
    field = models.ForeignKey(FormField, null=True, on_delete=models.SET_NULL, related_name="+")
    file = models.FileField(upload_to=request_file_path, max_length=300)
    name = models.CharField(max_length=300)

    def __str__(self) -> str:
        return self.name


class WalkIn(models.Model):
    """Services given at the counter, logged as a count per day."""

    agency = models.ForeignKey(Agency, on_delete=models.CASCADE, related_name="walk_ins")
    service = models.ForeignKey(Service, on_delete=models.PROTECT, related_name="walk_ins")
    served_on = models.DateField(_("date"))
    count = models.PositiveIntegerField(_("number of people served"), default=1)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        verbose_name = _("walk-in services")
        verbose_name_plural = _("walk-in services")
        indexes = [models.Index(fields=["agency", "served_on"])]

    def __str__(self) -> str:
        return f"{self.service} {self.served_on}: {self.count}"


class ServiceMonth(models.Model):
    """A monthly rollup of one service (prongsai/services/rollup.py): what the area office's
    figures are summed from, so that an office never scans its schools' requests.

    The month is the calendar month (Bangkok time) in which the requests were received (a
    cohort, like the statistics) or the walk-ins served. Kept current by the actions (every
    write of a request or a walk-in refreshes its row) and rebuilt in bulk by
    `manage.py rebuild_service_rollups` (and by the bulk loaders). A school's own dashboard
    does not read it.
    """

    agency = models.ForeignKey(Agency, on_delete=models.CASCADE, related_name="+")
    service = models.ForeignKey(Service, on_delete=models.CASCADE, related_name="months")
    month_start = models.DateField(_("month"), help_text=_("The first day of the month."))
    received_online = models.PositiveIntegerField(default=0)
    received_walk_in = models.PositiveIntegerField(
        default=0, help_text=_("Requests made at the counter plus the walk-ins logged.")
    )
    completed = models.PositiveIntegerField(default=0, help_text=_("Done requests plus walk-ins."))
    within_standard = models.PositiveIntegerField(default=0)
    rating_sum = models.PositiveIntegerField(default=0)
    rating_count = models.PositiveIntegerField(default=0)
    hours = models.JSONField(
        default=list,
        blank=True,
        help_text=_(
            "Histogram of the completion times of the done requests in whole hours: item i "
            "counts [i, i+1) hours, item 240 counts 240 hours or more; trailing zeros dropped."
        ),
    )

    class Meta:
        verbose_name = _("service month")
        verbose_name_plural = _("service months")
        constraints = [
            models.UniqueConstraint(
                fields=["service", "month_start"], name="services_servicemonth_unique"
            )
        ]
        indexes = [models.Index(fields=["agency", "month_start"])]

    def __str__(self) -> str:
        return f"{self.service_id} {self.month_start:%Y-%m}"
