"""Satisfaction surveys (แบบสำรวจความพึงพอใจ): a questionnaire in sections, answered by the public.

A survey is open between its first and last day (inclusive). Its questions are frozen once it
has a response (results never mix two questionnaires); a copy starts a new version. A response
is one person's answers, from the web or typed in from paper by staff (`paper`). Multiple
choice answers are one row per option chosen, so every count is a SQL aggregate.
"""

from datetime import date

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from prongsai.agencies.models import Agency, Unit


class Survey(models.Model):
    class Bands(models.TextChoices):
        BEST = "best", _("4.51–5.00 highest … 1.00–1.50 lowest (Best; Boonchom)")
        EQUAL = "equal", _("Equal width 0.8: 4.21–5.00 highest … 1.00–1.80 lowest")

    class Method(models.TextChoices):
        KREJCIE = "krejcie", _("Krejcie and Morgan (1970)")
        YAMANE = "yamane", _("Yamane (e = 0.05)")

    agency = models.ForeignKey(Agency, on_delete=models.CASCADE, related_name="surveys")
    unit = models.ForeignKey(
        Unit,
        verbose_name=_("unit responsible"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    title = models.CharField(_("title"), max_length=300)
    description = models.TextField(_("introduction"), blank=True)
    opens_on = models.DateField(_("open from"))
    closes_on = models.DateField(_("open until"))
    groups = models.TextField(_("respondent groups"), blank=True)
    notice = models.TextField(_("personal data notice"), blank=True)
    bands = models.CharField(
        _("interpretation bands"), max_length=10, choices=Bands.choices, default=Bands.BEST
    )
    population = models.PositiveIntegerField(_("population"), null=True, blank=True)
    method = models.CharField(
        _("sample size formula"), max_length=10, choices=Method.choices, default=Method.KREJCIE
    )
    # The e-services this survey is about (ids, through agencies.modules.service_ratings): the
    # ratings their requesters gave during the survey's period count toward its results.
    services = models.JSONField(_("e-services surveyed"), default=list, blank=True)
    conclusion = models.TextField(_("conclusion"), blank=True)
    recommendations = models.TextField(_("recommendations"), blank=True)
    copied_from = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("survey")
        verbose_name_plural = _("surveys")
        ordering = ["-opens_on", "-pk"]

    def __str__(self) -> str:
        return self.title

    @property
    def group_list(self) -> list[str]:
        return [line.strip() for line in self.groups.splitlines() if line.strip()]

    def state(self, today: date) -> str:
        if today < self.opens_on:
            return "soon"
        if today > self.closes_on:
            return "closed"
        return "open"


class SurveySection(models.Model):
    survey = models.ForeignKey(Survey, on_delete=models.CASCADE, related_name="sections")
    title = models.CharField(_("section title"), max_length=300)
    order = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["survey", "order", "pk"]

    def __str__(self) -> str:
        return self.title


class SurveyQuestion(models.Model):
    class Kind(models.TextChoices):
        RATING = "rating", _("Rating, 5 levels")
        SINGLE = "single", _("One choice")
        MULTIPLE = "multiple", _("Several choices")
        SHORT = "short", _("Short text")
        LONG = "long", _("Long text")

    section = models.ForeignKey(SurveySection, on_delete=models.CASCADE, related_name="questions")
    text = models.CharField(_("question"), max_length=500)
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices, default=Kind.RATING)
    required = models.BooleanField(_("an answer is required"), default=True)
    choices = models.TextField(_("choices (one a line)"), blank=True)
    order = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["section__order", "section_id", "order", "pk"]

    def __str__(self) -> str:
        return self.text

    @property
    def choice_list(self) -> list[str]:
        return [line.strip() for line in self.choices.splitlines() if line.strip()]


class SurveyResponse(models.Model):
    survey = models.ForeignKey(Survey, on_delete=models.CASCADE, related_name="responses")
    group = models.CharField(_("respondent group"), max_length=100, blank=True)
    paper = models.BooleanField(_("typed in from paper"), default=False)
    entered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField()

    class Meta:
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["survey", "group"])]

    def __str__(self) -> str:
        return f"#{self.pk}"


class SurveyAnswer(models.Model):
    response = models.ForeignKey(SurveyResponse, on_delete=models.CASCADE, related_name="answers")
    question = models.ForeignKey(SurveyQuestion, on_delete=models.CASCADE, related_name="answers")
    rating = models.PositiveSmallIntegerField(null=True, blank=True)
    choice = models.PositiveSmallIntegerField(null=True, blank=True)  # index in choice_list
    text = models.TextField(blank=True)

    class Meta:
        indexes = [
            models.Index(fields=["question", "rating"]),
            models.Index(fields=["question", "choice"]),
        ]

    def __str__(self) -> str:
        return f"#{self.pk}"


class SurveyThemes(models.Model):
    """The free-text answers of a survey grouped by the words that recur, computed by the job
    "survey-themes" (never in a request). `signature` says which answers it was computed from
    (their number and the newest id): a different one means it is due again."""

    survey = models.OneToOneField(Survey, on_delete=models.CASCADE, related_name="themes")
    signature = models.CharField(max_length=40)
    groups = models.JSONField(default=list)  # [{"word", "count", "ids": [answer ids]}]
    computed_at = models.DateTimeField()

    def __str__(self) -> str:
        return f"themes of #{self.survey_id}"
