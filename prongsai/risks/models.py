"""The corruption-risk assessment of a fiscal year: its risks (likelihood × impact on the 5×5
matrix, existing controls), the new measures against each and the follow-up of each measure
(the six-month and the annual round). See docs/risks.md."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from prongsai.agencies.models import Agency
from prongsai.risks import rules


class Assessment(models.Model):
    """One per agency and fiscal year (B.E.). The ITA officer drafts it, the director approves
    it, then it is published at /<agency>/risks/<year>/."""

    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        APPROVED = "approved", _("Approved by the director")
        PUBLISHED = "published", _("Published")

    agency = models.ForeignKey(Agency, on_delete=models.CASCADE, related_name="risk_assessments")
    year = models.PositiveIntegerField(_("fiscal year"))
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.DRAFT
    )
    summary = models.TextField(_("summary"), max_length=4000, blank=True)
    medium_from = models.PositiveSmallIntegerField(
        _("medium from score"), default=rules.DEFAULT_BANDS.medium_from
    )
    high_from = models.PositiveSmallIntegerField(
        _("high from score"), default=rules.DEFAULT_BANDS.high_from
    )
    very_high_from = models.PositiveSmallIntegerField(
        _("very high from score"), default=rules.DEFAULT_BANDS.very_high_from
    )
    bands_source = models.CharField(
        _("source of the bands"), max_length=500, default=rules.DEFAULT_SOURCE
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="risk_assessments_started",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    changed_at = models.DateTimeField(
        auto_now=True, help_text=_("Anything of the assessment changed (its documents follow).")
    )
    approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="risk_assessments_approved",
    )
    approved_at = models.DateTimeField(null=True, blank=True)
    published_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-year"]
        constraints = [
            models.UniqueConstraint(fields=["agency", "year"], name="risk_assessment_a_year")
        ]

    def __str__(self) -> str:
        return f"risk assessment {self.year} of {self.agency_id}"

    @property
    def bands(self) -> rules.Bands:
        return rules.Bands(self.medium_from, self.high_from, self.very_high_from)

    @property
    def is_draft(self) -> bool:
        return self.status == self.Status.DRAFT

    @property
    def is_published(self) -> bool:
        return self.status == self.Status.PUBLISHED


class Risk(models.Model):
    """What can go wrong in a process, who could be involved (by role, never by name), how likely
    and how bad (1–5 each), and the controls already in place."""

    assessment = models.ForeignKey(Assessment, on_delete=models.CASCADE, related_name="risks")
    number = models.PositiveSmallIntegerField(_("number"))
    process = models.CharField(_("process or work area"), max_length=300)
    description = models.TextField(_("what can go wrong"), max_length=2000)
    involved_roles = models.CharField(_("who could be involved (by role)"), max_length=300)
    likelihood = models.PositiveSmallIntegerField(_("likelihood"))
    impact = models.PositiveSmallIntegerField(_("impact"))
    existing_controls = models.TextField(_("existing controls"), max_length=2000, blank=True)
    plan_measure = models.CharField(
        _("measure of the measures plan"),
        max_length=300,
        blank=True,
        help_text=_("The integrity measure this risk belongs to, if any (its number or name)."),
    )

    class Meta:
        ordering = ["number", "pk"]

    def __str__(self) -> str:
        return f"risk {self.number} of assessment {self.assessment_id}"

    @property
    def score(self) -> int:
        return rules.score(self.likelihood, self.impact)

    def level(self, bands: rules.Bands) -> str:
        return rules.level_of_score(self.score, bands)


class RiskMeasure(models.Model):
    """A new measure against a risk: what will be done, by whom (a role or a unit) and when."""

    risk = models.ForeignKey(Risk, on_delete=models.CASCADE, related_name="measures")
    action = models.TextField(_("what will be done"), max_length=2000)
    owner = models.CharField(_("responsible (role or unit)"), max_length=200)
    due_on = models.DateField(_("due date"))

    class Meta:
        ordering = ["due_on", "pk"]

    def __str__(self) -> str:
        return f"measure {self.pk} of risk {self.risk_id}"


class FollowUp(models.Model):
    """What was done about a measure by a date, in the six-month or the annual round."""

    class Round(models.TextChoices):
        SIX_MONTH = "six_month", _("Six-month round (1 October – 31 March)")
        ANNUAL = "annual", _("Annual round")

    class Progress(models.TextChoices):
        NOT_STARTED = "not_started", _("Not started")
        IN_PROGRESS = "in_progress", _("In progress")
        DONE = "done", _("Done")

    measure = models.ForeignKey(RiskMeasure, on_delete=models.CASCADE, related_name="follow_ups")
    round = models.CharField(_("round"), max_length=20, choices=Round.choices)
    recorded_on = models.DateField(_("date"))
    done = models.TextField(_("what was done"), max_length=2000)
    progress = models.CharField(_("status"), max_length=20, choices=Progress.choices)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="risk_follow_ups",
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["recorded_on", "pk"]

    def __str__(self) -> str:
        return f"follow-up {self.pk} of measure {self.measure_id}"
