"""What people do with the action plan: start a year, write strategies, funds, projects and
activities, approve, record receipts and spending. Each owns its transaction and refuses what
the rules refuse with a Thai message (ValidationError), nothing half-saved."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from prongsai.accounts.models import User
from prongsai.agencies.models import Agency, Unit
from prongsai.budget import rules
from prongsai.budget.models import (
    Activity,
    Commitment,
    Fund,
    Plan,
    Project,
    Receipt,
    Spending,
    Strategy,
)

# The kinds of money every school plan starts with (THAI-RULES.md §4.1): the budget, the five
# items of the 15-year free education, and the school's own income.
DEFAULT_FUNDS: list[tuple[str, str]] = [
    (Fund.Kind.BUDGET, "เงินงบประมาณ"),
    (Fund.Kind.PER_HEAD, "เงินอุดหนุนรายหัว (ค่าจัดการเรียนการสอน)"),
    (Fund.Kind.BOOKS, "ค่าหนังสือเรียน"),
    (Fund.Kind.SUPPLIES, "ค่าอุปกรณ์การเรียน"),
    (Fund.Kind.UNIFORMS, "ค่าเครื่องแบบนักเรียน"),
    (Fund.Kind.ACTIVITIES, "ค่ากิจกรรมพัฒนาคุณภาพผู้เรียน"),
    (Fund.Kind.INCOME, "เงินรายได้สถานศึกษา"),
]


def _draft(plan: Plan) -> None:
    if plan.is_approved:
        raise ValidationError(
            _("The plan of %(year)s is approved and can no longer be changed here.")
            % {"year": plan.year}
        )


@transaction.atomic
def create_plan(*, agency: Agency, year: int) -> Plan:
    if Plan.objects.filter(agency=agency, year=year).exists():
        raise ValidationError(
            _("There is already a plan for fiscal year %(year)s.") % {"year": year}
        )
    plan = Plan.objects.create(agency=agency, year=year)
    Fund.objects.bulk_create(
        Fund(plan=plan, kind=kind, name=name, order=index)
        for index, (kind, name) in enumerate(DEFAULT_FUNDS, start=1)
    )
    return plan


@transaction.atomic
def save_strategy(
    *, plan: Plan, strategy: Strategy | None, level: str, number: int, title: str
) -> Strategy:
    _draft(plan)
    clash = Strategy.objects.filter(plan=plan, level=level, number=number)
    if strategy is not None:
        clash = clash.exclude(pk=strategy.pk)
    if clash.exists():
        raise ValidationError(
            _("Strategy number %(number)s of this level is already in the plan; choose another.")
            % {"number": number}
        )
    strategy = strategy or Strategy(plan=plan)
    strategy.level, strategy.number, strategy.title = level, number, title
    strategy.save()
    return strategy


@transaction.atomic
def save_fund(
    *, plan: Plan, fund: Fund | None, name: str, estimate: Decimal, brought_forward: Decimal
) -> Fund:
    _draft(plan)
    clash = Fund.objects.filter(plan=plan, name=name)
    if fund is not None:
        clash = clash.exclude(pk=fund.pk)
    if clash.exists():
        raise ValidationError(_("The plan already has a kind of money with this name."))
    if fund is None:
        last = Fund.objects.filter(plan=plan).order_by("-order").values_list("order", flat=True)
        fund = Fund(plan=plan, kind=Fund.Kind.OTHER, order=(last.first() or 0) + 1)
    fund.name, fund.estimate, fund.brought_forward = name, estimate, brought_forward
    fund.save()
    return fund


@dataclass(frozen=True)
class ProjectData:
    number: int
    name: str
    area: str
    strategies: list[Strategy]
    unit: Unit | None
    responsible: str
    nature: str
    starts_on: date
    ends_on: date
    rationale: str
    objectives: str
    target_quantity: str
    target_quality: str
    anti_corruption: bool = False


def _check_period(plan: Plan, starts_on: date, ends_on: date) -> None:
    if ends_on < starts_on:
        raise ValidationError(_("The period ends before it starts; check the two dates."))
    if not (rules.in_year(starts_on, plan.year) and rules.in_year(ends_on, plan.year)):
        raise ValidationError(
            _("The period must fall within fiscal year %(year)s (1 October to 30 September).")
            % {"year": plan.year}
        )


@transaction.atomic
def save_project(
    *, plan: Plan, project: Project | None, data: ProjectData, by: User | None = None
) -> Project:
    _draft(plan)
    _check_period(plan, data.starts_on, data.ends_on)
    if any(strategy.plan_id != plan.pk for strategy in data.strategies):
        raise ValidationError(_("Choose strategies of this plan."))
    clash = Project.objects.filter(plan=plan, number=data.number)
    if project is not None:
        clash = clash.exclude(pk=project.pk)
    if clash.exists():
        raise ValidationError(
            _("Project number %(number)s is already in the plan; choose another.")
            % {"number": data.number}
        )
    if project is None:
        project = Project(plan=plan, proposed_by=by)
    fields: dict[str, Any] = {k: v for k, v in data.__dict__.items() if k != "strategies"}
    for key, value in fields.items():
        setattr(project, key, value)
    project.save()
    project.strategies.set(data.strategies)
    return project


@dataclass(frozen=True)
class ActivityData:
    name: str
    starts_on: date
    ends_on: date
    responsible: str
    fund: Fund
    amount: Decimal
    quarters: tuple[Decimal | None, Decimal | None, Decimal | None, Decimal | None]


@transaction.atomic
def save_activity(*, project: Project, activity: Activity | None, data: ActivityData) -> Activity:
    plan = project.plan
    _draft(plan)
    _check_period(plan, data.starts_on, data.ends_on)
    if data.fund.plan_id != plan.pk:
        raise ValidationError(_("Choose a kind of money of this plan."))
    split = rules.quarter_split(data.amount, data.quarters, data.starts_on)
    if split is None:
        raise ValidationError(
            _("The four quarters must add up to the activity's budget, or leave them all empty.")
        )
    if activity is None:
        last = project.activities.order_by("-order").values_list("order", flat=True).first()
        activity = Activity(project=project, order=(last or 0) + 1)
    activity.name, activity.responsible, activity.fund = data.name, data.responsible, data.fund
    activity.starts_on, activity.ends_on, activity.amount = (
        data.starts_on,
        data.ends_on,
        data.amount,
    )
    activity.q1, activity.q2, activity.q3, activity.q4 = split
    activity.save()
    return activity


@transaction.atomic
def approve_plan(*, plan: Plan, by: User) -> Plan:
    """The director approves the plan: it is published at /<agency>/budget/<year>/."""
    locked = Plan.objects.select_for_update().get(pk=plan.pk)
    if locked.is_approved:
        raise ValidationError(_("The plan is already approved."))
    if not Project.objects.filter(plan=locked).exists():
        raise ValidationError(_("The plan has no project yet; add the projects before approving."))
    locked.status = Plan.Status.APPROVED
    locked.approved_by = by
    locked.approved_at = timezone.now()
    locked.save(update_fields=["status", "approved_by", "approved_at"])
    return locked


def _check_day(plan: Plan, on: date) -> None:
    if not rules.in_year(on, plan.year):
        raise ValidationError(
            _("The date must fall within fiscal year %(year)s (1 October to 30 September).")
            % {"year": plan.year}
        )


@transaction.atomic
def record_spending(
    *,
    plan: Plan,
    activity: Activity,
    paid_on: date,
    amount: Decimal,
    document_no: str = "",
    description: str = "",
    by: User | None = None,
    commitment: Commitment | None = None,
) -> Spending:
    """A payment; when it pays a purchase order (`commitment`), the order's activity is the
    payment's and what the order still commits goes down by the amount."""
    if activity.project.plan_id != plan.pk:
        raise ValidationError(_("Choose an activity of this plan."))
    _check_day(plan, paid_on)
    if amount <= 0:
        raise ValidationError(_("The amount must be more than zero."))
    if commitment is not None and (commitment.activity_id != activity.pk or commitment.cancelled):
        raise ValidationError(
            _("The order paid must be an open order of the same activity; choose it again.")
        )
    try:
        return Spending.objects.create(
            commitment=commitment,
            activity=activity,
            paid_on=paid_on,
            amount=amount,
            document_no=document_no,
            description=description,
            recorded_by=by,
        )
    except IntegrityError as error:  # pragma: no cover - the activity was deleted meanwhile
        raise ValidationError(_("The activity no longer exists.")) from error


