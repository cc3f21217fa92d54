"""Reads about agencies, units and people."""

from collections.abc import Iterable
from typing import TypeVar

from django.db.models import Count, Prefetch, QuerySet
from django.utils import timezone

from prongsai.accounts.models import User
from prongsai.agencies.models import Agency, Invitation, Membership, Unit


def active_agencies() -> QuerySet[Agency]:
    return Agency.objects.filter(is_active=True).select_related("parent")


def ancestor_ids(agency: Agency) -> list[int]:
    """Ids of the agency's parents, nearest first. Trees are shallow (office → school)."""
    ids: list[int] = []
    parent_id = agency.parent_id
    while parent_id is not None and parent_id not in ids:
        ids.append(parent_id)
        parent_id = Agency.objects.filter(pk=parent_id).values_list("parent_id", flat=True).first()
    return ids


def descendant_ids(agency: Agency) -> list[int]:
    """Ids of every agency below this one, one query per level."""
    found: list[int] = []
    frontier = [agency.pk]
    while frontier:
        frontier = [
            pk
            for pk in Agency.objects.filter(parent_id__in=frontier).values_list("pk", flat=True)
            if pk not in found
        ]
        found.extend(frontier)
    return found


def agencies_below(agency: Agency) -> QuerySet[Agency]:
    return active_agencies().filter(pk__in=descendant_ids(agency))


def agency_tree_rows(agencies: Iterable[Agency]) -> list[tuple[Agency, int]]:
    """Agencies in tree order with their depth, for indented lists."""
    return _tree_rows(list(agencies))


def unit_tree_rows(agency: Agency) -> list[tuple[Unit, int]]:
    units = list(Unit.objects.filter(agency=agency).select_related("parent"))
    return _tree_rows(units)


T = TypeVar("T", Agency, Unit)


def _tree_rows(items: list[T]) -> list[tuple[T, int]]:
    by_parent: dict[int | None, list[T]] = {}
    present = {item.pk for item in items}
    for item in items:
        parent = item.parent_id if item.parent_id in present else None
        by_parent.setdefault(parent, []).append(item)
    rows: list[tuple[T, int]] = []

    def walk(parent: int | None, depth: int) -> None:
        for item in by_parent.get(parent, []):
            rows.append((item, depth))
            walk(item.pk, depth + 1)

    walk(None, 0)
    return rows


def members_of(agency: Agency) -> QuerySet[User]:
    """People with at least one role in the agency, each with those memberships prefetched."""
    return (
        User.objects.filter(memberships__agency=agency)
        .distinct()
        .order_by("first_name", "last_name", "username")
        .prefetch_related(
            Prefetch(
                "memberships",
                queryset=Membership.objects.filter(agency=agency).select_related("unit"),
                to_attr="agency_memberships",
            )
        )
    )


def agencies_of(user: User) -> QuerySet[Agency]:
    return active_agencies().filter(memberships__user=user).distinct()


def pending_invitations(agency: Agency) -> QuerySet[Invitation]:
    """Invitations of the agency still waiting for an answer (expired ones left out)."""
    return (
        Invitation.objects.filter(
            agency=agency, status=Invitation.Status.PENDING, expires_at__gt=timezone.now()
        )
        .select_related("invited_by")
        .order_by("-created_at")
    )


def pending_invitation(*, token: str, user: User) -> Invitation | None:
    """The invitation behind an e-mailed link, only for the account it was sent to."""
    invitation: Invitation | None = (
        Invitation.objects.filter(
            token_hash=Invitation.hash_token(token),
            user=user,
            status=Invitation.Status.PENDING,
            expires_at__gt=timezone.now(),
        )
        .select_related("agency", "unit", "invited_by")
        .first()
    )
    return invitation


def agencies_with_people() -> QuerySet[Agency]:
    """Every agency with its parent and the number of people holding a role there."""
    return Agency.objects.select_related("parent").annotate(
        people=Count("memberships__user", distinct=True)
    )


def agency_by_slug(slug: str) -> Agency | None:
    return Agency.objects.filter(slug=slug).first()


def people_per_unit(agency: Agency) -> dict[int, int]:
    return dict(
        Membership.objects.filter(agency=agency, unit__isnull=False)
        .values_list("unit")
        .annotate(n=Count("user", distinct=True))
    )


def memberships_of(user: User, agency: Agency) -> list[Membership]:
    return list(Membership.objects.filter(user=user, agency=agency).select_related("unit"))


def units_by_pk(agency: Agency) -> dict[int, Unit]:
    return {unit.pk: unit for unit in Unit.objects.filter(agency=agency)}


def first_unit(agency: Agency) -> Unit | None:
    return Unit.objects.filter(agency=agency).first()
