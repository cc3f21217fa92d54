"""Reads of the budget module, each a bounded number of queries."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from django.core.paginator import Page, Paginator
from django.db.models import Prefetch, QuerySet, Sum
from django.http import Http404

from prongsai.agencies.models import Agency, Unit
from prongsai.budget import rules
from prongsai.budget.models import ZERO, Activity, Fund, Plan, Project, Receipt, Spending, Strategy


def plans_of(agency: Agency) -> list[Plan]:
    return list(Plan.objects.filter(agency=agency).order_by("-year"))


def plan_of(agency: Agency, year: int) -> Plan | None:
    return Plan.objects.filter(agency=agency, year=year).select_related("approved_by").first()


def plan_for_staff(agency: Agency, year: int) -> Plan:
    plan = plan_of(agency, year)
    if plan is None:
        raise Http404
    return plan


def approved_plan(agency: Agency, year: int) -> Plan | None:
    return (
        Plan.objects.filter(agency=agency, year=year, status=Plan.Status.APPROVED)
        .select_related("agency", "approved_by")
        .first()
    )


def newest_approved_year(agency: Agency) -> int | None:
    return (
        Plan.objects.filter(agency=agency, status=Plan.Status.APPROVED)
        .order_by("-year")
        .values_list("year", flat=True)
        .first()
    )


def approved_years(agency: Agency) -> list[int]:
    return list(
        Plan.objects.filter(agency=agency, status=Plan.Status.APPROVED)
        .order_by("-year")
        .values_list("year", flat=True)
    )


def strategy_of(plan: Plan, pk: int) -> Strategy:
    found = Strategy.objects.filter(plan=plan, pk=pk).first()
    if found is None:
        raise Http404
    return found


def fund_of(plan: Plan, pk: int) -> Fund:
    found = Fund.objects.filter(plan=plan, pk=pk).first()
    if found is None:
        raise Http404
    return found


def project_of(plan: Plan, pk: int) -> Project:
    found = (
        Project.objects.filter(plan=plan, pk=pk)
        .select_related("unit", "plan")
        .prefetch_related("strategies")
        .first()
    )
    if found is None:
        raise Http404
    return found


def activity_of(plan: Plan, pk: int) -> Activity:
    found = (
        Activity.objects.filter(project__plan=plan, pk=pk)
        .select_related("project", "project__plan", "project__unit", "fund")
        .first()
    )
    if found is None:
        raise Http404
    return found


def spending_of(plan: Plan, pk: int) -> Spending:
    found = (
        Spending.objects.filter(activity__project__plan=plan, pk=pk)
        .select_related("activity", "activity__project")
        .first()
    )
    if found is None:
        raise Http404
    return found


def strategies(plan: Plan) -> list[Strategy]:
    order = {level: index for index, level in enumerate(Strategy.Level.values)}
    found = list(Strategy.objects.filter(plan=plan))
    return sorted(found, key=lambda s: (order.get(s.level, 9), s.number))


def funds(plan: Plan) -> list[Fund]:
    return list(Fund.objects.filter(plan=plan).order_by("order", "pk"))


def units(agency: Agency) -> list[Unit]:
    return list(Unit.objects.filter(agency=agency).order_by("order", "name_th"))


def projects(plan: Plan) -> list[Project]:
    """Every project with its unit, strategies and activities (with their funds): 4 queries."""
    return list(
        Project.objects.filter(plan=plan)
        .select_related("unit")
        .prefetch_related(
            "strategies",
            Prefetch("activities", queryset=Activity.objects.select_related("fund")),
        )
        .order_by("number")
    )


def next_project_number(plan: Plan) -> int:
    last = Project.objects.filter(plan=plan).order_by("-number").values_list("number", flat=True)
    return (last.first() or 0) + 1


def activities(plan: Plan) -> list[Activity]:
    return list(
        Activity.objects.filter(project__plan=plan)
        .select_related("project", "fund")
        .order_by("project__number", "order", "pk")
    )


def fund_rows(plan: Plan) -> list[rules.FundRow]:
    return [
        rules.FundRow(f.pk, f.name, f.estimate, f.brought_forward)
        for f in Fund.objects.filter(plan=plan).order_by("order", "pk")
    ]


def allocation(plan: Plan) -> rules.AllocationTable:
    """The plan book's income estimate and allocation table: 2 queries."""
    lines = [
        rules.Line(fund_id, area, amount, (q1, q2, q3, q4))
        for fund_id, area, amount, q1, q2, q3, q4 in Activity.objects.filter(
            project__plan=plan
        ).values_list("fund_id", "project__area", "amount", "q1", "q2", "q3", "q4")
    ]
    return rules.allocation_table(fund_rows(plan), lines)


