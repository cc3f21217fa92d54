"""Reads: a plan with everything it shows, row status, and the report as a plain document."""

from dataclasses import dataclass
from datetime import date

from django.db.models import Exists, OuterRef, Prefetch, QuerySet

from prongsai.agencies.models import Agency
from prongsai.agencies.modules import PlanMeasure
from prongsai.lib.fiscal import half_year_bounds
from prongsai.lib.thai import thai_date
from prongsai.measures import document as doc
from prongsai.measures import standard
from prongsai.measures.models import (
    Measure,
    MeasureRow,
    Plan,
    ProgressUpdate,
    Publication,
    PublishRequest,
)


def plans_of(agency: Agency) -> QuerySet[Plan]:
    """The agency's plans, newest first; `is_published` says whether the public page exists."""
    published = Publication.objects.filter(plan=OuterRef("pk"))
    return (
        Plan.objects.filter(agency=agency)
        .annotate(is_published=Exists(published))
        .order_by("-fiscal_year")
    )


def plan_exists(agency: Agency, year: int) -> bool:
    return Plan.objects.filter(agency=agency, fiscal_year=year).exists()


def publications_of(plan: Plan) -> list[Publication]:
    """Every published version of the plan's documents, with who published it."""
    return list(Publication.objects.filter(plan=plan).select_related("published_by"))


def publish_requests_of(plan: Plan, limit: int = 10) -> list[PublishRequest]:
    """The newest documents sent for approval, whatever became of them."""
    return list(
        PublishRequest.objects.filter(plan=plan).select_related("submitted_by", "decided_by")[
            :limit
        ]
    )


def published_years(agency: Agency) -> list[int]:
    """The fiscal years with a published document, newest first."""
    return list(
        Publication.objects.filter(plan__agency=agency)
        .values_list("plan__fiscal_year", flat=True)
        .distinct()
        .order_by("-plan__fiscal_year")
    )


def published_kinds(plan: Plan) -> list[str]:
    """The kinds of document published for the plan, in the order of the year."""
    kinds = set(Publication.objects.filter(plan=plan).values_list("kind", flat=True))
    return sorted(kinds, key=["plan", "half", "full"].index)


def plan_with_rows(agency: Agency, year: int) -> Plan | None:
    """The plan with measures, rows, units and progress prefetched: a fixed number of queries."""
    rows = MeasureRow.objects.prefetch_related(
        "responsible_units",
        Prefetch(
            "updates",
            queryset=ProgressUpdate.objects.select_related("author").order_by("happened_on", "pk"),
        ),
    )
    return (
        Plan.objects.filter(agency=agency, fiscal_year=year)
        .select_related("agency", "agency__parent")
        .prefetch_related(
            Prefetch(
                "measures",
                queryset=Measure.objects.order_by("number").prefetch_related(
                    Prefetch("rows", queryset=rows.order_by("order", "pk"))
                ),
            )
        )
        .first()
    )


@dataclass(frozen=True)
class RowStatus:
    late: bool
    no_progress: bool
    last_update: date | None


def row_status(row: MeasureRow, today: date) -> RowStatus:
    """Late = past its due month without any progress; uses prefetched updates."""
    updates = list(row.updates.all())
    last = updates[-1].happened_on if updates else None
    due_passed = row.due_month is not None and (row.due_month.year, row.due_month.month) < (
        today.year,
        today.month,
    )
    return RowStatus(late=due_passed and not updates, no_progress=not updates, last_update=last)


def latest_publication(plan: Plan, kind: str | None = None) -> Publication | None:
    """The newest published version: of the given kind, or of the most advanced kind."""
    publications = Publication.objects.filter(plan=plan)
    if kind:
        return publications.filter(kind=kind).order_by("-version").first()
    for candidate in ("full", "half", "plan"):
        found = publications.filter(kind=candidate).order_by("-version").first()
        if found:
            return found
    return None


def _cell(items: list[str], numbering: str) -> doc.Cell:
    return doc.Cell(items=list(items), numbering=doc.Numbering(numbering))


def _progress_items(row: MeasureRow, until: date | None) -> list[str]:
    return [
        f"{thai_date(update.happened_on, thai_digits=True)} {update.text}"
        for update in row.updates.all()
        if until is None or update.happened_on <= until
    ]


def report_document(plan: Plan, kind: str) -> doc.ReportDocument:
    """The plan as one of its three documents, from a plan fetched by `plan_with_rows`.

    - plan: steps, responsible, expected outcome and due; no results yet.
    - half: what was done up to 31 March (progress updates of the first half year).
    - full: the summary the officer wrote, or else every progress update of the year.
    """
    agency = plan.agency
    year = plan.fiscal_year
    until = half_year_bounds(year)[1] if kind == "half" else None
    measures = []
    for measure in plan.measures.all():
        rows = []
        for row in measure.rows.all():
            if kind == "full" and row.summary:
                summary = _cell(row.summary, row.summary_numbering)
            elif kind == "plan":
                summary = doc.Cell()
            else:
                items = _progress_items(row, until)
                summary = doc.Cell(
                    items=items,
                    numbering=doc.Numbering.PAREN if len(items) > 1 else doc.Numbering.NONE,
                )
            rows.append(
                doc.Row(
                    steps=_cell(row.steps, row.steps_numbering),
                    responsible=row.responsible_text
                    or " ".join(unit.name_th for unit in row.responsible_units.all()),
                    summary=summary,
                    outcome=_cell(row.outcome, row.outcome_numbering),
                    due=row.due_text,
                    progress=_progress_items(row, until),
                )
            )
        tail = measure.heading_tail
        if kind == "plan" and tail == standard.HEADING_TAIL:
            tail = standard.PLAN_HEADING_TAIL
        measures.append(
            doc.Measure(number=measure.number, name=measure.name, heading_tail=tail, rows=rows)
        )
    imported_cover = [line for line in plan.cover_lines.splitlines() if line.strip()]
    if kind == "full" and imported_cover:
        cover = imported_cover
    else:
        cover = standard.default_cover_lines(agency, year, kind)
    return doc.ReportDocument(
        cover_lines=cover,
        title=(plan.title if kind == "full" and plan.title else standard.TITLES[kind]),
        period_line=(
            plan.period_line
            if kind == "full" and plan.period_line
            else standard.period_line(year, kind)
        ),
        introduction=(
            plan.introduction
            if kind == "full" and plan.introduction
            else standard.default_introduction(agency, kind)
        ),
        measures=measures,
        agency_slug=agency.slug,
        fiscal_year=year,
        kind=kind,
    )


def file_name(document: doc.ReportDocument, extension: str) -> str:
    version = f"-v{document.version}" if document.version else ""
    stem = f"measures-{document.agency_slug}-{document.fiscal_year}-{document.kind}"
    return f"{stem}{version}.{extension}"


def plan_measures(agency: Agency, year: int) -> list[PlanMeasure]:
    """The measures of the agency's plan of `year` for other modules (agencies.modules'
    `plan_measures` hook), linked to the published report when there is one. Three queries."""
    plan = Plan.objects.filter(agency=agency, fiscal_year=year).first()
    if plan is None:
        return []
    url = plan.get_absolute_url() if published_kinds(plan) else ""
    return [
        PlanMeasure(measure.number, f"{measure.number}. {measure.name}", url)
        for measure in Measure.objects.filter(plan=plan).order_by("number")
    ]
