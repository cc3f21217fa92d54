"""Reads of the gift register: bounded lists, the agency's settings, what waits for whom."""

from datetime import date

from django.db.models import Q, QuerySet

from prongsai.accounts.models import User
from prongsai.agencies.models import Agency, Membership
from prongsai.agencies.roles import Role
from prongsai.integrity.models import Gift, GiftSettings
from prongsai.lib.fiscal import fiscal_year, fiscal_year_bounds

SENT = frozenset({Gift.Status.REPORTED, Gift.Status.DECIDED})  # what the head has been told of
MAX_ROWS = 2000


def settings_of(agency: Agency) -> GiftSettings:
    """The agency's settings; the defaults (unsaved) until the director changes them."""
    found = GiftSettings.objects.filter(agency=agency).first()
    return found or GiftSettings(agency=agency)


def _gifts() -> QuerySet[Gift]:
    return Gift.objects.select_related("declarer", "decided_by")


def gift_of_agency(agency: Agency, pk: int) -> Gift | None:
    return _gifts().filter(agency=agency, pk=pk).first()


def my_gifts(agency: Agency, user: User) -> list[Gift]:
    return list(_gifts().filter(agency=agency, declarer=user)[:MAX_ROWS])


def visible_gifts(agency: Agency, user: User, roles: frozenset[str]) -> QuerySet[Gift]:
    """The gifts this person sees in the register (see access.may_see)."""
    gifts = _gifts().filter(agency=agency)
    if roles & {Role.DIRECTOR, Role.ITA_OFFICER}:
        return gifts
    seen = Q(declarer=user)
    if Role.SUPERVISOR in roles:
        seen |= Q(declared_by_head=True, status__in=SENT)
    return gifts.filter(seen)


def filtered(gifts: QuerySet[Gift], *, status: str = "", year: int | None = None) -> list[Gift]:
    if status:
        gifts = gifts.filter(status=status)
    if year is not None:
        start, end = fiscal_year_bounds(year)
        gifts = gifts.filter(received_on__range=(start, end))
    return list(gifts[:MAX_ROWS])


def years_of(agency: Agency, today: date) -> list[int]:
    """Fiscal years with gifts, and the current one, newest first."""
    days = Gift.objects.filter(agency=agency).dates("received_on", "month")
    years = {fiscal_year(day) for day in days}
    years.add(fiscal_year(today))
    return sorted(years, reverse=True)


def awaiting_decision(agency: Agency, *, by_supervisor: bool) -> list[Gift]:
    return list(
        _gifts().filter(agency=agency, status=Gift.Status.REPORTED, declared_by_head=by_supervisor)[
            :MAX_ROWS
        ]
    )


def to_report(agency: Agency, user: User) -> list[Gift]:
    return list(
        Gift.objects.filter(agency=agency, declarer=user, status=Gift.Status.TO_REPORT).order_by(
            "deadline"
        )[:MAX_ROWS]
    )


def reminders_due(today: date) -> list[Gift]:
    """Gifts not yet reported whose deadline is today or their agency's reminder days away."""
    gifts = Gift.objects.filter(status=Gift.Status.TO_REPORT, deadline__gte=today).select_related(
        "agency", "declarer"
    )
    days = {row.agency_id: row.remind_days for row in GiftSettings.objects.all()}
    due = []
    for gift in gifts:
        assert gift.deadline is not None
        left = (gift.deadline - today).days
        if left == 0 or left == days.get(gift.agency_id, GiftSettings().remind_days):
            due.append(gift)
    return due


def is_head(user: User, agency: Agency) -> bool:
    return Membership.objects.filter(user=user, agency=agency, role=Role.DIRECTOR).exists()
