"""Reads behind the HR reports: the ethics assessment of the agency's officials (the
discipline-and-ethics part of each closed round, aggregated), the training record, and the
annual HR report."""

from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from django.db.models import Count, Sum

from prongsai.agencies.models import Agency
from prongsai.evaluation import scoring
from prongsai.evaluation.models import Assessment, Round, StaffType, Training
from prongsai.evaluation.queries import (
    DONE,
    MAX_ROWS,
    SMALLEST_GROUP,
    distribution,
    people,
    review_counts,
)
from prongsai.lib.fiscal import fiscal_year_bounds


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


def trainings_of(agency: Agency, user: Any) -> list[Training]:
    return list(Training.objects.filter(agency=agency, person=user)[:MAX_ROWS])


def training_of(agency: Agency, pk: int) -> Training | None:
    return Training.objects.filter(agency=agency, pk=pk).first()


def training_hours(agency: Agency, year: int) -> dict[str, Any]:
    """Training of the fiscal year (by its first day): hours and courses per person, and the
    totals over everyone working in the agency."""
    start, end = fiscal_year_bounds(year)
    found = (
        Training.objects.filter(agency=agency, started_on__gte=start, started_on__lte=end)
        .values("person")
        .annotate(hours=Sum("hours"), courses=Count("pk"))
    )
    by_person = {row["person"]: row for row in found}
    staff = people(agency)
    rows: list[dict[str, Any]] = [
        {
            "person": user,
            "hours": by_person.get(user.pk, {}).get("hours") or Decimal(0),
            "courses": by_person.get(user.pk, {}).get("courses") or 0,
        }
        for user in staff
    ]
    total: Decimal = sum((Decimal(row["hours"]) for row in rows), Decimal(0))
    return {
        "rows": rows,
        "staff": len(rows),
        "trained": sum(1 for row in rows if row["courses"]),
        "hours": total,
        "mean": scoring.rounded(total / len(rows)) if rows else None,
        "courses": sum(row["courses"] for row in rows),
    }


def annual_report(agency: Agency, year: int, *, names: bool) -> dict[str, Any]:
    """The annual HR report: each round's distribution (nothing suppressed for the director;
    groups under five hidden for a reader who gets aggregates only), acknowledgements and
    review requests, the ethics part, and training hours (per person only with `names`)."""
    smallest = 1 if names else SMALLEST_GROUP
    rounds = []
    for round_ in Round.objects.filter(agency=agency, year=year).order_by("number"):
        done = list(
            Assessment.objects.filter(round=round_, status__in=DONE).values_list(
                "staff_type", "result", "status"
            )
        )
        rounds.append(
            {
                "round": round_,
                **distribution([(kind, level) for kind, level, _s in done], smallest),
                "in_round": Assessment.objects.filter(round=round_).count(),
                "assessed": len(done),
                "acknowledged": sum(
                    1 for *_x, status in done if status != Assessment.Status.ASSESSED
                ),
                "reviews": review_counts(round_),
            }
        )
    training = training_hours(agency, year)
    if not names:
        training["rows"] = []
    return {
        "agency": agency,
        "year": year,
        "rounds": rounds,
        "ethics": ethics_results(agency, year, smallest),
        "training": training,
        "names": names,
    }
