"""Who may do what with the OIT checklist."""

from prongsai.agencies.roles import SITE_ADMIN, Role

# Everyone who prepares evidence or oversees it opens the checklist.
OIT_READERS: frozenset[str] = frozenset(
    {Role.ITA_OFFICER, Role.DIRECTOR, Role.UNIT_HEAD, Role.STAFF, Role.SUPERVISOR, SITE_ADMIN}
)
# The ITA officer owns the disclosure page; the director may step in.
OIT_EDITORS: frozenset[str] = frozenset({Role.ITA_OFFICER, Role.DIRECTOR})
# Item owners (unit heads, staff) may attach evidence to items they own.
EVIDENCE_WRITERS: frozenset[str] = frozenset(
    {Role.ITA_OFFICER, Role.DIRECTOR, Role.UNIT_HEAD, Role.STAFF}
)


def can_edit(roles: frozenset[str]) -> bool:
    return bool(roles & OIT_EDITORS)


def owns(
    *, answer_owner_id: int | None, answer_unit_id: int | None, user_id: int, unit_ids: set[int]
) -> bool:
    return answer_owner_id == user_id or (answer_unit_id is not None and answer_unit_id in unit_ids)
