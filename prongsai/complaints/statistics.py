"""Complaint statistics of an agency for one fiscal year: the public evidence for the ITA item
on complaint statistics (สถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ).

Reads only, and only counts and dates: the queries name their columns (`values()` /
`values_list()`), so no encrypted field (what happened, who reported it) is ever selected,
let alone decrypted. Two queries whatever the number of cases: one grouped count by category,
status, outcome and month of filing, and one list of the dates the medians need.

Labels are Thai whatever the visitor's language: the figures are an official Thai document
(the page, the PDF and the spreadsheet say the same thing).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date
from typing import Any, NamedTuple

from django.db.models import Count, Q
from django.db.models.functions import ExtractMonth
from django.utils import timezone

from prongsai.agencies.models import Agency
from prongsai.complaints.models import Complaint
from prongsai.lib.fiscal import (
    QUARTERS,
    fiscal_year,
    fiscal_year_bounds,
    median,
    quarter_label,
    quarter_months,
    quarter_of_month,
)

__all__ = [
    "CATEGORY_LABELS",
    "NO_OUTCOME_LABEL",
    "OUTCOME_LABELS",
    "QUARTERS",
    "STATUS_LABELS",
    "CategoryQuarterRow",
    "ComplaintStatistics",
    "complaint_statistics",
    "first_statistics_year",
    "quarter_label",
    "quarter_months",
]

# The models' own labels (lazily translated), so the statistics say what the case pages say.
CATEGORY_LABELS: dict[str, Any] = dict(Complaint.Category.choices)
STATUS_LABELS: dict[str, Any] = dict(Complaint.Status.choices)
OUTCOME_LABELS: dict[str, Any] = dict(Complaint.Outcome.choices)
NO_OUTCOME_LABEL = "ไม่ระบุผล"
"""A closed case recorded without an outcome (shown only when there is one)."""


class CategoryQuarterRow(NamedTuple):
    """One row of the category × quarter table."""

    code: str
    label: str
    counts: tuple[int, int, int, int]
    total: int


@dataclass(frozen=True)
class ComplaintStatistics:
    """The figures of one agency for one fiscal year (cases filed inside the year)."""

    agency: Agency
    fiscal_year: int
    total: int
    by_category: list[tuple[str, str, int]]
    """(code, Thai label, count) for every category, zeros included, in Category order."""
    by_status: list[tuple[str, str, int]]
    """(code, Thai label, count) for every status, zeros included, in Status order."""
    by_quarter: list[tuple[int, str, int]]
    """(quarter 1-4, label such as "ไตรมาส 1 (ต.ค.–ธ.ค. 2565)", count)."""
    category_by_quarter: list[CategoryQuarterRow]
    """A row per category (same order as by_category): the four quarters' counts and the total."""
    median_days_to_acknowledge: float | None
    """Median days from filing to acknowledgement, over the acknowledged cases; None if none."""
    median_days_to_close: float | None
    """Median days from filing to closing, over the closed cases; None if none."""
    closed_by_outcome: list[tuple[str, str, int]]
    """(code, Thai label, count) of the closed cases for every outcome, zeros included; a last
    row ("", NO_OUTCOME_LABEL, n) only when some closed case has no outcome recorded."""
    start: date
    """First day of the fiscal year (1 October)."""
    end: date
    """Last day of the fiscal year (30 September)."""
    as_of: date
    """The day the figures were counted (ข้อมูล ณ วันที่)."""

    @property
    def closed(self) -> int:
        """How many of the year's cases are closed."""
        return sum(count for _code, _label, count in self.closed_by_outcome)


def _labelled(
    labels: dict[str, Any], counts: Counter[str], *, keep_unknown: bool = True
) -> list[tuple[str, str, int]]:
    """Every known code in order with its count (zeros too), then any code the data holds that
    the choices no longer list, labelled by its code, so the rows always add up to the total."""
    rows = [(str(code), str(label), counts.get(code, 0)) for code, label in labels.items()]
    if keep_unknown:
        rows += [(code, code, n) for code, n in sorted(counts.items()) if code not in labels and n]
    return rows


def complaint_statistics(
    agency: Agency, year_be: int, *, today: date | None = None
) -> ComplaintStatistics:
    """The statistics of the cases `agency` received (filed_on) in fiscal year `year_be`."""
    start, end = fiscal_year_bounds(year_be)
    cases = Complaint.objects.filter(agency=agency, filed_on__range=(start, end)).order_by()

    by_category: Counter[str] = Counter()
    by_status: Counter[str] = Counter()
    by_quarter: Counter[int] = Counter()
    matrix: Counter[tuple[str, int]] = Counter()
    closed_outcomes: Counter[str] = Counter()
    grouped = cases.values("category", "status", "outcome", month=ExtractMonth("filed_on"))
    for row in grouped.annotate(n=Count("pk")):
        n = row["n"]
        quarter = quarter_of_month(row["month"])
        by_category[row["category"]] += n
        by_status[row["status"]] += n
        by_quarter[quarter] += n
        matrix[row["category"], quarter] += n
        if row["status"] == Complaint.Status.CLOSED:
            closed_outcomes[row["outcome"]] += n

    days_to_acknowledge: list[int] = []
    days_to_close: list[int] = []
    dated = cases.filter(Q(acknowledged_on__isnull=False) | Q(closed_on__isnull=False))
    for filed_on, acknowledged_on, closed_on in dated.values_list(
        "filed_on", "acknowledged_on", "closed_on"
    ):
        if acknowledged_on is not None:
            days_to_acknowledge.append((acknowledged_on - filed_on).days)
        if closed_on is not None:
            days_to_close.append((closed_on - filed_on).days)

    category_rows = _labelled(CATEGORY_LABELS, by_category)
    outcome_rows = _labelled(OUTCOME_LABELS, closed_outcomes, keep_unknown=False)
    unlisted = sum(n for code, n in closed_outcomes.items() if code not in OUTCOME_LABELS)
    if unlisted:
        outcome_rows.append(("", NO_OUTCOME_LABEL, unlisted))
    return ComplaintStatistics(
        agency=agency,
        fiscal_year=year_be,
        total=sum(by_category.values()),
        by_category=category_rows,
        by_status=_labelled(STATUS_LABELS, by_status),
        by_quarter=[(q, quarter_label(year_be, q), by_quarter.get(q, 0)) for q in QUARTERS],
        category_by_quarter=[
            CategoryQuarterRow(
                code,
                label,
                (
                    matrix.get((code, 1), 0),
                    matrix.get((code, 2), 0),
                    matrix.get((code, 3), 0),
                    matrix.get((code, 4), 0),
                ),
                count,
            )
            for code, label, count in category_rows
        ],
        median_days_to_acknowledge=median(days_to_acknowledge),
        median_days_to_close=median(days_to_close),
        closed_by_outcome=outcome_rows,
        start=start,
        end=end,
        as_of=today if today is not None else timezone.localdate(),
    )


def first_statistics_year(agency: Agency) -> int:
    """The earliest fiscal year worth a page: the agency's first year in the system or the
    year of its earliest case, whichever is earlier (the year switcher stops there)."""
    first_filed = (
        Complaint.objects.filter(agency=agency)
        .order_by("filed_on")
        .values_list("filed_on", flat=True)
        .first()
    )
    years = [fiscal_year(timezone.localdate(agency.created_at))]
    if first_filed is not None:
        years.append(fiscal_year(first_filed))
    return min(years)
