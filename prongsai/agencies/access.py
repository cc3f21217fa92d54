"""The gate: who may open which staff page of which agency.

Every staff view goes through `staff_view`, every staff API view through
`api.permissions.HasAgencyRole`; both ask `effective_roles`. Nothing else decides access.
"""

from collections.abc import Callable
from functools import wraps
from typing import TYPE_CHECKING, Any, Protocol

from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest
from django.http.response import HttpResponseBase
from django.shortcuts import get_object_or_404

from prongsai.agencies.models import Agency, Invitation, Membership, Unit
from prongsai.agencies.queries import ancestor_ids
from prongsai.agencies.roles import SITE_ADMIN, Role

if TYPE_CHECKING:
    from prongsai.accounts.models import User


def get_agency_or_404(slug: str) -> Agency:
    return get_object_or_404(Agency.objects.select_related("parent"), slug=slug, is_active=True)


def effective_roles(user: Any, agency: Agency) -> frozenset[str]:
    """The roles the user holds in this agency, plus what reaches it from above.

    - memberships in the agency itself;
    - `supervisor` when the user supervises any agency above it (an area office);
    - `site_admin` for an active superuser.
    """
    if not user.is_authenticated:
        return frozenset()
    if not user.is_active:
        return frozenset()
    roles: set[str] = set()
    if user.is_superuser:
        roles.add(SITE_ADMIN)
    scope = [agency.pk, *ancestor_ids(agency)]
    for agency_id, role in Membership.objects.filter(user=user, agency_id__in=scope).values_list(
        "agency_id", "role"
    ):
        if agency_id == agency.pk:
            roles.add(role)
        elif role == Role.SUPERVISOR:
            roles.add(Role.SUPERVISOR)
    return frozenset(roles)


class AgencyRequest(HttpRequest):
    agency: Agency
    roles: frozenset[str]


class StaffView(Protocol):
    staff_roles: frozenset[str]

    def __call__(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponseBase: ...


def staff_view(*roles: str) -> Callable[[Callable[..., HttpResponseBase]], StaffView]:
    """Guard a view under /<agency>/staff/ so only the given roles of that agency reach it.

    Anonymous → login page; no role in the agency → 404 (another agency's pages do not exist
    for you); a role here but not an allowed one → 403. The view receives the agency and finds
    the user's roles on `request.roles`.
    """
    allowed = frozenset(roles)

    def decorate(view: Callable[..., HttpResponseBase]) -> StaffView:
        @wraps(view)
        def guarded(request: HttpRequest, agency: str, **kwargs: Any) -> HttpResponseBase:
            if not request.user.is_authenticated:
                return redirect_to_login(request.get_full_path())
            agency_obj = get_agency_or_404(agency)
            held = effective_roles(request.user, agency_obj)
            if not held:
                raise Http404
            if not held & allowed:
                raise PermissionDenied
            request.agency = agency_obj  # type: ignore[attr-defined]
            request.roles = held  # type: ignore[attr-defined]
            return view(request, agency_obj, **kwargs)

        guarded.staff_roles = allowed  # type: ignore[attr-defined]
        return guarded  # type: ignore[return-value]

    return decorate


def site_admin_view(view: Callable[..., HttpResponseBase]) -> StaffView:
    """Guard an installation-wide page (/staff/…) for site administrators only."""

    @wraps(view)
    def guarded(request: HttpRequest, **kwargs: Any) -> HttpResponseBase:
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        if not request.user.is_superuser:
            raise PermissionDenied
        return view(request, **kwargs)

    guarded.staff_roles = frozenset({SITE_ADMIN})  # type: ignore[attr-defined]
    return guarded  # type: ignore[return-value]


def agency_of(request: HttpRequest) -> Agency:
    """The agency of the URL, as `staff_view` found it: what every gate fetches through."""
    agency: Agency = request.agency  # type: ignore[attr-defined]
    return agency


def roles_of(request: HttpRequest) -> frozenset[str]:
    """The roles `staff_view` found for the person in the URL's agency."""
    roles: frozenset[str] = request.roles  # type: ignore[attr-defined]
    return roles


def user_of(request: HttpRequest) -> "User":
    """The signed-in person of a staff view (staff_view has already refused anyone else)."""
    from prongsai.accounts.models import User

    user = request.user
    assert isinstance(user, User)
    return user


def can_manage_people(roles: frozenset[str]) -> bool:
    return bool(roles & {SITE_ADMIN, Role.DIRECTOR})


def units_of(user: "User", agency: Agency) -> set[int]:
    """The person's units in the agency, with every unit above and below them."""
    own = set(
        Membership.objects.filter(user=user, agency=agency, unit__isnull=False).values_list(
            "unit_id", flat=True
        )
    )
    parents = dict(Unit.objects.filter(agency=agency).values_list("pk", "parent_id"))
    related = set(own)
    for unit_id in own:  # up: a section belongs to its division
        parent = parents.get(unit_id)
        while parent is not None and parent not in related:
            related.add(parent)
            parent = parents.get(parent)
    changed = True
    while changed:  # down: a division head answers for its sections
        changed = False
        for unit_id, parent in parents.items():
            if parent in own and unit_id not in own:
                own.add(unit_id)
                related.add(unit_id)
                changed = True
    return related


# ---------------------------------------------------------------- the gates of the agency's objects
# Same inputs everywhere: the staff request (after staff_view), the URL's key. 404 for what belongs
# to another agency or is not managed here.


def get_unit_for_staff(request: HttpRequest, pk: int) -> Unit:
    return get_object_or_404(Unit, agency=agency_of(request), pk=pk)


def get_person_for_staff(request: HttpRequest, pk: int) -> "User":
    """Someone with a role here; never a site administrator's account (not managed here)."""
    from prongsai.accounts.models import User

    people = User.objects.filter(
        memberships__agency=agency_of(request), is_superuser=False
    ).distinct()
    return get_object_or_404(people, pk=pk)


def get_pending_invitation_for_staff(request: HttpRequest, pk: int) -> Invitation:
    return get_object_or_404(
        Invitation, agency=agency_of(request), pk=pk, status=Invitation.Status.PENDING
    )
