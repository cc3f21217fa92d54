"""Reads for loans: every list a bounded number of queries (a list and its items in two)."""

from dataclasses import dataclass
from datetime import date, timedelta

from django.db.models import Count, Prefetch, Q, QuerySet
from django.shortcuts import get_object_or_404

from prongsai.accounts.models import User
from prongsai.agencies.models import Agency, Membership
from prongsai.agencies.roles import Role
from prongsai.assets.loan_rules import HOLDING
from prongsai.assets.models import Asset, Loan, LoanItem, LoanSettings

BOARD_ROWS = 50


def _with_items(loans: QuerySet[Loan]) -> QuerySet[Loan]:
    items = LoanItem.objects.select_related("asset", "damage").order_by("pk")
    return loans.select_related("borrower", "approver_unit", "decided_by").prefetch_related(
        Prefetch("items", queryset=items)
    )


EXPORT_LIMIT = 50_000


def loans_to_export(agency: Agency, status: str = "") -> QuerySet[Loan]:
    """Every loan of the agency (or of one status), newest first, with borrower and items:
    three queries at any size."""
    loans = Loan.objects.filter(agency=agency)
    if status in Loan.Status.values:
        loans = loans.filter(status=status)
    return _with_items(loans).order_by("-requested_at", "-pk")[:EXPORT_LIMIT]


def loan_for_staff(agency: Agency, pk: int) -> Loan:
    return get_object_or_404(_with_items(Loan.objects.filter(agency=agency)), pk=pk)


def settings_of(agency: Agency) -> LoanSettings:
    found = LoanSettings.objects.filter(agency=agency).select_related("delegate").first()
    return found or LoanSettings(agency=agency)


def delegate_id(agency: Agency) -> int | None:
    return LoanSettings.objects.filter(agency=agency).values_list("delegate_id", flat=True).first()


def headed_units(agency: Agency, user: User) -> list[int]:
    """The units this person heads in the agency."""
    return list(
        Membership.objects.filter(
            agency=agency, user=user, role=Role.UNIT_HEAD, unit__isnull=False
        ).values_list("unit_id", flat=True)
    )


def units_with_head(agency: Agency) -> set[int]:
    return set(
        Membership.objects.filter(
            agency=agency, role=Role.UNIT_HEAD, unit__isnull=False, user__is_active=True
        ).values_list("unit_id", flat=True)
    )


def unit_heads(agency: Agency) -> list[User]:
    """The agency's active unit heads (a deputy director heads a division): the delegate
    the director may name for loans."""
    ids = Membership.objects.filter(
        agency=agency, role=Role.UNIT_HEAD, user__is_active=True
    ).values("user_id")
    return list(User.objects.filter(pk__in=ids).order_by("first_name", "last_name", "username"))


def assets_by_number(agency: Agency, numbers: list[str]) -> dict[str, Asset]:
    found = Asset.objects.filter(agency=agency, number__in=numbers).select_related(
        "responsible_unit"
    )
    return {asset.number: asset for asset in found}


PICKER_LIMIT = 20


def find_to_borrow(agency: Agency, text: str, *, picked: list[str]) -> list[Asset]:
    """The loan form's picker: the assets already picked (by number), then up to PICKER_LIMIT
    usable assets whose item, number, brand or location holds `text` (two queries at most)."""
    from prongsai.lib.thai import to_arabic_digits

    assets = Asset.objects.filter(agency=agency)
    first = list(assets.filter(number__in=picked).order_by("name", "number")) if picked else []
    words = " ".join(to_arabic_digits(text).split())[:100]
    if not words:
        return first
    found = (
        assets.filter(condition=Asset.Condition.USABLE)
        .filter(
            Q(name__icontains=words)
            | Q(number__icontains=words)
            | Q(brand_model__icontains=words)
            | Q(location__icontains=words)
        )
        .exclude(number__in=picked)
        .order_by("name", "number")[:PICKER_LIMIT]
    )
    return first + list(found)


def clashes(
    asset_ids: list[int], starts_on: date, due_on: date | None, exclude: int | None = None
) -> list[LoanItem]:
    """Items of approved or handed-over loans of these assets whose period meets this one."""
    items = LoanItem.objects.filter(asset_id__in=asset_ids, loan__status__in=HOLDING).exclude(
        loan__due_on__lt=starts_on
    )
    if due_on is not None:
        items = items.exclude(loan__starts_on__gt=due_on)
    if exclude is not None:
        items = items.exclude(loan_id=exclude)
    return list(items.select_related("asset", "loan"))


