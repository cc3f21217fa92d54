"""Who may see what of a complaint. Content is for the complaint officer (and the director
when the agency grants it); others see counts and deadlines; officers named in a case never see
it; supervisors and site administrators never see content.

The gates (`get_complaint_for_staff`, `get_attachment_for_staff`) are the only way a staff view
reaches a case: another agency's case, or a case the person is excluded from, does not exist for
them (404); a role that may look but not act is refused (403)."""

from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest

from prongsai.agencies.access import agency_of, roles_of, user_of
from prongsai.agencies.roles import Role
from prongsai.complaints.models import ENCRYPTED_FIELDS, Attachment, Complaint, ComplaintSettings

# Who sees the case list (references, categories, status, deadlines — never content).
CASE_LIST_ROLES: frozenset[str] = frozenset(
    {Role.COMPLAINT_OFFICER, Role.DIRECTOR, Role.ITA_OFFICER}
)
# Who acts on a case (acknowledge, assign, message, note, close, exclude), unless excluded.
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


def get_complaint_for_staff(request: HttpRequest, pk: int, *, act: bool = False) -> Complaint:
    """The case of the URL's agency. 404 for another agency's case and for a person excluded
    from it (it does not exist for them); 403 with `act` for a role that only looks.

    Looking gives the case without its encrypted content (read it with
    `queries.case_content` once `can_read_content` allows); acting gives it whole."""
    cases = Complaint.objects.filter(agency=agency_of(request))
    if not act:
        cases = cases.select_related("agency", "assigned_to").defer(*ENCRYPTED_FIELDS)
    complaint = cases.filter(pk=pk).first()
    if complaint is None:
        raise Http404
    if is_excluded(complaint, user_of(request).pk):
        raise Http404
    if act and not roles_of(request) & HANDLERS:
        raise PermissionDenied
    return complaint


def get_attachment_for_reporter(complaint: Complaint, file_pk: int) -> Attachment:
    """A file the reporter attached to their case (found by its receipt): 404 for a file of
    another case and for one staff added."""
    attachment = complaint.attachments.filter(pk=file_pk, from_reporter=True).first()
    if attachment is None:
        raise Http404
    return attachment


def get_attachment_for_staff(
    request: HttpRequest, pk: int, file_pk: int, *, act: bool = False
) -> Attachment:
    """A file of the case `pk` (the reporter's or a message's). 404 as for the case, and for a
    file of another case; 403 for a person who sees the case but not its content."""
    complaint = get_complaint_for_staff(request, pk, act=act)
    if not can_read_content(
        roles=roles_of(request),
        complaint=complaint,
        user_id=user_of(request).pk,
        settings=settings_for(complaint.agency_id),
    ):
        raise PermissionDenied
    attachment = Attachment.objects.filter(complaint=complaint, pk=file_pk).first()
    if attachment is None:
        raise Http404
    attachment.complaint = complaint
    return attachment
