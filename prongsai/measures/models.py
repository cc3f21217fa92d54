from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from prongsai.agencies.models import Agency, Unit
from prongsai.measures.document import Numbering


class Plan(models.Model):
    """The measures plan of one agency for one fiscal year (Buddhist era)."""

    agency = models.ForeignKey(Agency, on_delete=models.CASCADE, related_name="measure_plans")
    fiscal_year = models.PositiveSmallIntegerField(_("fiscal year (B.E.)"))
    cover_lines = models.TextField(
        _("cover lines"), blank=True, help_text=_("One line per row of the cover page.")
    )
    title = models.CharField(_("report title"), max_length=500, blank=True)
    period_line = models.CharField(_("period line"), max_length=500, blank=True)
    introduction = models.TextField(_("introduction"), blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("measures plan")
        verbose_name_plural = _("measures plans")
        ordering = ["agency", "-fiscal_year"]
        constraints = [
            models.UniqueConstraint(fields=["agency", "fiscal_year"], name="one_plan_per_year")
        ]

    def __str__(self) -> str:
        return f"{self.agency} — {self.fiscal_year}"

    def get_absolute_url(self) -> str:
        return reverse(
            "measures:public_report",
            kwargs={"agency": self.agency.slug, "year": self.fiscal_year},
        )


class Measure(models.Model):
    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="measures")
    number = models.PositiveSmallIntegerField(_("number"))
    name = models.CharField(_("measure"), max_length=500)
    heading_tail = models.CharField(_("heading continues"), max_length=1000, blank=True)

    class Meta:
        verbose_name = _("measure")
        verbose_name_plural = _("measures")
        ordering = ["plan", "number"]
        constraints = [
            models.UniqueConstraint(fields=["plan", "number"], name="measure_number_unique")
        ]

    def __str__(self) -> str:
        return f"{self.number}. {self.name}"


def _list() -> list[str]:
    return []


class MeasureRow(models.Model):
    """One row of a measure's table: steps, who is responsible, what was done, outcome, due."""

    NUMBERING = [(item.value, item.name.lower()) for item in Numbering]

    measure = models.ForeignKey(Measure, on_delete=models.CASCADE, related_name="rows")
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    steps = models.JSONField(_("steps / method"), default=_list, blank=True)
    steps_numbering = models.CharField(max_length=10, choices=NUMBERING, default="paren")
    responsible_units = models.ManyToManyField(
        Unit, verbose_name=_("responsible units"), blank=True, related_name="measure_rows"
    )
    responsible_text = models.CharField(_("responsible (as written)"), max_length=1000, blank=True)
    summary = models.JSONField(_("summary of what was done"), default=_list, blank=True)
    summary_numbering = models.CharField(max_length=10, choices=NUMBERING, default="paren")
    outcome = models.JSONField(_("outcome"), default=_list, blank=True)
    outcome_numbering = models.CharField(max_length=10, choices=NUMBERING, default="paren")
    due_text = models.CharField(_("due (as written)"), max_length=200, blank=True)
    due_month = models.DateField(_("due month"), null=True, blank=True)

    class Meta:
        verbose_name = _("measure row")
        verbose_name_plural = _("measure rows")
        ordering = ["measure", "order", "pk"]

    def __str__(self) -> str:
        first = self.steps[0] if self.steps else ""
        return f"{self.measure.number}.{self.order} {first[:60]}"


def evidence_path(instance: "ProgressUpdate", filename: str) -> str:
    row = instance.row
    return f"measures/{row.measure.plan.agency.slug}/{row.measure.plan.fiscal_year}/{filename}"


class ProgressUpdate(models.Model):
    """What a unit did for a row, when, with evidence."""

    row = models.ForeignKey(MeasureRow, on_delete=models.CASCADE, related_name="updates")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    happened_on = models.DateField(_("date done"))
    text = models.TextField(_("what was done"))
    evidence_file = models.FileField(
        _("evidence file"), upload_to=evidence_path, blank=True, max_length=300
    )
    # The name the file had on the uploader's computer (Thai kept): the download's name.
    evidence_name = models.CharField(max_length=300, blank=True)
    evidence_link = models.URLField(_("evidence link"), blank=True, max_length=500)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("progress update")
        verbose_name_plural = _("progress updates")
        ordering = ["row", "happened_on", "pk"]

    def __str__(self) -> str:
        return f"{self.happened_on}: {self.text[:60]}"


class Publication(models.Model):
    """A published report frozen as a numbered version; editing later makes a new version."""

    class Kind(models.TextChoices):
        PLAN = "plan", _("Measures plan")
        HALF = "half", _("6-month progress report")
        FULL = "full", _("Annual results report")

    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="publications")
    kind = models.CharField(_("document"), max_length=10, choices=Kind.choices)
    version = models.PositiveIntegerField(_("version"))
    document = models.JSONField()
    published_at = models.DateTimeField(auto_now_add=True)
    published_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        verbose_name = _("published report")
        verbose_name_plural = _("published reports")
        ordering = ["plan", "kind", "-version"]
        constraints = [
            models.UniqueConstraint(
                fields=["plan", "kind", "version"], name="publication_version_unique"
            )
        ]

    def __str__(self) -> str:
        return f"{self.plan} {self.kind} v{self.version}"


class PublishRequest(models.Model):
    """A document sent for the director's approval: frozen as it was previewed, published as
    the next version when approved, or sent back with a reason (as manuals are approved)."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting for the director's approval")
        APPROVED = "approved", _("Approved and published")
        RETURNED = "returned", _("Sent back")

    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="publish_requests")
    kind = models.CharField(_("document"), max_length=10, choices=Publication.Kind.choices)
    document = models.JSONField()
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.PENDING
    )
    submitted_at = models.DateTimeField(_("submitted at"))
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    decided_at = models.DateTimeField(_("decided at"), null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    return_reason = models.TextField(_("why it was sent back"), blank=True)
    publication = models.OneToOneField(
        Publication, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        verbose_name = _("request to publish")
        verbose_name_plural = _("requests to publish")
        ordering = ["-submitted_at", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["plan", "kind"],
                condition=models.Q(status="pending"),
                name="measures_one_pending_request",
            )
        ]

    def __str__(self) -> str:
        return f"{self.plan} {self.kind} ({self.status})"
