"""Who may do what with operating manuals, and the gates that fetch them for a person (404 for
what is not this agency's or not published, 403 for who may look but not act).

The ITA officer writes any manual; a unit head writes the manuals of their own units (with the
units above and below them, as `agencies.access.units_of` counts them). Both submit for
approval; only the director approves, which publishes. Everyone else who works in or oversees
the agency reads.
"""

from django.core.exceptions import PermissionDenied
from django.http import HttpRequest

from prongsai.accounts.models import User
from prongsai.agencies.access import agency_of, roles_of, units_of, user_of
from prongsai.agencies.models import Agency
from prongsai.agencies.roles import SITE_ADMIN, Role
from prongsai.manuals import queries
from prongsai.manuals.models import Manual, ManualVersion

MANUAL_READERS: frozenset[str] = frozenset(
    {
        Role.ITA_OFFICER,
        Role.DIRECTOR,
        Role.UNIT_HEAD,
        Role.STAFF,
        Role.SUPERVISOR,
        SITE_ADMIN,
    }
)
MANUAL_WRITERS: frozenset[str] = frozenset({Role.ITA_OFFICER, Role.UNIT_HEAD})
MANUAL_APPROVERS: frozenset[str] = frozenset({Role.DIRECTOR})


def writes_any_unit(roles: frozenset[str]) -> bool:
    return Role.ITA_OFFICER in roles


def can_approve(roles: frozenset[str]) -> bool:
    return bool(roles & MANUAL_APPROVERS)


def writable_unit_ids(user: User, agency: Agency, roles: frozenset[str]) -> set[int] | None:
    """None: every unit (and manuals without one); otherwise the ids of the units allowed."""
    if writes_any_unit(roles):
        return None
    if Role.UNIT_HEAD in roles:
        return units_of(user, agency)
    return set()


def can_write(manual: Manual, unit_ids: set[int] | None) -> bool:
    """`unit_ids` from `writable_unit_ids`."""
    if unit_ids is None:
        return True
    return manual.owner_unit_id is not None and manual.owner_unit_id in unit_ids


# ---------------------------------------------------------------- gates (one per guarded object)


def get_manual_for_staff(request: HttpRequest, pk: int, *, act: bool = False) -> Manual:
    """The agency's manual with every version and its steps (404 otherwise); `act` = write it
    (edit, submit, start a version): the ITA officer any manual, a unit head their units'."""
    agency = agency_of(request)
    manual = queries.manual_for_staff(agency, pk)
    roles = roles_of(request)
    if act and not roles & MANUAL_WRITERS:
        raise PermissionDenied
    if act and not can_write(manual, writable_unit_ids(user_of(request), agency, roles)):
        raise PermissionDenied
    return manual


def get_manual_for_approval(request: HttpRequest, pk: int) -> Manual:
    """The agency's manual whose waiting version the director approves or sends back (403 for
    anyone else: approving is the director's act)."""
    manual = queries.manual_for_staff(agency_of(request), pk)
    if not can_approve(roles_of(request)):
        raise PermissionDenied
    return manual


def get_version_for_public(agency: Agency, pk: int) -> ManualVersion:
    """The newest published version of the agency's manual `pk` (404 while none is published)."""
    return queries.published_version(agency, pk)
