"""Plan against committed against spent, per quarter and to date, as plain functions.

- An activity's budget by quarter is its plan split (q1…q4), plus the approved transfers into it
  and minus those out of it, each in the quarter of its date (the plan itself is not edited).
- Committed = what purchase orders still promise: an order's amount less what has been paid
  against it (never below zero), counted in the quarter of the order; a cancelled order
  commits nothing.
- Spent = payments, in the quarter they were paid.
- Available = the budget − committed − spent; a project whose committed + spent passes its
  budget is over budget (flagged).
Totals are the sums of the rows, Decimal to the satang.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from prongsai.lib.fiscal import fiscal_quarter

ZERO = Decimal("0.00")


@dataclass(frozen=True)
class PlannedActivity:
    pk: int
    project_id: int
    quarters: tuple[Decimal, Decimal, Decimal, Decimal]


@dataclass(frozen=True)
class Moved:
    """An approved transfer."""

    source_id: int
    target_id: int
    on: date
    amount: Decimal


@dataclass(frozen=True)
class Order:
    """A purchase order: its amount and what has been paid against it."""

    activity_id: int
    on: date
    amount: Decimal
    paid: Decimal = ZERO
    cancelled: bool = False

    @property
    def outstanding(self) -> Decimal:
        if self.cancelled:
            return ZERO
        return max(self.amount - self.paid, ZERO)


@dataclass(frozen=True)
class Payment:
    activity_id: int
    on: date
    amount: Decimal


@dataclass
class Figures:
    plan: Decimal = ZERO
    committed: Decimal = ZERO
    spent: Decimal = ZERO

    @property
    def used(self) -> Decimal:
        return self.committed + self.spent

    @property
    def available(self) -> Decimal:
        return self.plan - self.used

    @property
    def over_budget(self) -> bool:
        return self.used > self.plan

    def add(self, other: Figures) -> None:
        self.plan += other.plan
        self.committed += other.committed
        self.spent += other.spent


@dataclass
class Status:
    """A project's (or the total's) four quarters, the quarters up to `as_of`, and the year."""

    quarters: list[Figures] = field(default_factory=lambda: [Figures() for _ in range(4)])
    to_date: Figures = field(default_factory=Figures)
    year: Figures = field(default_factory=Figures)

    @property
    def over_budget(self) -> bool:
        return self.year.over_budget


def status(
    project_ids: Iterable[int],
    activities: Iterable[PlannedActivity],
    transfers: Iterable[Moved],
    orders: Iterable[Order],
    payments: Iterable[Payment],
    *,
    as_of_quarter: int,
) -> tuple[dict[int, Status], Status]:
    """Per project and in total: plan, committed and spent per quarter, up to and including
    quarter `as_of_quarter` (1–4; 0 = none yet) and for the whole year."""
    rows = {pk: Status() for pk in project_ids}
    project_of: dict[int, int] = {}
    for activity in activities:
        if activity.project_id not in rows:
            continue
        project_of[activity.pk] = activity.project_id
        for index, amount in enumerate(activity.quarters):
            rows[activity.project_id].quarters[index].plan += amount
    for move in transfers:
        index = fiscal_quarter(move.on) - 1
        if move.source_id in project_of:
            rows[project_of[move.source_id]].quarters[index].plan -= move.amount
        if move.target_id in project_of:
            rows[project_of[move.target_id]].quarters[index].plan += move.amount
    for order in orders:
        if order.activity_id in project_of:
            index = fiscal_quarter(order.on) - 1
            rows[project_of[order.activity_id]].quarters[index].committed += order.outstanding
    for payment in payments:
        if payment.activity_id in project_of:
            index = fiscal_quarter(payment.on) - 1
            rows[project_of[payment.activity_id]].quarters[index].spent += payment.amount
    total = Status()
    for row in rows.values():
        for index, figures in enumerate(row.quarters):
            row.year.add(figures)
            if index < as_of_quarter:
                row.to_date.add(figures)
            total.quarters[index].add(figures)
        total.year.add(row.year)
        total.to_date.add(row.to_date)
    return rows, total


def activity_available(
    budget: Decimal, moved_in: Decimal, moved_out: Decimal, committed: Decimal, spent: Decimal
) -> Decimal:
    """What an activity may still give away in a transfer."""
    return budget + moved_in - moved_out - committed - spent