def quarter_report(plan: Plan, quarter: int) -> rules.QuarterReport:
    """The quarterly spending report: 3 queries."""
    return quarter_reports(plan, [quarter])[0]


def quarter_reports(plan: Plan, quarters: list[int]) -> list[rules.QuarterReport]:
    """The quarterly spending reports of the quarters asked: 3 queries in all."""
    receipts = [
        rules.Movement(fund_id, on, amount)
        for fund_id, on, amount in Receipt.objects.filter(fund__plan=plan).values_list(
            "fund_id", "received_on", "amount"
        )
    ]
    spent = [
        rules.Movement(fund_id, on, amount)
        for fund_id, on, amount in Spending.objects.filter(
            activity__project__plan=plan
        ).values_list("activity__fund_id", "paid_on", "amount")
    ]
    funds = fund_rows(plan)
    return [
        rules.quarter_report(funds, receipts, spent, year=plan.year, quarter=quarter)
        for quarter in quarters
    ]


@dataclass
class ProjectProgress:
    project: Project
    row: rules.ProgressRow


def progress(
    plan: Plan, first: date, last: date, *, anti_corruption: bool = False
) -> tuple[list[ProjectProgress], rules.ProgressRow]:
    """Each project's planned and spent budget between first and last: 3 queries.
    `anti_corruption`: only the projects marked corruption prevention (O36–O38)."""
    chosen = Project.objects.filter(plan=plan)
    if anti_corruption:
        chosen = chosen.filter(anti_corruption=True)
    project_list = list(chosen.select_related("unit").order_by("number"))
    activity_rows = [
        rules.ActivityRow(pk, project_id, amount)
        for pk, project_id, amount in Activity.objects.filter(project__in=chosen).values_list(
            "pk", "project_id", "amount"
        )
    ]
    paid = [
        rules.Paid(activity_id, on, amount)
        for activity_id, on, amount in Spending.objects.filter(
            activity__project__in=chosen, paid_on__range=(first, last)
        ).values_list("activity_id", "paid_on", "amount")
    ]
    result = rules.progress(
        [p.pk for p in project_list], activity_rows, paid, first=first, last=last
    )
    return [ProjectProgress(p, result.rows[p.pk]) for p in project_list], result.total


LATEST_SPENDINGS = 10
SPENDINGS_PER_PAGE = 50


def spendings(plan: Plan, page: str | None = None) -> Page[Spending]:
    """The plan's payments: without a page the LATEST_SPENDINGS recorded last (the one just
    typed shows at the top, whatever its date); with one (?page=) that page of the full list by
    date of payment, newest first, SPENDINGS_PER_PAGE a page (a page number out of range gives
    the nearest page). 2 queries."""
    order = ("-pk",) if page is None else ("-paid_on", "-pk")
    rows = (
        Spending.objects.filter(activity__project__plan=plan)
        .select_related("activity", "activity__project", "activity__fund")
        .order_by(*order)
    )
    per_page = LATEST_SPENDINGS if page is None else SPENDINGS_PER_PAGE
    return Paginator(rows, per_page).get_page(page or 1)


def receipts(plan: Plan, limit: int = 100) -> list[Receipt]:
    return list(
        Receipt.objects.filter(fund__plan=plan)
        .select_related("fund")
        .order_by("-received_on", "-pk")[:limit]
    )


def spent_total(plan: Plan) -> object:
    return (
        Spending.objects.filter(activity__project__plan=plan).aggregate(total=Sum("amount"))[
            "total"
        ]
        or ZERO
    )


def spending_qs(plan: Plan) -> QuerySet[Spending]:
    return Spending.objects.filter(activity__project__plan=plan)
