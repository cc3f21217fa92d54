"""The plan book's computed tables and the budget reports, as plain functions over plain rows.

- Amounts: "๓,๕๐๐", "3500 บาท", "1,500.50" are read as Decimal (THAI-RULES.md §4; never float).
- An activity's budget is split by fiscal quarter (Q1 Oct–Dec … Q4 Jul–Sep); left unsplit, it
  falls in the quarter the activity starts.
- Income estimate and allocation (plan book part 3): per fund, the balance brought forward plus
  the estimate is what the plan may allocate; the activities allocate it by work area; what is
  left is the reserve.
- Quarterly spending report (THAI-RULES.md §4.3): per fund, brought forward | received in the
  quarter | spent in the quarter | balance, where brought forward is the fund's opening balance
  plus everything received minus everything spent before the quarter.
- Six-month monitoring report (O12): per project, the budget planned and spent 1 Oct–31 Mar.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from prongsai.lib import thai
from prongsai.lib.fiscal import fiscal_quarter, fiscal_year_bounds, half_year_bounds, quarter_bounds

ZERO = Decimal("0.00")
MAX_AMOUNT = Decimal("999999999999.99")
AREAS = ("academic", "budget", "personnel", "general")


def parse_baht(text: str, *, allow_zero: bool = False) -> Decimal | None:
    """ "๓,๕๐๐", "3500 บาท", "1,500.50" → Decimal("3500.00"); a negative, non-numeric or (unless
    `allow_zero`) zero amount, or one with more than two decimals → None."""
    value = thai.parse_baht(text)
    if value is None or value > MAX_AMOUNT or (value == 0 and not allow_zero):
        return None
    return value.quantize(Decimal("0.01"))


def quarter_split(
    amount: Decimal, quarters: Sequence[Decimal | None], starts_on: date
) -> tuple[Decimal, Decimal, Decimal, Decimal] | None:
    """The four quarters' amounts: as typed when any is (None when they do not add up to
    `amount`), else the whole amount in the quarter the activity starts."""
    if any(value is not None for value in quarters):
        split = tuple(value or ZERO for value in quarters)
        if sum(split, ZERO) != amount:
            return None
        return (split[0], split[1], split[2], split[3])
    result = [ZERO, ZERO, ZERO, ZERO]
    result[fiscal_quarter(starts_on) - 1] = amount
    return (result[0], result[1], result[2], result[3])


def in_year(value: date, year: int) -> bool:
    start, end = fiscal_year_bounds(year)
    return start <= value <= end


def percent(part: Decimal, whole: Decimal) -> Decimal | None:
    if not whole:
        return None
    return (part * 100 / whole).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


# ---------------------------------------------------------------- plain rows the tables take


@dataclass(frozen=True)
class FundRow:
    pk: int
    name: str
    estimate: Decimal = ZERO
    brought_forward: Decimal = ZERO


@dataclass(frozen=True)
class Line:
    """One activity's budget: its fund, its project's work area, amount and quarters."""

    fund_id: int
    area: str
    amount: Decimal
    quarters: tuple[Decimal, Decimal, Decimal, Decimal] = (ZERO, ZERO, ZERO, ZERO)


@dataclass(frozen=True)
class Movement:
    """Money in or out of a fund on a day (a receipt or a spending)."""

    fund_id: int
    on: date
    amount: Decimal


# ---------------------------------------------------------------- income estimate and allocation


@dataclass
class AllocationRow:
    name: str
    brought_forward: Decimal = ZERO
    estimate: Decimal = ZERO
    by_area: dict[str, Decimal] = field(default_factory=lambda: dict.fromkeys(AREAS, ZERO))
    by_quarter: list[Decimal] = field(default_factory=lambda: [ZERO] * 4)

    @property
    def available(self) -> Decimal:
        return self.brought_forward + self.estimate

    @property
    def allocated(self) -> Decimal:
        return sum(self.by_area.values(), ZERO)

    @property
    def reserve(self) -> Decimal:
        return self.available - self.allocated

    @property
    def areas(self) -> list[Decimal]:
        return [self.by_area[area] for area in AREAS]


@dataclass
class AllocationTable:
    rows: list[AllocationRow]
    total: AllocationRow


def allocation_table(funds: Iterable[FundRow], lines: Iterable[Line]) -> AllocationTable:
    """Plan book part 3: per fund, brought forward, estimate, available, allocated by work area
    and by quarter, reserve; with the totals row (the sum of the rows, to the satang)."""
    rows = {
        fund.pk: AllocationRow(fund.name, fund.brought_forward, fund.estimate) for fund in funds
    }
    for line in lines:
        row = rows.get(line.fund_id)
        if row is None:
            continue
        row.by_area[line.area] += line.amount
        for index, value in enumerate(line.quarters):
            row.by_quarter[index] += value
    total = AllocationRow("")
    for row in rows.values():
        total.brought_forward += row.brought_forward
        total.estimate += row.estimate
        for area in AREAS:
            total.by_area[area] += row.by_area[area]
        for index in range(4):
            total.by_quarter[index] += row.by_quarter[index]
    return AllocationTable(list(rows.values()), total)


# ---------------------------------------------------------------- the quarterly spending report


@dataclass
class QuarterRow:
    name: str
    brought_forward: Decimal = ZERO
    received: Decimal = ZERO
    spent: Decimal = ZERO

    @property
    def balance(self) -> Decimal:
        return self.brought_forward + self.received - self.spent


@dataclass
class QuarterReport:
    year: int
    quarter: int
    first: date
    last: date
    rows: list[QuarterRow]
    total: QuarterRow


def quarter_report(
    funds: Iterable[FundRow],
    receipts: Iterable[Movement],
    spendings: Iterable[Movement],
    *,
    year: int,
    quarter: int,
) -> QuarterReport:
    """Per fund: brought forward (opening balance + receipts − spending before the quarter),
    received and spent in the quarter, balance. Movements after the quarter are left out."""
    first, last = quarter_bounds(year, quarter)
    rows = {fund.pk: QuarterRow(fund.name, fund.brought_forward) for fund in funds}
    for movements, sign in ((receipts, 1), (spendings, -1)):
        for move in movements:
            row = rows.get(move.fund_id)
            if row is None or move.on > last:
                continue
            if move.on < first:
                row.brought_forward += sign * move.amount
            elif sign > 0:
                row.received += move.amount
            else:
                row.spent += move.amount
    total = QuarterRow("")
    for row in rows.values():
        total.brought_forward += row.brought_forward
        total.received += row.received
        total.spent += row.spent
    return QuarterReport(year, quarter, first, last, list(rows.values()), total)


# ---------------------------------------------------------------- six-month monitoring (O12)


@dataclass(frozen=True)
class ActivityRow:
    pk: int
    project_id: int
    amount: Decimal


@dataclass(frozen=True)
class Paid:
    activity_id: int
    on: date
    amount: Decimal


@dataclass
class ProgressRow:
    project_id: int
    planned: Decimal = ZERO
    spent: Decimal = ZERO
    activities: int = 0
    started: int = 0  # activities with any spending in the period

    @property
    def remaining(self) -> Decimal:
        return self.planned - self.spent

    @property
    def percent(self) -> Decimal | None:
        return percent(self.spent, self.planned)

    @property
    def over_budget(self) -> bool:
        return self.spent > self.planned


@dataclass
class Progress:
    first: date
    last: date
    rows: dict[int, ProgressRow]
    total: ProgressRow


def progress(
    project_ids: Iterable[int],
    activities: Iterable[ActivityRow],
    paid: Iterable[Paid],
    *,
    first: date,
    last: date,
) -> Progress:
    """Per project: planned budget (the whole year's), spent between `first` and `last`
    inclusive, and how many of its activities have spending in that time."""
    rows = {pk: ProgressRow(pk) for pk in project_ids}
    project_of: dict[int, int] = {}
    for activity in activities:
        row = rows.get(activity.project_id)
        if row is None:
            continue
        project_of[activity.pk] = activity.project_id
        row.planned += activity.amount
        row.activities += 1
    started: dict[int, set[int]] = defaultdict(set)
    for payment in paid:
        project_id = project_of.get(payment.activity_id)
        if project_id is None or not first <= payment.on <= last:
            continue
        rows[project_id].spent += payment.amount
        started[project_id].add(payment.activity_id)
    total = ProgressRow(0)
    for pk, row in rows.items():
        row.started = len(started[pk])
        total.planned += row.planned
        total.spent += row.spent
        total.activities += row.activities
        total.started += row.started
    return Progress(first, last, rows, total)


def half_year(year: int) -> tuple[date, date]:
    return half_year_bounds(year)
