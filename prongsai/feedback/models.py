"""Questions and suggestions from the public (ช่องทางถาม-ตอบ), answered online by assigned staff.

A question arrives `new`, is `assigned` to a person or a unit (by its category's rule, changeable
by the ITA officer or the director), is `answered`, or is `hidden` as spam or abuse with a reason
(kept, never deleted). An answered question is public unless the asker asked for a private answer
or staff kept it private; hidden and private questions never appear on the public page.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from prongsai.agencies.models import Agency, Unit

DEFAULT_ANSWER_DAYS = 7


class FeedbackSettings(models.Model):
    agency = models.OneToOneField(
        Agency, on_delete=models.CASCADE, related_name="feedback_settings"
    )
    answer_days = models.PositiveSmallIntegerField(
        _("answer within (working days)"), default=DEFAULT_ANSWER_DAYS
    )

    class Meta:
        verbose_name = _("question settings")
        verbose_name_plural = _("question settings")

    def __str__(self) -> str:
        return str(self.agency)


class Category(models.Model):
    """A topic the asker picks; its rule names who answers (a person, else a unit, else nobody:
    the ITA officer assigns by hand)."""

    agency = models.ForeignKey(Agency, on_delete=models.CASCADE, related_name="question_categories")
    name = models.CharField(_("name"), max_length=100)
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    assign_user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("assign to person"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    assign_unit = models.ForeignKey(
        Unit,
        verbose_name=_("assign to unit"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        verbose_name = _("question category")
        verbose_name_plural = _("question categories")
        ordering = ["agency", "order", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["agency", "name"], name="feedback_category_unique_name")
        ]

    def __str__(self) -> str:
        return self.name


class Question(models.Model):
    class Kind(models.TextChoices):
        QUESTION = "question", _("Question")
        SUGGESTION = "suggestion", _("Suggestion")

    class Status(models.TextChoices):
        NEW = "new", _("New")
        ASSIGNED = "assigned", _("Assigned")
        ANSWERED = "answered", _("Answered")
        HIDDEN = "hidden", _("Hidden")

    agency = models.ForeignKey(Agency, on_delete=models.CASCADE, related_name="questions")
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default=Kind.QUESTION)
    category = models.ForeignKey(
        Category,
        verbose_name=_("category"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="questions",
    )
    text = models.TextField(_("question or suggestion"))
    name = models.CharField(_("name"), max_length=200, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    phone = models.CharField(_("phone"), max_length=30, blank=True)
    asked_private = models.BooleanField(_("answer only to the asker"), default=False)
    kept_private = models.BooleanField(_("kept private by staff"), default=False)
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.NEW, db_index=True
    )
    assigned_user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("assigned person"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    assigned_unit = models.ForeignKey(
        Unit,
        verbose_name=_("assigned unit"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    answer = models.TextField(_("answer"), blank=True)
    answered_at = models.DateTimeField(_("answered"), null=True, blank=True)
    answered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("answered by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    answer_working_days = models.PositiveSmallIntegerField(null=True, blank=True)
    hidden_reason = models.CharField(_("reason for hiding"), max_length=300, blank=True)
    due_on = models.DateField(_("answer due"))
    created_at = models.DateTimeField(_("received"))

    class Meta:
        verbose_name = _("question or suggestion")
        verbose_name_plural = _("questions and suggestions")
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["agency", "status", "created_at"])]

    def __str__(self) -> str:
        return f"#{self.pk}"

    @property
    def is_private(self) -> bool:
        return self.asked_private or self.kept_private

    @property
    def is_open(self) -> bool:
        return self.status in (self.Status.NEW, self.Status.ASSIGNED)


from prongsai.feedback.plan_models import ActionProgress, ImprovementAction  # noqa: E402
from prongsai.feedback.survey_models import (  # noqa: E402  (the surveys' models, one app)
    Survey,
    SurveyAnswer,
    SurveyQuestion,
    SurveyResponse,
    SurveySection,
    SurveyThemes,
)

__all__ = [
    "ActionProgress",
    "Category",
    "FeedbackSettings",
    "ImprovementAction",
    "Question",
    "Survey",
    "SurveyAnswer",
    "SurveyQuestion",
    "SurveyResponse",
    "SurveySection",
    "SurveyThemes",
]
