"""Reads of the risks module, each a bounded number of queries whatever the number of risks."""

from dataclasses import dataclass, field

from django.db.models import Prefetch, QuerySet

from prongsai.accounts.models import User
from prongsai.agencies import modules
from prongsai.agencies.models import Agency, Membership
from prongsai.agencies.modules import PlanMeasure
from prongsai.agencies.roles import Role
from prongsai.risks import rules
from prongsai.risks.models import Assessment, FollowUp, Risk, RiskMeasure

MAX_YEARS = 50


def is_head(user: User, agency: Agency) -> bool:
    return Membership.objects.filter(user=user, agency=agency, role=Role.DIRECTOR).exists()


def assessment_of(agency: Agency, year: int) -> Assessment | None:
    return (
        Assessment.objects.filter(agency=agency, year=year)
        .select_related("agency", "approved_by")
        .first()
    )


def published_assessment(agency: Agency, year: int) -> Assessment | None:
    return (
        Assessment.objects.filter(agency=agency, year=year, status=Assessment.Status.PUBLISHED)
        .select_related("agency")
        .first()
    )


def assessments_of(agency: Agency) -> list[Assessment]:
    return list(Assessment.objects.filter(agency=agency).select_related("approved_by")[:MAX_YEARS])


def published_years(agency: Agency) -> list[int]:
    return list(
        Assessment.objects.filter(agency=agency, status=Assessment.Status.PUBLISHED)
        .order_by("-year")
        .values_list("year", flat=True)[:MAX_YEARS]
    )


def latest_before(agency: Agency, year: int) -> Assessment | None:
    return Assessment.objects.filter(agency=agency, year__lt=year).order_by("-year").first()


def risk_of(assessment: Assessment, pk: int) -> Risk | None:
    return Risk.objects.filter(assessment=assessment, pk=pk).select_related("assessment").first()


def measure_of(assessment: Assessment, pk: int) -> RiskMeasure | None:
    return (
        RiskMeasure.objects.filter(risk__assessment=assessment, pk=pk)
        .select_related("risk__assessment")
        .first()
    )


def _risks(assessment: Assessment) -> QuerySet[Risk]:
    follow_ups = FollowUp.objects.select_related("recorded_by").order_by("recorded_on", "pk")
    measures = RiskMeasure.objects.prefetch_related(Prefetch("follow_ups", queryset=follow_ups))
    return Risk.objects.filter(assessment=assessment).prefetch_related(
        Prefetch("measures", queryset=measures)
    )


@dataclass
class RiskRow:
    risk: Risk
    score: int
    level: str
    level_label: str
    measures: list[RiskMeasure]
    plan_measure_url: str = ""  # the measures plan's public report, when the risk names a measure

    @property
    def fill(self) -> str:
        return rules.FILLS[self.level]


@dataclass
class Cell:
    likelihood: int
    impact: int
    score: int
    level: str
    numbers: list[int] = field(default_factory=list)


@dataclass
class Table:
    """An assessment's risks with their levels, the 5×5 matrix and the count per level."""

    assessment: Assessment
    rows: list[RiskRow]
    matrix: list[list[Cell]]  # impact 5 at the top … 1, likelihood 1 … 5 left to right
    counts: list[tuple[str, str, int, int, int]]  # level, label, lowest, highest, number


def plan_measures_of(assessment: Assessment) -> list[PlanMeasure]:
    """The measures of the agency's measures plan of the assessment's year (none when the
    measures module is not installed); at most three queries."""
    found = modules.plan_measures()
    return found(assessment.agency, assessment.year) if found is not None else []


def table(assessment: Assessment) -> Table:
    """Three queries: the risks, their measures, the measures' follow-ups; three more for the
    measures plan when a risk names one of its measures."""
    bands = assessment.bands
    rows = []
    risks = list(_risks(assessment))
    named = any(risk.plan_measure for risk in risks)
    links = {m.label: m.url for m in plan_measures_of(assessment)} if named else {}
    for risk in risks:
        value = risk.score
        found = rules.level_of_score(value, bands)
        rows.append(
            RiskRow(
                risk,
                value,
                found,
                str(rules.LEVEL_LABELS[found]),
                list(risk.measures.all()),
                links.get(risk.plan_measure, ""),
            )
        )
    matrix = [
        [
            Cell(likelihood, impact, likelihood * impact, rules.level(likelihood, impact, bands))
            for likelihood in rules.SCALE
        ]
        for impact in reversed(rules.SCALE)
    ]
    for row in rows:
        matrix[5 - row.risk.impact][row.risk.likelihood - 1].numbers.append(row.risk.number)
    counts = [
        (key, str(rules.LEVEL_LABELS[key]), low, high, sum(1 for row in rows if row.level == key))
        for key, low, high in rules.band_ranges(bands)
    ]
    return Table(assessment, rows, matrix, counts)


@dataclass
class FollowUpLine:
    risk: Risk
    level: str
    measure: RiskMeasure
    latest: FollowUp | None


def follow_up_report(data: Table, round_: str) -> list[FollowUpLine]:
    """Each measure with its latest follow-up of the round (the annual report falls back on
    nothing: a measure without an annual record shows as not reported)."""
    lines = []
    for row in data.rows:
        for measure in row.measures:
            found = [each for each in measure.follow_ups.all() if each.round == round_]
            lines.append(FollowUpLine(row.risk, row.level, measure, found[-1] if found else None))
    return lines
