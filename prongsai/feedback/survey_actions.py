"""Changes to surveys: create (from a shipped template), edit while no one has answered, copy
to a new version, and record a response (from the web or typed in from paper).

Each action owns its transaction. The questionnaire is frozen by its first response: editing it
then raises a ValidationError that says why and offers the copy.
"""

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from prongsai.accounts.models import User
from prongsai.agencies.models import Agency, Unit
from prongsai.feedback.models import (
    Survey,
    SurveyAnswer,
    SurveyQuestion,
    SurveyResponse,
    SurveySection,
)
from prongsai.feedback.survey_templates import GROUPS, SUGGESTION, TEMPLATES
from prongsai.jobs import registry

THEMES_JOB = "survey-themes"  # survey_themes.refresh_themes, registered in module.py

Kind = SurveyQuestion.Kind
CHOICE_KINDS = (Kind.SINGLE, Kind.MULTIPLE)


def frozen_message() -> str:
    return _(
        "This survey already has answers, so its questions can no longer change (the results "
        "would mix two questionnaires). Make a copy to start a new version."
    )


def ensure_editable(survey: Survey) -> None:
    if SurveyResponse.objects.filter(survey=survey).exists():
        raise ValidationError(frozen_message())


def create_survey(
    *,
    agency: Agency,
    template: str,
    title: str,
    opens_on: date,
    closes_on: date,
    unit: Unit | None = None,
) -> Survey:
    """A new survey; with a template, its sections and rating items, then a suggestions box."""
    shipped = TEMPLATES.get(template)
    with transaction.atomic():
        survey = Survey.objects.create(
            agency=agency,
            unit=unit,
            title=title or (shipped.title if shipped else ""),
            opens_on=opens_on,
            closes_on=closes_on,
            groups=GROUPS,
        )
        if shipped is None:
            return survey
        for order, (heading, items) in enumerate(shipped.sections):
            section = SurveySection.objects.create(survey=survey, title=heading, order=order)
            SurveyQuestion.objects.bulk_create(
                SurveyQuestion(section=section, text=text, order=index)
                for index, text in enumerate(items)
            )
        last = SurveySection.objects.create(
            survey=survey, title="ข้อเสนอแนะ", order=len(shipped.sections)
        )
        SurveyQuestion.objects.create(section=last, text=SUGGESTION, kind=Kind.LONG, required=False)
    return survey


def save_survey(*, survey: Survey, **fields: Any) -> Survey:
    """Title, introduction, period, groups, notice, bands, population: changeable at any time
    (they do not change what was asked)."""
    if fields["closes_on"] < fields["opens_on"]:
        raise ValidationError({"closes_on": _("The last day comes before the first day.")})
    for name, value in fields.items():
        setattr(survey, name, value)
    with transaction.atomic():
        survey.save()
    return survey


def add_section(*, survey: Survey, title: str) -> SurveySection:
    with transaction.atomic():
        ensure_editable(survey)
        order = survey.sections.count()
        return SurveySection.objects.create(survey=survey, title=title, order=order)


def delete_section(*, section: SurveySection) -> None:
    with transaction.atomic():
        ensure_editable(section.survey)
        section.delete()


def save_question(
    *,
    section: SurveySection,
    question: SurveyQuestion | None,
    text: str,
    kind: str,
    required: bool,
    choices: str,
) -> SurveyQuestion:
    """Add or change a question; a choice question needs two choices or more."""
    options = [line.strip() for line in choices.splitlines() if line.strip()]
    if kind in CHOICE_KINDS and len(options) < 2:
        raise ValidationError({"choices": _("Write at least two choices, one a line.")})
    with transaction.atomic():
        ensure_editable(section.survey)
        if question is None:
            question = SurveyQuestion(section=section, order=section.questions.count())
        question.section = section
        question.text, question.kind, question.required = text, kind, required
        question.choices = "\n".join(options) if kind in CHOICE_KINDS else ""
        question.save()
    return question


def delete_question(*, question: SurveyQuestion) -> None:
    with transaction.atomic():
        ensure_editable(question.section.survey)
        question.delete()


def copy_survey(*, survey: Survey, today: date) -> Survey:
    """A new version with the same questions and settings, open from today for 30 days if the
    original's period is over; no answers."""
    with transaction.atomic():
        sections = list(survey.sections.prefetch_related("questions"))
        copy = Survey.objects.get(pk=survey.pk)
        copy.pk = None
        copy.copied_from = survey
        copy.title = _("%(title)s (new version)") % {"title": survey.title}
        if copy.closes_on < today:
            copy.opens_on, copy.closes_on = today, today + timedelta(days=30)
        copy.save()
        for section in sections:
            new = SurveySection.objects.create(
                survey=copy, title=section.title, order=section.order
            )
            SurveyQuestion.objects.bulk_create(
                SurveyQuestion(
                    section=new,
                    text=question.text,
                    kind=question.kind,
                    required=question.required,
                    choices=question.choices,
                    order=question.order,
                )
                for question in section.questions.all()
            )
    return copy


@dataclass(frozen=True)
class Given:
    """One person's answers: by question id, a score (1–5), a choice index, a list of choice
    indexes or a text."""

    group: str
    answers: dict[int, Any] = field(default_factory=dict)


def _rows(
    response: SurveyResponse, questions: list[SurveyQuestion], given: Given
) -> Iterator[SurveyAnswer]:
    for question in questions:
        value: Any = given.answers.get(question.pk)
        if value in (None, "", []):
            continue
        if question.kind == Kind.RATING:
            yield SurveyAnswer(response=response, question=question, rating=int(value))
        elif question.kind == Kind.SINGLE:
            yield SurveyAnswer(response=response, question=question, choice=int(value))
        elif question.kind == Kind.MULTIPLE:
            for index in value:
                yield SurveyAnswer(response=response, question=question, choice=int(index))
        else:
            yield SurveyAnswer(response=response, question=question, text=str(value).strip())


def submit_response(
    *,
    survey: Survey,
    questions: list[SurveyQuestion],
    given: Given,
    paper: bool = False,
    entered_by: User | None = None,
    now: datetime | None = None,
) -> SurveyResponse:
    """Record a response; the web answers only while the survey is open (paper answers may be
    typed in after it closed, never before it opened)."""
    now = now or timezone.now()
    state = survey.state(timezone.localdate(now))
    if state == "soon" or (state == "closed" and not paper):
        raise ValidationError(_("This survey is not open for answers."))
    with transaction.atomic():
        response = SurveyResponse.objects.create(
            survey=survey, group=given.group, paper=paper, entered_by=entered_by, created_at=now
        )
        rows = SurveyAnswer.objects.bulk_create(_rows(response, questions, given))
        if any(row.text for row in rows):
            registry.kick(THEMES_JOB)  # group the suggestions again, after commit
    return response
