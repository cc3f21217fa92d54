"""Reads of procurement records, each in a bounded number of queries."""

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from django.db.models import Count, Max, Prefetch, QuerySet, Sum
from django.db.models.functions import ExtractMonth
from django.utils import timezone

from prongsai.agencies.models import Agency
from prongsai.lib.fiscal import fiscal_year_bounds
from prongsai.procurement import rules
from prongsai.procurement.models import (
    ZERO,
    AnnualReport,
    Bidder,
    Method,
    Notice,
    PlanItem,
    ProcurementPlan,
    Purchase,
)

# ---------------------------------------------------------------- single records (gates)


def plan_item_of(agency: Agency, pk: int) -> PlanItem | None:
    return PlanItem.objects.filter(plan__agency=agency, pk=pk).select_related("plan").first()


def notice_of(agency: Agency, pk: int) -> Notice | None:
    return Notice.objects.filter(agency=agency, pk=pk).first()


def purchase_of(agency: Agency, pk: int) -> Purchase | None:
    return (
        Purchase.objects.filter(agency=agency, pk=pk)
        .prefetch_related(Prefetch("bidders", queryset=Bidder.objects.order_by("pk")))
        .first()
    )


def plan_of(agency: Agency, year: int) -> ProcurementPlan | None:
    return ProcurementPlan.objects.filter(agency=agency, year=year).first()


def published_plan(agency: Agency, year: int) -> ProcurementPlan | None:
    return ProcurementPlan.objects.filter(
        agency=agency, year=year, published_on__isnull=False
    ).first()


def report_of(agency: Agency, year: int) -> AnnualReport | None:
    return AnnualReport.objects.filter(agency=agency, year=year).first()


def published_report(agency: Agency, year: int) -> AnnualReport | None:
    return AnnualReport.objects.filter(agency=agency, year=year, published_on__isnull=False).first()


# ---------------------------------------------------------------- lists


def plan_items(plan: ProcurementPlan | None) -> list[PlanItem]:
    if plan is None:
        return []
    return list(plan.items.order_by("pk"))


def plan_total(items: list[PlanItem]) -> Decimal:
    return sum((item.amount for item in items), start=ZERO)


def notices(agency: Agency, year: int) -> list[Notice]:
    return list(Notice.objects.filter(agency=agency, year=year).order_by("-dated_on", "-pk"))


def _with_bidders(purchases: QuerySet[Purchase]) -> QuerySet[Purchase]:
    return purchases.prefetch_related(
        Prefetch("bidders", queryset=Bidder.objects.order_by("pk"))
    ).order_by("purchased_on", "pk")


def purchases_of_year(agency: Agency, year: int) -> list[Purchase]:
    return list(_with_bidders(Purchase.objects.filter(agency=agency, year=year)))


def purchases_of_month(agency: Agency, year: int, month: int) -> list[Purchase]:
    first, last = rules.month_bounds(year, month)
    return list(
        _with_bidders(Purchase.objects.filter(agency=agency, purchased_on__range=(first, last)))
    )


def month_stamp(agency: Agency, year: int, month: int) -> str:
    """What changes when the month's summary changes (the printed PDF's key)."""
    first, last = rules.month_bounds(year, month)
    found = Purchase.objects.filter(agency=agency, purchased_on__range=(first, last)).aggregate(
        count=Count("pk"), latest=Max("updated_at")
    )
    latest = found["latest"]
    return f"{found['count']}-{int(latest.timestamp()) if latest else 0}"


def years(agency: Agency) -> list[int]:
    """Every fiscal year with a plan, a notice or a purchase, newest first."""
    found: set[int] = set()
    found.update(ProcurementPlan.objects.filter(agency=agency).values_list("year", flat=True))
    found.update(Notice.objects.filter(agency=agency).values_list("year", flat=True).distinct())
    found.update(Purchase.objects.filter(agency=agency).values_list("year", flat=True).distinct())
    return sorted(found, reverse=True)


