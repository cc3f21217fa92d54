"""Who may do what with the asset register, and the gate that fetches an asset for a person.

The asset officer and the director keep the register (add, edit, import). Every other staff
role of the agency reads it (staff will borrow from it), and so do those who oversee the agency.
"""

from django.core.exceptions import PermissionDenied
from django.http import HttpRequest

from prongsai.agencies.access import agency_of, roles_of
from prongsai.agencies.roles import SITE_ADMIN, Role
from prongsai.assets import queries
from prongsai.assets.models import Asset

ASSET_MANAGERS: frozenset[str] = frozenset({Role.ASSET_OFFICER, Role.DIRECTOR})
ASSET_READERS: frozenset[str] = frozenset(
    {
        Role.STAFF,
        Role.UNIT_HEAD,
        Role.ITA_OFFICER,
        Role.COMPLAINT_OFFICER,
        Role.ASSET_OFFICER,
        Role.DIRECTOR,
        Role.SUPERVISOR,
        SITE_ADMIN,
    }
)


def can_manage(roles: frozenset[str]) -> bool:
    return bool(roles & ASSET_MANAGERS)


# ---------------------------------------------------------------- gates (one per guarded object)


def get_asset_for_staff(request: HttpRequest, pk: int, *, act: bool = False) -> Asset:
    """The agency's asset (404 otherwise); `act` = change it: the asset officer or the director
    (403 for anyone else)."""
    asset = queries.asset_for_staff(agency_of(request), pk)
    if act and not can_manage(roles_of(request)):
        raise PermissionDenied
    return asset