@transaction.atomic
def record_receipt(
    *,
    plan: Plan,
    fund: Fund,
    received_on: date,
    amount: Decimal,
    description: str = "",
    by: User | None = None,
) -> Receipt:
    if fund.plan_id != plan.pk:
        raise ValidationError(_("Choose a kind of money of this plan."))
    _check_day(plan, received_on)
    if amount <= 0:
        raise ValidationError(_("The amount must be more than zero."))
    return Receipt.objects.create(
        fund=fund, received_on=received_on, amount=amount, description=description, recorded_by=by
    )


@transaction.atomic
def import_plan(*, plan: Plan, rows: list[dict[str, Any]], by: User | None = None) -> int:
    """The checked rows of the plan sheet (sheet.parse_plan), all or none: one project per
    number (its fields left for the project sheet), one activity per row. Returns the number of
    projects added."""
    locked = Plan.objects.select_for_update().get(pk=plan.pk)
    _draft(locked)
    funds = {fund.pk: fund for fund in Fund.objects.filter(plan=locked)}
    projects: dict[int, Project] = {}
    for row in rows:
        number = row["number"]
        if number not in projects:
            if Project.objects.filter(plan=locked, number=number).exists():
                raise ValidationError(
                    _("Project number %(number)s is already in the plan; choose another.")
                    % {"number": number}
                )
            starts = [date.fromisoformat(r["starts_on"]) for r in rows if r["number"] == number]
            ends = [date.fromisoformat(r["ends_on"]) for r in rows if r["number"] == number]
            projects[number] = Project.objects.create(
                plan=locked,
                number=number,
                name=row["project"],
                area=row["area"],
                responsible=row["project_responsible"],
                nature=Project.Nature.CONTINUING,
                starts_on=min(starts),
                ends_on=max(ends),
                proposed_by=by,
            )
        fund = funds.get(row["fund"])
        if fund is None:
            raise ValidationError(_("Choose a kind of money of this plan."))
        save_activity(
            project=projects[number],
            activity=None,
            data=ActivityData(
                name=row["activity"],
                starts_on=date.fromisoformat(row["starts_on"]),
                ends_on=date.fromisoformat(row["ends_on"]),
                responsible=row["responsible"],
                fund=fund,
                amount=Decimal(row["amount"]),
                quarters=(None, None, None, None),
            ),
        )
    return len(projects)


def _unpaid(activities: Any) -> None:
    if Spending.objects.filter(activity__in=activities).exists():
        raise ValidationError(
            _("Payments are recorded against it, so it cannot be deleted; the plan keeps it.")
        )


@transaction.atomic
def delete_activity(*, activity: Activity) -> None:
    _draft(activity.project.plan)
    _unpaid([activity])
    activity.delete()


@transaction.atomic
def delete_project(*, project: Project) -> None:
    _draft(project.plan)
    _unpaid(project.activities.all())
    project.delete()


@transaction.atomic
def delete_spending(*, spending: Spending) -> None:
    """A payment recorded by mistake goes (the audit log keeps what it was)."""
    spending.delete()