def public_years(agency: Agency, today: date) -> list[int]:
    """The years the public pages answer for (none more than a year ahead), newest first."""
    return [year for year in years(agency) if rules.is_public_year(year, today)]


# ---------------------------------------------------------------- the year's figures


@dataclass
class MonthFigure:
    month: int
    title: str
    count: int = 0
    amount: Decimal = ZERO
    state: str = rules.PAST  # a month not begun shows no figures, one under way is "so far"

    @property
    def future(self) -> bool:
        return self.state == rules.FUTURE

    @property
    def current(self) -> bool:
        return self.state == rules.CURRENT


@dataclass
class MethodFigure:
    method: str
    label: str
    count: int = 0
    amount: Decimal = ZERO


@dataclass
class YearFigures:
    year: int
    months: list[MonthFigure]
    methods: list[MethodFigure]
    count: int = 0
    amount: Decimal = ZERO
    ceiling: Decimal = ZERO
    saved: Decimal = field(default=ZERO)  # ceiling minus agreed price


def year_figures(agency: Agency, year: int, today: date | None = None) -> YearFigures:
    """Count and amount (agreed prices) by month, October first, and by method: two queries.
    Each month says whether it is over, under way or not begun on `today` (default: today)."""
    today = today or timezone.localdate()
    start, end = fiscal_year_bounds(year)
    purchases = Purchase.objects.filter(agency=agency, purchased_on__range=(start, end))
    by_month = {
        row["month"]: row
        for row in purchases.annotate(month=ExtractMonth("purchased_on"))
        .values("month")
        .annotate(count=Count("pk"), amount=Sum("agreed_price"), ceiling=Sum("ceiling"))
        .order_by()
    }
    by_method = {
        row["method"]: row
        for row in purchases.values("method")
        .annotate(count=Count("pk"), amount=Sum("agreed_price"))
        .order_by()
    }
    months = [
        MonthFigure(
            month,
            rules.month_title(year, month),
            by_month.get(month, {}).get("count", 0),
            by_month.get(month, {}).get("amount") or ZERO,
            rules.month_state(year, month, today),
        )
        for month in rules.months_in_order(year)
    ]
    methods = [
        MethodFigure(
            value,
            str(label),
            by_method.get(value, {}).get("count", 0),
            by_method.get(value, {}).get("amount") or ZERO,
        )
        for value, label in Method.choices
    ]
    ceiling = sum((row.get("ceiling") or ZERO for row in by_month.values()), start=ZERO)
    amount = sum((figure.amount for figure in months), start=ZERO)
    return YearFigures(
        year=year,
        months=months,
        methods=methods,
        count=sum(figure.count for figure in months),
        amount=amount,
        ceiling=ceiling,
        saved=ceiling - amount,
    )


def latest_purchase_on(agency: Agency, year: int) -> date | None:
    found: date | None = (
        Purchase.objects.filter(agency=agency, year=year)
        .aggregate(latest=Max("purchased_on"))
        .get("latest")
    )
    return found


def agency_by_pk(pk: int) -> Agency | None:
    return Agency.objects.filter(pk=pk).first()


@dataclass
class MonthGroup:
    month: MonthFigure
    purchases: list[Purchase]


def by_month(purchases: list[Purchase], figures: YearFigures) -> list[MonthGroup]:
    """The year's purchases under their months, October first; months without any left out."""
    groups = {figure.month: MonthGroup(figure, []) for figure in figures.months}
    for purchase in purchases:
        groups[purchase.purchased_on.month].purchases.append(purchase)
    return [group for group in groups.values() if group.purchases]


def year_stamp(agency: Agency, year: int) -> str:
    """What changes when the year's figures change (the printed report's key)."""
    found = Purchase.objects.filter(agency=agency, year=year).aggregate(
        count=Count("pk"), latest=Max("updated_at")
    )
    latest = found["latest"]
    return f"{found['count']}-{int(latest.timestamp()) if latest else 0}"


def has_purchases(agency: Agency, year: int) -> bool:
    return Purchase.objects.filter(agency=agency, year=year).exists()
