"""Who may do what with e-services."""

from prongsai.agencies.roles import ALL_ROLES, SITE_ADMIN, Role

# The ITA officer (and the director) define services; unit heads define their unit's.
SERVICE_EDITORS: frozenset[str] = frozenset({Role.ITA_OFFICER, Role.DIRECTOR, Role.UNIT_HEAD})
# Everyone who works requests or logs walk-ins.
QUEUE_ROLES: frozenset[str] = frozenset(ALL_ROLES - {Role.SUPERVISOR}) | {SITE_ADMIN}


def may_edit_service(
    *, roles: frozenset[str], service_unit_id: int | None, unit_ids: set[int]
) -> bool:
    if roles & {Role.ITA_OFFICER, Role.DIRECTOR}:
        return True
    return Role.UNIT_HEAD in roles and service_unit_id is not None and service_unit_id in unit_ids
