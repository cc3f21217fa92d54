"""Who may do what with a measures plan."""

from prongsai.accounts.models import User
from prongsai.agencies.roles import SITE_ADMIN, Role
from prongsai.measures.models import MeasureRow

# Everyone who works on or oversees the programme reads the plan in the back office.
PLAN_READERS: frozenset[str] = frozenset(
    {
        Role.ITA_OFFICER,
        Role.DIRECTOR,
        Role.UNIT_HEAD,
        Role.STAFF,
        Role.SUPERVISOR,
        SITE_ADMIN,
    }
)
# The ITA officer owns the plan; the director signs it off and may step in.
PLAN_EDITORS: frozenset[str] = frozenset({Role.ITA_OFFICER, Role.DIRECTOR})
PROGRESS_WRITERS: frozenset[str] = frozenset(
    {Role.ITA_OFFICER, Role.DIRECTOR, Role.UNIT_HEAD, Role.STAFF}
)


def can_edit_plan(roles: frozenset[str]) -> bool:
    return bool(roles & PLAN_EDITORS)


def can_record_progress(
    *, user: User, roles: frozenset[str], row: MeasureRow, unit_ids: set[int]
) -> bool:
    """The plan's owners on any row; unit heads and staff on rows of their units."""
    if roles & PLAN_EDITORS:
        return True
    if not roles & PROGRESS_WRITERS:
        return False
    responsible = {unit.pk for unit in row.responsible_units.all()}
    return bool(responsible & unit_ids)


# Evidence files of progress records: the published documents carry the progress text only,
# never its files (document.py), so no evidence file is public; the plan's readers open them.
EVIDENCE_READERS: frozenset[str] = PLAN_READERS
