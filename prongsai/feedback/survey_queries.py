"""Reads of surveys; the results in a fixed number of queries whatever the number of answers
(every count is a SQL aggregate: at most five rows per rating question and group)."""

from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from django.db.models import Avg, Count, Exists, OuterRef, Q, QuerySet
from django.http import Http404

from prongsai.agencies import modules
from prongsai.agencies.models import Agency, Unit
from prongsai.feedback import stats
from prongsai.feedback.models import (
    ImprovementAction,
    Survey,
    SurveyAnswer,
    SurveyQuestion,
    SurveyResponse,
    SurveySection,
    SurveyThemes,
)

Kind = SurveyQuestion.Kind
TEXTS_SHOWN = 30  # newest text answers listed per question


def survey_for_staff(agency: Agency, pk: int) -> Survey:
    try:
        return Survey.objects.select_related("agency", "unit").get(agency=agency, pk=pk)
    except Survey.DoesNotExist:
        raise Http404 from None


def section_of(survey: Survey, pk: int) -> SurveySection:
    try:
        return SurveySection.objects.select_related("survey").get(survey=survey, pk=pk)
    except SurveySection.DoesNotExist:
        raise Http404 from None


def question_of(survey: Survey, pk: int) -> SurveyQuestion:
    try:
        return SurveyQuestion.objects.select_related("section__survey").get(
            section__survey=survey, pk=pk
        )
    except SurveyQuestion.DoesNotExist:
        raise Http404 from None


def staff_surveys(agency: Agency, unit_ids: set[int] | None) -> QuerySet[Survey]:
    """The agency's surveys (with `unit_ids`: the agency-wide ones and those of these units),
    with their response count."""
    rows = Survey.objects.filter(agency=agency)
    if unit_ids is not None:
        rows = rows.filter(Q(unit__in=unit_ids) | Q(unit__isnull=True))
    return rows.select_related("unit").annotate(answered=Count("responses"))


def open_surveys(agency: Agency, today: date) -> QuerySet[Survey]:
    return Survey.objects.filter(agency=agency, opens_on__lte=today, closes_on__gte=today)


def closed_surveys(agency: Agency, today: date, limit: int = 10) -> QuerySet[Survey]:
    """The newest closed surveys with answers and their headline: responses, the mean of every
    rating and whether they have an improvement plan (one query)."""
    return (
        Survey.objects.filter(agency=agency, closes_on__lt=today)
        .annotate(
            answered=Count("responses", distinct=True),
            mean=Avg("responses__answers__rating"),
            has_plan=Exists(ImprovementAction.objects.filter(survey=OuterRef("pk"))),
        )
        .filter(answered__gt=0)
        .order_by("-closes_on", "-pk")[:limit]
    )


def units(agency: Agency) -> QuerySet[Unit]:
    return Unit.objects.filter(agency=agency).order_by("name_th")


def sections(survey: Survey) -> list[SurveySection]:
    """The questionnaire: sections with their questions (two queries)."""
    return list(SurveySection.objects.filter(survey=survey).prefetch_related("questions"))


def questions(parts: list[SurveySection]) -> list[SurveyQuestion]:
    return [question for section in parts for question in section.questions.all()]


def has_answers(survey: Survey) -> bool:
    return SurveyResponse.objects.filter(survey=survey).exists()


@dataclass
class QuestionResult:
    question: SurveyQuestion
    rating: stats.Rating | None = None
    by_group: list[tuple[str, stats.Rating]] = field(default_factory=list)
    choices: list[tuple[str, int, float]] = field(default_factory=list)  # label, n, percent
    answered: int = 0
    texts: list[str] = field(default_factory=list)


@dataclass
class SectionResult:
    section: SurveySection
    rating: stats.Rating | None
    questions: list[QuestionResult]


@dataclass
class Results:
    survey: Survey
    responses: int
    paper: int
    groups: list[tuple[str, int, float]]  # group, n, percent
    sections: list[SectionResult]
    overall: stats.Rating  # every rating answer, and the e-services' ratings
    target: int
    eservice: stats.Rating | None = None  # the ratings of the surveyed e-services (None: none tied)

    @property
    def progress(self) -> float:
        return min(100.0, 100 * self.responses / self.target) if self.target else 0.0

    def ranked(self) -> list[QuestionResult]:
        """Rating items, highest mean first (the report's ranking)."""
        rated = [
            item
            for section in self.sections
            for item in section.questions
            if item.rating and item.rating.n
        ]
        return sorted(rated, key=lambda item: -(item.rating.mean or 0))  # type: ignore[union-attr]


def _distributions(survey: Survey) -> tuple[dict[int, dict[int, int]], dict[Any, dict[int, int]]]:
    """{question: {score: n}} and {(question, group): {score: n}}: one query."""
    overall: dict[int, dict[int, int]] = defaultdict(dict)
    grouped: dict[Any, dict[int, int]] = defaultdict(dict)
    rows = (
        SurveyAnswer.objects.filter(question__section__survey=survey, rating__isnull=False)
        .values_list("question_id", "response__group", "rating")
        .annotate(n=Count("pk"))
        .order_by()
    )
    for question_id, group, score, count in rows:
        overall[question_id][score] = overall[question_id].get(score, 0) + count
        grouped[(question_id, group)][score] = count
    return overall, grouped


