"""Who may do what with a measures plan."""

from prongsai.accounts.models import User
from prongsai.agencies.models import Agency, Membership, Unit
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


def units_of(user: User, agency: Agency) -> set[int]:
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
