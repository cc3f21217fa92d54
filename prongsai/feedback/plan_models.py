"""The improvement plan (แผนพัฒนาปรับปรุงการให้บริการ) built from a survey's suggestions.

Each action answers one or more groups of suggestions (the recurring words of the survey's
grouped suggestions, "" for the other suggestions), has an owner (a unit and/or a person) and a
due date in the fiscal year after the survey closed, and gathers progress updates; the newest
update is the action's state. The plan and its progress are public with the survey's report.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from prongsai.agencies.models import Unit
from prongsai.feedback.survey_models import Survey


class ImprovementAction(models.Model):
    survey = models.ForeignKey(Survey, on_delete=models.CASCADE, related_name="plan_actions")
    title = models.CharField(_("what will be done"), max_length=300)
    detail = models.TextField(_("details"), blank=True)
    themes = models.JSONField(_("suggestion groups answered"), default=list)
    unit = models.ForeignKey(
        Unit,
        verbose_name=_("unit responsible"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    owner = models.CharField(_("person responsible"), max_length=200, blank=True)
    due_on = models.DateField(_("due date"))
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("improvement action")
        verbose_name_plural = _("improvement actions")
        ordering = ["due_on", "pk"]

    def __str__(self) -> str:
        return self.title


class ActionProgress(models.Model):
    class Status(models.TextChoices):
        PLANNED = "planned", _("Not started")
        DOING = "doing", _("Under way")
        DONE = "done", _("Done")

    action = models.ForeignKey(ImprovementAction, on_delete=models.CASCADE, related_name="progress")
    recorded_on = models.DateField(_("as of"))
    status = models.CharField(_("state"), max_length=10, choices=Status.choices)
    percent = models.PositiveSmallIntegerField(_("percent done"), default=0)
    note = models.TextField(_("what was done"))
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-recorded_on", "-pk"]

    def __str__(self) -> str:
        return f"#{self.pk}"
