"""Reads of the annual check: the checks of an agency, the assets a check covers with their
results (a page is two queries at any size), its counts, and the committee's candidates."""

from dataclasses import dataclass
from datetime import date
from typing import Any

from django.core.paginator import Page, Paginator
from django.db.models import Count, OuterRef, Q, QuerySet, Subquery
from django.shortcuts import get_object_or_404

from prongsai.accounts.models import User
from prongsai.agencies.models import Agency, Membership
from prongsai.agencies.roles import Role
from prongsai.assets import check_rules
from prongsai.assets.models import Asset, AssetCheck, CheckMember, CheckResult
from prongsai.lib.thai import to_arabic_digits
from prongsai.workdays import calendar

PAGE_SIZE = 50


def checks_of(agency: Agency) -> list[AssetCheck]:
    return list(
        AssetCheck.objects.filter(agency=agency)
        .annotate(checked=Count("results"))
        .order_by("-fiscal_year")
    )


def years_appointed(agency: Agency) -> set[int]:
    return set(AssetCheck.objects.filter(agency=agency).values_list("fiscal_year", flat=True))


def check_for_staff(agency: Agency, pk: int) -> AssetCheck:
    return get_object_or_404(
        AssetCheck.objects.filter(agency=agency).select_related("agency", "appointed_by"), pk=pk
    )


def members_of(check: AssetCheck) -> list[CheckMember]:
    order: dict[str, int] = {"chair": 0, "member": 1, "secretary": 2}
    found = list(check.members.select_related("user"))
    return sorted(found, key=lambda member: (order.get(member.role, 9), member.pk))


def is_member(check: AssetCheck, user: User) -> bool:
    return check.members.filter(user=user).exists()


def covered(check: AssetCheck) -> QuerySet[Asset]:
    """The agency's assets at 30 September of the year (acquired by then, or undated)."""
    return Asset.objects.filter(agency_id=check.agency_id).filter(
        Q(acquired_on__lte=check_rules.as_at(check.fiscal_year)) | Q(acquired_on__isnull=True)
    )


@dataclass(frozen=True)
class Progress:
    total: int
    checked: int
    by_condition: dict[str, int]

    @property
    def left(self) -> int:
        return self.total - self.checked


def progress(check: AssetCheck) -> Progress:
    total = covered(check).count()
    rows = (
        CheckResult.objects.filter(check_round=check, asset__in=covered(check))
        .values("condition")
        .annotate(n=Count("pk"))
    )
    by_condition = {row["condition"]: row["n"] for row in rows}
    return Progress(total, sum(by_condition.values()), by_condition)


def assets_page(check: AssetCheck, *, q: str = "", todo: bool = False, page: int = 1) -> Page[Any]:
    """A page of the covered assets, each with `found` (its result's condition) and
    `found_note`: two queries (count and rows) at any size."""
    result = CheckResult.objects.filter(check_round=check, asset=OuterRef("pk"))
    assets = covered(check).annotate(
        found=Subquery(result.values("condition")[:1]),
        found_note=Subquery(result.values("note")[:1]),
    )
    text = to_arabic_digits(q.strip())
    if text:
        assets = assets.filter(
            Q(number__icontains=text)
            | Q(name__icontains=text)
            | Q(serial__icontains=text)
            | Q(location__icontains=text)
        )
    if todo:
        assets = assets.filter(found__isnull=True)
    return Paginator(assets.order_by("number"), PAGE_SIZE).get_page(page)


def asset_in_check(check: AssetCheck, pk: int) -> Asset:
    return get_object_or_404(covered(check), pk=pk)


def candidates(agency: Agency) -> list[User]:
    """The agency's people (any role), each once, by name."""
    ids = Membership.objects.filter(agency=agency).values("user_id")
    return list(User.objects.filter(pk__in=ids, is_active=True).order_by("first_name", "username"))


def asset_officers(agency: Agency) -> set[int]:
    return set(
        Membership.objects.filter(agency=agency, role=Role.ASSET_OFFICER).values_list(
            "user_id", flat=True
        )
    )


def positions(agency: Agency) -> dict[int, str]:
    """Each person's position as the agency records it (the first membership that has one)."""
    found: dict[int, str] = {}
    rows = Membership.objects.filter(agency=agency).exclude(position="").order_by("pk")
    for user_id, position in rows.values_list("user_id", "position"):
        found.setdefault(user_id, position)
    return found


def results_for_documents(check: AssetCheck) -> list[tuple[Asset, CheckResult | None]]:
    """Every covered asset with its result, in number order (two queries)."""
    results = {result.asset_id: result for result in CheckResult.objects.filter(check_round=check)}
    return [(asset, results.get(asset.pk)) for asset in covered(check).order_by("number")]


def result_of(check: AssetCheck, asset: Asset) -> CheckResult | None:
    return CheckResult.objects.filter(check_round=check, asset=asset).first()


def working_days_left(check: AssetCheck, today: date) -> int:
    """Working days from today (or the start) to the deadline, both counted."""
    return calendar.working_days_between(max(today, check.starts_on), check.due_on)


def open_check_of(asset: Asset, user: User, today: date) -> AssetCheck | None:
    """The check under way that covers `asset` and has `user` on its committee (one query)."""
    checks = AssetCheck.objects.filter(
        agency_id=asset.agency_id,
        status=AssetCheck.Status.APPOINTED,
        starts_on__lte=today,
        members__user=user,
    ).order_by("-fiscal_year")
    for check in checks[:5]:
        if asset.acquired_on is None or asset.acquired_on <= check_rules.as_at(check.fiscal_year):
            return check
    return None
