"""Reads of the year's reports: the annual report of the plan (O13 of 2566, "รายงานผลการดำเนินงาน
ประจำปี") and the anti-corruption action plan made of the projects marked corruption prevention
(O36), its six-month monitoring report (O37) and its annual report (O38). Figures are computed
from the plan and its payments (bounded queries); the narrative is the officer's YearReport."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from django.db.models import Exists, OuterRef, Prefetch

from prongsai.budget import queries, rules
from prongsai.budget.models import Activity, Plan, Project, YearReport
from prongsai.lib.fiscal import fiscal_year_bounds
from prongsai.lib.thai import to_thai_digits

ANNUAL: str = YearReport.Kind.ANNUAL.value
ANTI: str = YearReport.Kind.ANTI_CORRUPTION.value
# The URL part of each kind (file names).
SLUGS: dict[str, str] = {ANNUAL: "annual", ANTI: "anti-corruption"}


def document_title(kind: str, year: int) -> str:
    """The Thai title the document carries (what the OIT item is named after)."""
    year_th = to_thai_digits(year)
    if kind == ANTI:
        return f"รายงานผลการดำเนินการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. {year_th}"
    return f"รายงานผลการดำเนินงานประจำปีงบประมาณ พ.ศ. {year_th}"


def report_of(plan: Plan, kind: str) -> YearReport | None:
    return YearReport.objects.filter(plan=plan, kind=kind).select_related("published_by").first()


def published_report(plan: Plan, kind: str) -> YearReport | None:
    return (
        YearReport.objects.filter(plan=plan, kind=kind, published_at__isnull=False)
        .select_related("published_by")
        .first()
    )


def published_kinds(plan: Plan) -> set[str]:
    return set(
        YearReport.objects.filter(plan=plan, published_at__isnull=False).values_list(
            "kind", flat=True
        )
    )


def has_anti_corruption(plan: Plan) -> bool:
    return Project.objects.filter(plan=plan, anti_corruption=True).exists()


def anti_corruption_projects(plan: Plan) -> list[Project]:
    """The anti-corruption action plan's projects with their activities and funds: 3 queries."""
    return list(
        Project.objects.filter(plan=plan, anti_corruption=True)
        .select_related("unit")
        .prefetch_related(
            Prefetch("activities", queryset=Activity.objects.select_related("fund")),
        )
        .order_by("number")
    )


@dataclass
class ReportData:
    """A year report as plain data: what the page, the PDF, the DOCX and the XLSX show."""

    plan: Plan
    kind: str
    title: str
    first: date
    last: date
    rows: list[queries.ProjectProgress]
    total: rules.ProgressRow
    report: YearReport | None

    @property
    def over_budget(self) -> list[queries.ProjectProgress]:
        return [item for item in self.rows if item.row.over_budget]

    @property
    def without_results(self) -> list[queries.ProjectProgress]:
        return [item for item in self.rows if not item.project.result.strip()]


def report_data(plan: Plan, kind: str, report: YearReport | None = None) -> ReportData:
    """Per project (all, or the anti-corruption ones): the year's budget, what was paid from
    1 October to 30 September, %, remaining, and its results; 3–4 queries."""
    first, last = fiscal_year_bounds(plan.year)
    rows, total = queries.progress(plan, first, last, anti_corruption=kind == ANTI)
    return ReportData(
        plan=plan,
        kind=kind,
        title=document_title(kind, plan.year),
        first=first,
        last=last,
        rows=rows,
        total=total,
        report=report if report is not None else report_of(plan, kind),
    )


def anti_corruption_plans(agency_ids: list[int], year: int) -> list[tuple[int, object]]:
    """(agency id, approved at) of the approved plans of the year that have a project marked
    corruption prevention: one query."""
    marked = Project.objects.filter(plan=OuterRef("pk"), anti_corruption=True)
    return list(
        Plan.objects.filter(agency__in=agency_ids, year=year, status=Plan.Status.APPROVED)
        .filter(Exists(marked))
        .values_list("agency_id", "approved_at")
    )


def published_reports(agency_ids: list[int], year: int, kind: str) -> list[int]:
    """The agencies whose report of the kind for the year is published: one query."""
    return list(
        YearReport.objects.filter(
            plan__agency__in=agency_ids,
            plan__year=year,
            plan__status=Plan.Status.APPROVED,
            kind=kind,
            published_at__isnull=False,
        ).values_list("plan__agency_id", flat=True)
    )
