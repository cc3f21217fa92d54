"""Reads of the questions module: bounded lists and the public figures."""

from dataclasses import dataclass
from datetime import date

from django.core.paginator import Page, Paginator
from django.db.models import Case, Q, QuerySet, Value, When
from django.http import Http404
from django.utils import timezone

from prongsai.accounts.models import User
from prongsai.agencies.models import Agency, Membership, Unit
from prongsai.feedback.models import DEFAULT_ANSWER_DAYS, Category, FeedbackSettings, Question
from prongsai.lib.fiscal import fiscal_month_order, fiscal_year_bounds, median, month_label

Status = Question.Status
PUBLIC_PAGE_SIZE = 50
STAFF_PAGE_SIZE = 200

# The default categories: a school's four work areas and "other" (data, so in Thai).
DEFAULT_CATEGORIES = (
    "งานวิชาการ",
    "งานการเงินและงบประมาณ",
    "งานบริหารทั่วไป",
    "งานบุคคล",
    "อื่น ๆ",
)


def answer_days(agency: Agency) -> int:
    days = FeedbackSettings.objects.filter(agency=agency).values_list("answer_days", flat=True)
    return next(iter(days), DEFAULT_ANSWER_DAYS)


def categories(agency: Agency) -> QuerySet[Category]:
    return Category.objects.filter(agency=agency).select_related("assign_user", "assign_unit")


def units(agency: Agency) -> QuerySet[Unit]:
    return Unit.objects.filter(agency=agency).order_by("order", "name_th")


def people(agency: Agency) -> QuerySet[User]:
    return (
        User.objects.filter(memberships__agency=agency, is_active=True)
        .distinct()
        .order_by("first_name", "username")
    )


def unit_member_emails(unit: Unit) -> list[str]:
    return sorted(
        set(
            Membership.objects.filter(
                agency_id=unit.agency_id, unit=unit, user__is_active=True
            ).values_list("user__email", flat=True)
        )
        - {""}
    )


def published(agency: Agency) -> QuerySet[Question]:
    """What the public page shows: answered, neither private nor hidden."""
    return Question.objects.filter(
        agency=agency,
        status=Status.ANSWERED,
        asked_private=False,
        kept_private=False,
    )


def public_page(agency: Agency, number: str | None) -> Page[Question]:
    """One page of the published answers, newest first (a wrong or too high number gives the
    nearest page): two queries."""
    rows = published(agency).select_related("category").order_by("-answered_at", "-pk")
    return Paginator(rows, PUBLIC_PAGE_SIZE).get_page(number)


def assigned_to(user: User, unit_ids: set[int]) -> Q:
    return Q(assigned_user=user) | Q(assigned_user__isnull=True, assigned_unit__in=unit_ids)


def staff_questions(
    agency: Agency, *, sees_all: bool, user: User, unit_ids: set[int], status: str = ""
) -> list[Question]:
    rows = Question.objects.filter(agency=agency)
    if not sees_all:
        rows = rows.filter(assigned_to(user, unit_ids))
    if status in Status.values:
        rows = rows.filter(status=status)
    # Open questions first, the soonest due on top; then answered, newest first; hidden last.
    place = Case(
        When(status__in=[Status.NEW, Status.ASSIGNED], then=Value(0)),
        When(status=Status.ANSWERED, then=Value(1)),
        default=Value(2),
    )
    return list(
        rows.select_related("category", "assigned_user", "assigned_unit")
        .annotate(place=place)
        .order_by("place", "due_on", "-answered_at", "-pk")[:STAFF_PAGE_SIZE]
    )


def question_for_staff(agency: Agency, pk: int) -> Question:
    question = (
        Question.objects.filter(agency=agency, pk=pk)
        .select_related("category", "assigned_user", "assigned_unit", "answered_by")
        .first()
    )
    if question is None:
        raise Http404
    return question


def category_for_staff(agency: Agency, pk: int) -> Category:
    category = Category.objects.filter(agency=agency, pk=pk).first()
    if category is None:
        raise Http404
    return category


def overdue(today: date) -> QuerySet[Question]:
    return Question.objects.filter(
        status__in=[Status.NEW, Status.ASSIGNED], due_on__lt=today
    ).select_related("agency", "assigned_user", "assigned_unit")


@dataclass(frozen=True)
class Tally:
    received: int
    answered: int
    median_days: float | None


def _count(rows: list[tuple[str, int | None]]) -> Tally:
    days = [d for status, d in rows if status == Status.ANSWERED and d is not None]
    return Tally(
        received=len(rows),
        answered=sum(1 for status, _d in rows if status == Status.ANSWERED),
        median_days=median(days) if days else None,
    )


@dataclass(frozen=True)
class Figures:
    year: int
    received: int
    answered: int
    median_days: float | None
    months: list[tuple[str, Tally]]  # the fiscal year's months up to now: (label, figures)


def figures(agency: Agency, year: int, today: date | None = None) -> Figures:
    """Received and answered in fiscal year `year` and in each of its months (by the month a
    question arrived; hidden spam not counted), with the median answer time in working days:
    one query. Months after `today` are left out."""
    start, end = fiscal_year_bounds(year)
    rows = list(
        Question.objects.filter(agency=agency, created_at__date__range=(start, end))
        .exclude(status=Status.HIDDEN)
        .values_list("status", "answer_working_days", "created_at")
    )
    by_month: dict[tuple[int, int], list[tuple[str, int | None]]] = {}
    for status, days, created in rows:
        local = timezone.localtime(created)
        by_month.setdefault((local.year, local.month), []).append((status, days))
    last = today or timezone.localdate()
    months = [
        (month_label(ce_year, month), _count(by_month.get((ce_year, month), [])))
        for ce_year, month in fiscal_month_order(year)
        if date(ce_year, month, 1) <= last
    ]
    total = _count([(status, days) for status, days, _created in rows])
    return Figures(year, total.received, total.answered, total.median_days, months)
