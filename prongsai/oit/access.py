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


# An office's own lists: who reads them, who copies, edits and publishes them.
CHECKLIST_READERS: frozenset[str] = frozenset(
    {Role.ITA_OFFICER, Role.DIRECTOR, Role.SUPERVISOR, SITE_ADMIN}
)
CHECKLIST_MANAGERS: frozenset[str] = frozenset({Role.ITA_OFFICER, Role.DIRECTOR, SITE_ADMIN})
# Who sees the table of the schools under an office.
OVERVIEW_ROLES: frozenset[str] = frozenset(
    {Role.SUPERVISOR, Role.DIRECTOR, Role.ITA_OFFICER, SITE_ADMIN}
)


def can_edit(roles: frozenset[str]) -> bool:
    return bool(roles & OIT_EDITORS)


def owns(
    *, answer_owner_id: int | None, answer_unit_id: int | None, user_id: int, unit_ids: set[int]
) -> bool:
    return answer_owner_id == user_id or (answer_unit_id is not None and answer_unit_id in unit_ids)
