"""Reads for plan against committed against spent, purchase orders and transfers: each a
bounded number of queries (the ledger's arithmetic is ledger.py)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from django.db.models import DecimalField, Q, QuerySet, Sum, Value
from django.db.models.functions import Coalesce
from django.http import Http404

from prongsai.budget import ledger
from prongsai.budget.models import Activity, Commitment, Plan, Project, Spending, Transfer
from prongsai.lib.fiscal import fiscal_quarter, fiscal_year_bounds

ZERO = Decimal("0.00")
_MONEY = DecimalField(max_digits=14, decimal_places=2)  # type: ignore[var-annotated]


def as_of_quarter(year: int, today: date) -> int:
    """How many quarters of the fiscal year have begun by `today` (0 before, 4 after)."""
    first, last = fiscal_year_bounds(year)
    if today < first:
        return 0
    if today > last:
        return 4
    return fiscal_quarter(today)


def orders(plan: Plan, activity_ids: list[int] | None = None) -> list[ledger.Order]:
    """Every purchase order of the plan with what has been paid against it: one query."""
    found = Commitment.objects.filter(activity__project__plan=plan)
    if activity_ids is not None:
        found = found.filter(activity_id__in=activity_ids)
    rows = found.annotate(
        paid_sum=Coalesce(Sum("payments__amount"), Value(ZERO), output_field=_MONEY)
    ).values_list("activity_id", "committed_on", "amount", "paid_sum", "cancelled")
    return [ledger.Order(a, on, amount, paid, cancelled) for a, on, amount, paid, cancelled in rows]


def moves(plan: Plan) -> list[ledger.Moved]:
    rows = Transfer.objects.filter(plan=plan, status=Transfer.Status.APPROVED).values_list(
        "source_id", "target_id", "on", "amount"
    )
    return [ledger.Moved(*row) for row in rows]


@dataclass
class ProjectStatus:
    project: Project
    status: ledger.Status


def status(
    plan: Plan,
    today: date,
    *,
    project: Project | None = None,
    project_ids: list[int] | None = None,
) -> tuple[list[ProjectStatus], ledger.Status]:
    """Plan, committed and spent per project, quarter and to date, as things stood at the end
    of `today` (later payments and orders left out): 5 queries."""
    projects = Project.objects.filter(plan=plan).order_by("number")
    if project is not None:
        projects = projects.filter(pk=project.pk)
    if project_ids is not None:
        projects = projects.filter(pk__in=project_ids)
    project_list = list(projects)
    activities = [
        ledger.PlannedActivity(pk, project_id, (q1, q2, q3, q4))
        for pk, project_id, q1, q2, q3, q4 in Activity.objects.filter(
            project__in=project_list
        ).values_list("pk", "project_id", "q1", "q2", "q3", "q4")
    ]
    payments = [
        ledger.Payment(*row)
        for row in Spending.objects.filter(
            activity__project__in=project_list, paid_on__lte=today
        ).values_list("activity_id", "paid_on", "amount")
    ]
    rows, total = ledger.status(
        [p.pk for p in project_list],
        activities,
        [move for move in moves(plan) if move.on <= today],
        [order for order in orders(plan) if order.on <= today],
        payments,
        as_of_quarter=as_of_quarter(plan.year, today),
    )
    return [ProjectStatus(p, rows[p.pk]) for p in project_list], total


def available(activity: Activity) -> Decimal:
    """What the activity may still give away: its budget with approved transfers, less
    what is committed and spent; 4 queries."""
    moved = Transfer.objects.filter(status=Transfer.Status.APPROVED).aggregate(
        moved_in=Coalesce(
            Sum("amount", filter=Q(target=activity)), Value(ZERO), output_field=_MONEY
        ),
        moved_out=Coalesce(
            Sum("amount", filter=Q(source=activity)), Value(ZERO), output_field=_MONEY
        ),
    )
    spent = Spending.objects.filter(activity=activity).aggregate(
        total=Coalesce(Sum("amount"), Value(ZERO), output_field=_MONEY)
    )["total"]
    committed = sum(
        (order.outstanding for order in orders(activity.project.plan, [activity.pk])), ZERO
    )
    return ledger.activity_available(
        activity.amount, moved["moved_in"], moved["moved_out"], committed, spent
    )


def open_orders(plan: Plan) -> list[Commitment]:
    """The orders not cancelled, newest first, with what has been paid: one query."""
    return list(
        Commitment.objects.filter(activity__project__plan=plan)
        .select_related("activity", "activity__project")
        .annotate(paid_sum=Coalesce(Sum("payments__amount"), Value(ZERO), output_field=_MONEY))
        .order_by("cancelled", "-committed_on", "-pk")[:200]
    )


def order_choices(plan: Plan) -> QuerySet[Commitment]:
    return Commitment.objects.filter(activity__project__plan=plan, cancelled=False).select_related(
        "activity"
    )


def order_of(plan: Plan, pk: int) -> Commitment:
    found = (
        Commitment.objects.filter(activity__project__plan=plan, pk=pk)
        .select_related("activity", "activity__project")
        .first()
    )
    if found is None:
        raise Http404
    return found


def transfers(plan: Plan) -> list[Transfer]:
    return list(
        Transfer.objects.filter(plan=plan)
        .select_related("source", "source__project", "target", "target__project", "decided_by")
        .order_by("-on", "-pk")
    )


def transfer_of(plan: Plan, pk: int) -> Transfer:
    found = (
        Transfer.objects.filter(plan=plan, pk=pk)
        .select_related("source", "source__project", "target", "target__project")
        .first()
    )
    if found is None:
        raise Http404
    return found
