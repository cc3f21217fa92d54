"""Public loan statistics of a fiscal year (no names): loans handed over by kind and month,
the share returned on time, and how many are overdue now. Three queries at any size."""

from dataclasses import dataclass
from datetime import date

from django.db.models import Count, F, Q
from django.db.models.functions import ExtractMonth, ExtractYear

from prongsai.agencies.models import Agency
from prongsai.assets.models import Loan
from prongsai.lib.fiscal import fiscal_year_bounds
from prongsai.lib.thai import THAI_MONTHS_SHORT, be_year

LENT = (Loan.Status.HANDED_OVER, Loan.Status.RETURNED)


@dataclass(frozen=True)
class Month:
    label: str
    counts: list[int]  # by kind, in Loan.Kind order
    total: int


@dataclass(frozen=True)
class Statistics:
    year: int
    kinds: list[str]
    months: list[Month]
    totals: list[int]
    total: int
    returned: int
    on_time: int
    overdue_now: int

    @property
    def on_time_percent(self) -> int | None:
        return round(100 * self.on_time / self.returned) if self.returned else None


def statistics(agency: Agency, year: int, today: date) -> Statistics:
    start, end = fiscal_year_bounds(year)
    lent = Loan.objects.filter(
        agency=agency, status__in=LENT, starts_on__gte=start, starts_on__lte=end
    )
    rows = (
        lent.annotate(y=ExtractYear("starts_on"), m=ExtractMonth("starts_on"))
        .values("y", "m", "kind")
        .annotate(n=Count("pk"))
        .order_by()
    )
    kinds = list(Loan.Kind.values)
    counts: dict[tuple[int, int], list[int]] = {}
    for row in rows:
        counts.setdefault((row["y"], row["m"]), [0] * len(kinds))[kinds.index(row["kind"])] += row[
            "n"
        ]
    months = []
    for offset in range(12):
        month = (10 + offset - 1) % 12 + 1
        year_ce = start.year if month >= 10 else start.year + 1
        found = counts.get((year_ce, month), [0] * len(kinds))
        label = f"{THAI_MONTHS_SHORT[month - 1]} {str(be_year(year_ce))[-2:]}"
        months.append(Month(label, found, sum(found)))
    totals = [sum(month.counts[index] for month in months) for index in range(len(kinds))]
    returns = lent.filter(status=Loan.Status.RETURNED, due_on__isnull=False).aggregate(
        returned=Count("pk"), on_time=Count("pk", filter=Q(returned_on__lte=F("due_on")))
    )
    overdue_now = Loan.objects.filter(
        agency=agency, status=Loan.Status.HANDED_OVER, due_on__lt=today
    ).count()
    return Statistics(
        year=year,
        kinds=[str(label) for label in Loan.Kind.labels],
        months=months,
        totals=totals,
        total=sum(totals),
        returned=returns["returned"] or 0,
        on_time=returns["on_time"] or 0,
        overdue_now=overdue_now,
    )


def years_with_loans(agency: Agency) -> list[int]:
    """Fiscal years (B.E.) with loans handed over, newest first."""
    firsts = (
        Loan.objects.filter(agency=agency, status__in=LENT)
        .annotate(y=ExtractYear("starts_on"), m=ExtractMonth("starts_on"))
        .values_list("y", "m")
        .distinct()
    )
    years = {be_year(y) + (1 if m >= 10 else 0) for y, m in firsts}
    return sorted(years, reverse=True)
