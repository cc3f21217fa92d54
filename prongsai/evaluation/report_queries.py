"""Reads behind the HR reports: the ethics assessment of the agency's officials (the
discipline-and-ethics part of each closed round, aggregated), counts only."""

from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from prongsai.agencies.models import Agency
from prongsai.evaluation import scoring
from prongsai.evaluation.models import Assessment, Round, StaffType
from prongsai.evaluation.queries import DONE, SMALLEST_GROUP, distribution


def _mean(values: Sequence[Decimal]) -> Decimal | None:
    return scoring.rounded(sum(values, Decimal(0)) / len(values)) if values else None


def ethics_distribution(
    rows: Sequence[tuple[str, Decimal]], bands: dict[str, Any], smallest: int = SMALLEST_GROUP
) -> dict[str, Any]:
    """(staff type, ethics %) pairs → the levels (the round's bands on the percentage) per staff
    type, with the mean percentage of each shown group, suppressed as `distribution` does."""
    shown = distribution(
        [(kind, scoring.result_level(percent, bands)) for kind, percent in rows], smallest
    )
    by_type: dict[str, list[Decimal]] = {}
    for kind, percent in rows:
        by_type.setdefault(kind, []).append(percent)
    kinds = [kind for kind in StaffType.values if kind in by_type]
    for kind, group in zip(kinds, shown["groups"], strict=True):
        group["mean"] = _mean(by_type[kind]) if group["counts"] else None
    shown["mean"] = _mean([p for _k, p in rows]) if shown["counts"] else None
    return shown


def ethics_results(
    agency: Agency, year: int, smallest: int = SMALLEST_GROUP
) -> list[dict[str, Any]]:
    """Each closed round of the year: the ethics part of every assessed person's form, as
    counts per level and mean percentages (one query for the rounds, one per round)."""
    reports = []
    closed = Round.objects.filter(agency=agency, year=year, closed_on__isnull=False)
    for round_ in closed.order_by("number"):
        rows = []
        found = Assessment.objects.filter(round=round_, status__in=DONE)
        for kind, scores in found.values_list("staff_type", "scores"):
            structure = round_.structures.get(kind, {}).get("structure", [])
            percent = scoring.ethics_percent(structure, scores)
            if percent is not None:
                rows.append((kind, percent))
        if rows:
            reports.append({"round": round_, **ethics_distribution(rows, round_.bands, smallest)})
    return reports
