"""Reads of the gift register: bounded lists, the agency's settings, what waits for whom."""

from datetime import date

from django.db.models import Count, Q, QuerySet

from prongsai.accounts.models import User
from prongsai.agencies.models import Agency, Membership
from prongsai.agencies.roles import Role
from prongsai.integrity.models import (
    ActivityPhoto,
    CultureActivity,
    Declaration,
    EthicsCode,
    Gift,
    GiftReport,
    GiftSettings,
)
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


def filtered_queryset(
    gifts: QuerySet[Gift], *, status: str = "", year: int | None = None
) -> QuerySet[Gift]:
    """The gifts of a status and fiscal year (B.E.), as the register and the API filter them."""
    if status:
        gifts = gifts.filter(status=status)
    if year is not None:
        start, end = fiscal_year_bounds(year)
        gifts = gifts.filter(received_on__range=(start, end))
    return gifts


def filtered(gifts: QuerySet[Gift], *, status: str = "", year: int | None = None) -> list[Gift]:
    return list(filtered_queryset(gifts, status=status, year=year)[:MAX_ROWS])


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


# ---------------------------------------------------------------- the No Gift Policy declaration


def declarations_of(agency: Agency) -> list[Declaration]:
    """Every version of every year, newest year and version first (a few rows a year)."""
    return list(
        Declaration.objects.filter(agency=agency).select_related("approved_by", "created_by")[
            :MAX_ROWS
        ]
    )


def current_declaration(agency: Agency, year: int) -> Declaration | None:
    """The year's newest version (the draft being edited, else the approved one)."""
    return (
        Declaration.objects.filter(agency=agency, year=year)
        .select_related("approved_by", "created_by")
        .first()
    )


def approved_declaration(agency: Agency, year: int) -> Declaration | None:
    """What the public reads for the year: its newest approved version."""
    return (
        Declaration.objects.filter(agency=agency, year=year, status=Declaration.Status.APPROVED)
        .select_related("approved_by")
        .first()
    )


def declaration_years(agency: Agency) -> list[int]:
    """Years with an approved declaration, newest first."""
    return list(
        Declaration.objects.filter(agency=agency, status=Declaration.Status.APPROVED)
        .order_by("-year")
        .values_list("year", flat=True)
        .distinct()
    )


def latest_before(agency: Agency, year: int) -> Declaration | None:
    """The text a new year starts from: the newest version of the latest earlier year."""
    return Declaration.objects.filter(agency=agency, year__lt=year).first()


def director_of(agency: Agency) -> tuple[str, str]:
    """The name and position of the agency's director, as the signature block prints them."""
    found = (
        Membership.objects.filter(agency=agency, role=Role.DIRECTOR)
        .select_related("user")
        .order_by("pk")
        .first()
    )
    if found is None:
        return "", f"ผู้อำนวยการ{agency.name_th}"
    return found.user.display_name, found.position or f"ผู้อำนวยการ{agency.name_th}"


def declaration_summary(agency: Agency) -> list[tuple[int, Declaration, Declaration | None]]:
    """(year, newest version, newest approved version) for each year, newest year first."""
    years: dict[int, list[Declaration]] = {}
    for declaration in declarations_of(agency):
        years.setdefault(declaration.year, []).append(declaration)
    return [
        (
            year,
            versions[0],
            next((v for v in versions if v.status == Declaration.Status.APPROVED), None),
        )
        for year, versions in years.items()
    ]


# ---------------------------------------------------------------- No Gift culture activities


NO_GIFT = CultureActivity.Programme.NO_GIFT
ETHICS = CultureActivity.Programme.ETHICS


def activities_of(agency: Agency, programme: str = NO_GIFT) -> list[CultureActivity]:
    return list(
        CultureActivity.objects.filter(agency=agency, programme=programme)
        .annotate(photo_count=Count("photos"))
        .order_by("-held_on", "-pk")[:MAX_ROWS]  # Meta.ordering is dropped with GROUP BY
    )


def activity_of_agency(agency: Agency, pk: int) -> CultureActivity | None:
    return CultureActivity.objects.filter(agency=agency, pk=pk).prefetch_related("photos").first()


def published_activities(
    agency: Agency, year: int, programme: str = NO_GIFT
) -> list[CultureActivity]:
    """The fiscal year's published activities of a programme with their photos (two queries)."""
    start, end = fiscal_year_bounds(year)
    return list(
        CultureActivity.objects.filter(
            agency=agency, programme=programme, published=True, held_on__range=(start, end)
        ).prefetch_related("photos")[:MAX_ROWS]
    )


def photo_of(agency: Agency, activity_pk: int, pk: int) -> ActivityPhoto | None:
    return (
        ActivityPhoto.objects.filter(activity__agency=agency, activity_id=activity_pk, pk=pk)
        .select_related("activity")
        .first()
    )


def activity_years(agency: Agency, programme: str) -> set[int]:
    """Fiscal years with a published activity of the programme (one query)."""
    days = CultureActivity.objects.filter(agency=agency, programme=programme, published=True).dates(
        "held_on", "month"
    )
    return {fiscal_year(day) for day in days}


def no_gift_years(agency: Agency) -> list[int]:
    """Fiscal years with something on the public No Gift page, newest first (two queries)."""
    years = set(declaration_years(agency)) | activity_years(agency, NO_GIFT)
    return sorted(years, reverse=True)


# ---------------------------------------------------------------- ethics (O39–O40 of 2566)


def ethics_code_of(agency: Agency) -> EthicsCode | None:
    return EthicsCode.objects.filter(agency=agency).first()


def ethics_years(agency: Agency, today: date) -> list[int]:
    """Fiscal years with a published ethics activity, and the current one, newest first."""
    years = activity_years(agency, ETHICS)
    years.add(fiscal_year(today))
    return sorted(years, reverse=True)


def report_of(agency: Agency, year: int) -> GiftReport | None:
    return GiftReport.objects.filter(agency=agency, year=year).first()


def published_report(agency: Agency, year: int) -> GiftReport | None:
    return (
        GiftReport.objects.filter(agency=agency, year=year, published_at__isnull=False)
        .select_related("agency")
        .first()
    )


def declaration_drafts(agency: Agency) -> list[Declaration]:
    return list(
        Declaration.objects.filter(agency=agency, status=Declaration.Status.DRAFT).order_by("year")
    )
