"""Send the monthly spending mail (the `send_budget_mail` command, for cron beside
`send_reminders`): on the first working day of each month, each unit head gets the month
just ended's spending of their unit's projects (a division's head also its sections') against
plan, and the director the whole school's; through the outbox, each message logged with its
recipients (MonthlyMail), so a second run the same month sends nothing twice."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import Sum
from django.urls import reverse

from prongsai.agencies.models import Agency, Membership, Unit
from prongsai.agencies.roles import Role
from prongsai.budget import ledger_queries, monthly
from prongsai.budget.models import MonthlyMail, Plan, Spending
from prongsai.lib.fiscal import fiscal_year
from prongsai.outbox.actions import queue_mail

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Reader:
    user_id: int
    email: str
    units: frozenset[int] | None  # None: the whole school


def _readers(agency: Agency) -> list[Reader]:
    """The director(s) and every unit head of the agency with their units and those below: 2
    queries."""
    parents = dict(Unit.objects.filter(agency=agency).values_list("pk", "parent_id"))
    found: dict[int, tuple[str, set[int] | None]] = {}
    rows = Membership.objects.filter(
        agency=agency, role__in=[Role.DIRECTOR, Role.UNIT_HEAD], user__is_active=True
    ).values_list("user_id", "user__email", "role", "unit_id")
    for user_id, email, role, unit_id in rows:
        if not email:
            continue
        current = found.get(user_id, (email, set()))
        if role == Role.DIRECTOR or current[1] is None:
            found[user_id] = (email, None)
        elif unit_id is not None:
            units = set(current[1]) | _below(unit_id, parents)
            found[user_id] = (email, units)
    return [
        Reader(user_id, email, frozenset(units) if units is not None else None)
        for user_id, (email, units) in found.items()
        if units is None or units
    ]


def _below(unit_id: int, parents: Mapping[int, int | None]) -> set[int]:
    units = {unit_id}
    changed = True
    while changed:
        changed = False
        for child, parent in parents.items():
            if parent in units and child not in units:
                units.add(child)
                changed = True
    return units


def lines(plan: Plan, first: date, last: date) -> dict[int, tuple[int | None, monthly.Line]]:
    """Every project's line (with its unit) for the month `first`–`last`: 6 queries."""
    rows, _total = ledger_queries.status(plan, last)
    month = dict(
        Spending.objects.filter(activity__project__plan=plan, paid_on__range=(first, last))
        .values_list("activity__project_id")
        .annotate(total=Sum("amount"))
        .values_list("activity__project_id", "total")
    )
    return {
        item.project.pk: (
            item.project.unit_id,
            monthly.Line(
                number=item.project.number,
                name=item.project.name,
                month_spent=month.get(item.project.pk) or Decimal("0.00"),
                spent_to_date=item.status.year.spent,
                budget_to_date=item.status.to_date.plan,
                budget=item.status.year.plan,
            ),
        )
        for item in rows
    }


def send_for_agency(agency: Agency, plan: Plan, first: date, last: date) -> int:
    """Queue each reader's mail not yet sent for the month; returns how many were queued."""
    done = set(
        MonthlyMail.objects.filter(agency=agency, month=first).values_list("user_id", flat=True)
    )
    readers = [reader for reader in _readers(agency) if reader.user_id not in done]
    if not readers:
        return 0
    by_project = lines(plan, first, last)
    path = reverse("budget:staff_spending", kwargs={"agency": agency.slug, "year": plan.year})
    link = settings.SITE_URL.rstrip("/") + path
    sent = 0
    for reader in readers:
        chosen = [
            line
            for unit_id, line in by_project.values()
            if reader.units is None or unit_id in reader.units
        ]
        if not chosen:
            continue
        whose = "ทั้งโรงเรียน" if reader.units is None else "โครงการของหน่วยงานที่ท่านรับผิดชอบ"
        subject, body = monthly.compose(
            agency=agency.name_th, first=first, whose=whose, lines=chosen, link=link
        )
        try:
            with transaction.atomic():
                MonthlyMail.objects.create(
                    agency=agency,
                    month=first,
                    user_id=reader.user_id,
                    scope=MonthlyMail.Scope.SCHOOL
                    if reader.units is None
                    else MonthlyMail.Scope.UNIT,
                    recipients=reader.email[:500],
                    projects=len(chosen),
                )
                queue_mail(to=[reader.email], subject=subject, body=body, kind="budget_monthly")
        except IntegrityError:  # another run logged it meanwhile: sent once
            continue
        sent += 1
    log.info("budget monthly mail: %s queued for %s", sent, agency.slug)
    return sent


def send_monthly_mail(today: date, *, force: bool = False) -> int:
    """Every agency with an approved plan for the month just ended; nothing before the month's
    first working day (unless `force`). Returns how many messages were queued."""
    if not force and not monthly.due(today):
        return 0
    first, last = monthly.month_reported(today)
    plans = Plan.objects.filter(year=fiscal_year(last), status=Plan.Status.APPROVED).select_related(
        "agency"
    )
    return sum(send_for_agency(plan.agency, plan, first, last) for plan in plans)
