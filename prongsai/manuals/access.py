"""Who may do what with operating manuals.

The ITA officer writes any manual; a unit head writes the manuals of their own units (with the
units above and below them, as `agencies.access.units_of` counts them). Both submit for
approval; only the director approves, which publishes. Everyone else who works in or oversees
the agency reads.
"""

from prongsai.accounts.models import User
from prongsai.agencies.access import units_of
from prongsai.agencies.models import Agency
from prongsai.agencies.roles import SITE_ADMIN, Role
from prongsai.manuals.models import Manual

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