def my_loans(agency: Agency, user: User, limit: int = 100) -> list[Loan]:
    return list(_with_items(Loan.objects.filter(agency=agency, borrower=user))[:limit])


def asset_loans(asset: Asset, limit: int = 50) -> list[Loan]:
    """The asset's loans, newest first (for its page's history)."""
    loans = Loan.objects.filter(items__asset=asset).select_related("borrower")
    return list(loans.order_by("-starts_on", "-pk")[:limit])


@dataclass(frozen=True)
class Board:
    out: list[Loan]
    due_this_week: list[Loan]
    overdue: list[Loan]
    awaiting: list[Loan]
    to_hand_over: list[Loan]
    counts: dict[str, int]


def board(agency: Agency, today: date) -> Board:
    """The asset officer's board: five short lists (two queries each) and one count query."""
    loans = Loan.objects.filter(agency=agency)
    out = loans.filter(status=Loan.Status.HANDED_OVER)
    week = out.filter(due_on__gte=today, due_on__lte=today + timedelta(days=7))
    overdue = out.filter(due_on__lt=today)
    awaiting = loans.filter(status__in=(Loan.Status.REQUESTED, Loan.Status.CHECKED))
    approved = loans.filter(status=Loan.Status.APPROVED)
    handed_over = Q(status=Loan.Status.HANDED_OVER)
    counts = loans.aggregate(
        out=Count("pk", filter=handed_over),
        due_this_week=Count(
            "pk",
            filter=handed_over & Q(due_on__gte=today, due_on__lte=today + timedelta(days=7)),
        ),
        overdue=Count("pk", filter=handed_over & Q(due_on__lt=today)),
        awaiting=Count("pk", filter=Q(status__in=(Loan.Status.REQUESTED, Loan.Status.CHECKED))),
        to_hand_over=Count("pk", filter=Q(status=Loan.Status.APPROVED)),
    )
    return Board(
        out=list(_with_items(out.order_by("due_on", "pk"))[:BOARD_ROWS]),
        due_this_week=list(_with_items(week.order_by("due_on", "pk"))[:BOARD_ROWS]),
        overdue=list(_with_items(overdue.order_by("due_on", "pk"))[:BOARD_ROWS]),
        awaiting=list(_with_items(awaiting.order_by("requested_at", "pk"))[:BOARD_ROWS]),
        to_hand_over=list(_with_items(approved.order_by("starts_on", "pk"))[:BOARD_ROWS]),
        counts=counts,
    )


def to_check(agency: Agency) -> list[Loan]:
    return list(
        Loan.objects.filter(agency=agency, status=Loan.Status.REQUESTED).select_related("borrower")[
            :BOARD_ROWS
        ]
    )


def awaiting_approval(agency: Agency) -> list[Loan]:
    return list(
        Loan.objects.filter(agency=agency, status=Loan.Status.CHECKED).select_related("borrower")[
            :BOARD_ROWS
        ]
    )


def to_hand_over(agency: Agency) -> list[Loan]:
    return list(
        Loan.objects.filter(agency=agency, status=Loan.Status.APPROVED).select_related("borrower")[
            :BOARD_ROWS
        ]
    )


def mine_out(agency: Agency, user: User) -> list[Loan]:
    return list(
        Loan.objects.filter(
            agency=agency, borrower=user, status=Loan.Status.HANDED_OVER, due_on__isnull=False
        )[:BOARD_ROWS]
    )


def overdue(agency: Agency, today: date) -> list[Loan]:
    return list(
        Loan.objects.filter(
            agency=agency, status=Loan.Status.HANDED_OVER, due_on__lt=today
        ).select_related("borrower")[:BOARD_ROWS]
    )


def due_on(day: date) -> QuerySet[Loan]:
    """Every agency's loans out that fall due on `day` (for the reminders)."""
    items = LoanItem.objects.select_related("asset").order_by("pk")
    return (
        Loan.objects.filter(status=Loan.Status.HANDED_OVER, due_on=day)
        .select_related("agency", "borrower", "decided_by")
        .prefetch_related(Prefetch("items", queryset=items))
    )


def officers_emails(agency_ids: list[int]) -> dict[int, list[str]]:
    rows = Membership.objects.filter(
        agency_id__in=agency_ids, role=Role.ASSET_OFFICER, user__is_active=True
    ).values_list("agency_id", "user__email")
    found: dict[int, list[str]] = {}
    for agency_id, email in rows:
        if email:
            found.setdefault(agency_id, []).append(email)
    return found