def results(survey: Survey) -> Results:
    """Everything the analysis page shows: 8 queries at any number of answers (9 when the survey
    is tied to e-services: their ratings count toward the overall result)."""
    parts = sections(survey)  # 2
    every = questions(parts)
    counts = SurveyResponse.objects.filter(survey=survey).aggregate(
        n=Count("pk"), paper=Count("pk", filter=Q(paper=True))
    )  # 3
    by_group = dict(
        SurveyResponse.objects.filter(survey=survey)
        .values_list("group")
        .annotate(n=Count("pk"))
        .order_by()
    )  # 4
    overall, grouped = _distributions(survey)  # 5
    chosen: dict[int, dict[int, int]] = defaultdict(dict)
    for question_id, choice, n in (
        SurveyAnswer.objects.filter(question__section__survey=survey, choice__isnull=False)
        .values_list("question_id", "choice")
        .annotate(n=Count("pk"))
        .order_by()
    ):  # 6
        chosen[question_id][choice] = n
    texts: dict[int, list[str]] = defaultdict(list)
    text_ids = [question.pk for question in every if question.kind in (Kind.SHORT, Kind.LONG)]
    for question_id, text in _newest_texts(text_ids):  # 7
        texts[question_id].append(text)
    answered = dict(
        SurveyAnswer.objects.filter(question__section__survey=survey, choice__isnull=False)
        .values_list("question_id")
        .annotate(n=Count("response", distinct=True))
        .order_by()
    )  # 8
    groups = [group for group in survey.group_list if group in by_group]
    groups += sorted(group for group in by_group if group not in groups)
    total = counts["n"]
    section_results = []
    for section in parts:
        items = []
        for question in section.questions.all():
            item = QuestionResult(question)
            if question.kind == Kind.RATING:
                item.rating = stats.rating(overall.get(question.pk, {}))
                item.answered = item.rating.n
                item.by_group = [
                    (group, stats.rating(grouped.get((question.pk, group), {}))) for group in groups
                ]
            elif question.kind in (Kind.SINGLE, Kind.MULTIPLE):
                item.answered = answered.get(question.pk, 0)
                item.choices = [
                    (
                        label,
                        chosen[question.pk].get(index, 0),
                        100 * chosen[question.pk].get(index, 0) / item.answered
                        if item.answered
                        else 0.0,
                    )
                    for index, label in enumerate(question.choice_list)
                ]
            else:
                item.texts = texts.get(question.pk, [])
            items.append(item)
        pooled = stats.combine([overall.get(item.question.pk, {}) for item in items])
        rated = any(item.question.kind == Kind.RATING for item in items)
        section_results.append(
            SectionResult(section, stats.rating(pooled) if rated else None, items)
        )
    eservice = eservice_counts(survey)  # 9 (when tied to e-services)
    pooled_counts: list[Mapping[int, int]] = [overall.get(question.pk, {}) for question in every]
    everything = stats.combine([*pooled_counts, eservice or {}])
    return Results(
        survey=survey,
        responses=total,
        paper=counts["paper"],
        groups=[(group, by_group[group], 100 * by_group[group] / total) for group in groups],
        sections=section_results,
        overall=stats.rating(everything),
        target=stats.sample_size(survey.population, survey.method),
        eservice=stats.rating(eservice) if eservice is not None else None,
    )


def services_offered(agency: Agency) -> list[tuple[int, str]]:
    """The agency's e-services a survey may be tied to ([] without the e-services module)."""
    ratings = modules.service_ratings()
    return ratings.services(agency) if ratings is not None else []


def eservice_counts(survey: Survey) -> dict[int, int] | None:
    """{score: n} of the ratings requesters gave the survey's e-services on requests completed
    during its period (one query); None when it is tied to none."""
    ratings = modules.service_ratings()
    if not survey.services or ratings is None:
        return None
    return ratings.counts(survey.agency, survey.services, survey.opens_on, survey.closes_on)


def _newest_texts(question_ids: list[int]) -> list[tuple[int, str]]:
    """The newest TEXTS_SHOWN text answers of each question, in one query (a window)."""
    if not question_ids:
        return []
    from django.db.models import F, Window
    from django.db.models.functions import RowNumber

    ranked = (
        SurveyAnswer.objects.filter(question__in=question_ids)
        .exclude(text="")
        .annotate(
            rank=Window(RowNumber(), partition_by=[F("question_id")], order_by=F("pk").desc())
        )
        .values_list("question_id", "text", "rank")
    )
    return [(question_id, text) for question_id, text, rank in ranked.filter(rank__lte=TEXTS_SHOWN)]


@dataclass
class Theme:
    word: str  # "" = answers with no recurring word
    count: int
    texts: list[str]


def themes(survey: Survey, shown: int = 10) -> tuple[SurveyThemes | None, list[Theme]]:
    """The grouped suggestions as last computed, each group with its newest `shown` answers
    (two queries)."""
    stored = SurveyThemes.objects.filter(survey=survey).first()
    if stored is None:
        return None, []
    wanted = [pk for group in stored.groups for pk in group["ids"][:shown]]
    texts = dict(SurveyAnswer.objects.filter(pk__in=wanted).values_list("pk", "text"))
    return stored, [
        Theme(
            group["word"],
            group["count"],
            [texts[pk] for pk in group["ids"][:shown] if pk in texts],
        )
        for group in stored.groups
    ]
