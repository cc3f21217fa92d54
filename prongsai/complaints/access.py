"""Who may see what of a complaint. Content is for the complaint officer (and the director
when the agency grants it); others see counts and deadlines; officers named in a case never see
it; supervisors and site administrators never see content."""

from prongsai.agencies.roles import Role
from prongsai.complaints.models import Complaint, ComplaintSettings

# Who sees the case list (references, categories, status, deadlines — never content).
CASE_LIST_ROLES: frozenset[str] = frozenset(
    {Role.COMPLAINT_OFFICER, Role.DIRECTOR, Role.ITA_OFFICER}
)
HANDLERS: frozenset[str] = frozenset({Role.COMPLAINT_OFFICER})


def settings_for(agency_id: int) -> ComplaintSettings:
    found, _created = ComplaintSettings.objects.get_or_create(agency_id=agency_id)
    return found


def is_excluded(complaint: Complaint, user_id: int) -> bool:
    return complaint.excluded.filter(pk=user_id).exists()


def can_read_content(
    *, roles: frozenset[str], complaint: Complaint, user_id: int, settings: ComplaintSettings
) -> bool:
    if is_excluded(complaint, user_id):
        return False
    if Role.COMPLAINT_OFFICER in roles:
        return True
    return bool(Role.DIRECTOR in roles and settings.director_reads_content)


def can_handle(*, roles: frozenset[str], complaint: Complaint, user_id: int) -> bool:
    """Acknowledge, assign, message, close: the complaint officer, unless excluded."""
    return bool(roles & HANDLERS) and not is_excluded(complaint, user_id)
