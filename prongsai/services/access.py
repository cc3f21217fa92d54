"""Who may do what with e-services, and the gates that fetch its objects for a person: 404 for
what is not this agency's (or not public), 403 for who may look but not act."""

from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest

from prongsai.agencies.access import agency_of, roles_of, units_of, user_of
from prongsai.agencies.models import Agency
from prongsai.agencies.roles import ALL_ROLES, SITE_ADMIN, Role
from prongsai.services.models import Request, RequestFile, Service

# The ITA officer (and the director) define services; unit heads define their unit's.
SERVICE_EDITORS: frozenset[str] = frozenset({Role.ITA_OFFICER, Role.DIRECTOR, Role.UNIT_HEAD})
# Everyone who works requests or logs walk-ins.
QUEUE_ROLES: frozenset[str] = frozenset(ALL_ROLES - {Role.SUPERVISOR}) | {SITE_ADMIN}
# Who defines any service, adds one from a template, and gives it to any unit.
SERVICE_DEFINERS: frozenset[str] = frozenset({Role.ITA_OFFICER, Role.DIRECTOR})


def may_edit_service(
    *, roles: frozenset[str], service_unit_id: int | None, unit_ids: set[int]
) -> bool:
    if roles & SERVICE_DEFINERS:
        return True
    return Role.UNIT_HEAD in roles and service_unit_id is not None and service_unit_id in unit_ids


# ---------------------------------------------------------------- gates (one per guarded object)


def get_service_for_staff(request: HttpRequest, pk: int, *, act: bool = False) -> Service:
    """One of the agency's services; `act` = change it: the ITA officer and the director any
    service, a unit head those of their units."""
    agency = agency_of(request)
    service = Service.objects.filter(agency=agency, pk=pk).first()
    if service is None:
        raise Http404
    if act and not may_edit_service(
        roles=roles_of(request),
        service_unit_id=service.owner_unit_id,
        unit_ids=units_of(user_of(request), agency),
    ):
        raise PermissionDenied
    return service


def get_request_for_staff(request: HttpRequest, pk: int, *, act: bool = False) -> Request:
    """A request filed with the agency, with its service, assignee and files; `act` = move it
    or write to its requester, which whoever works the queue may."""
    filed = (
        Request.objects.filter(agency=agency_of(request), pk=pk)
        .select_related("service", "assigned_to")
        .prefetch_related("files")
        .first()
    )
    if filed is None:
        raise Http404
    if act and not roles_of(request) & QUEUE_ROLES:
        raise PermissionDenied
    return filed


def get_request_file_for_staff(
    request: HttpRequest, pk: int, file_pk: int, *, act: bool = False
) -> RequestFile:
    """A file attached to the agency's request `pk` (read by whoever works the queue)."""
    attached = RequestFile.objects.filter(
        request__agency=agency_of(request), request__pk=pk, pk=file_pk
    ).first()
    if attached is None:
        raise Http404
    if act and not roles_of(request) & QUEUE_ROLES:
        raise PermissionDenied
    return attached


def get_service_for_public(agency: Agency, pk: int, *, member: bool = False) -> Service:
    """An active service of the agency with its steps and fields; a service for staff only
    exists for the agency's own people (`member`), for nobody else."""
    service = (
        Service.objects.filter(agency=agency, pk=pk).prefetch_related("steps", "fields").first()
    )
    if service is None:
        raise Http404
    if not service.is_active:
        raise Http404
    if service.audience == Service.Audience.STAFF and not member:
        raise Http404
    return service


def get_service_figures_for_public(agency: Agency, pk: int) -> Service:
    """A public service whose usage figures are shown (active or not: its past still counts)."""
    service = Service.objects.filter(agency=agency, pk=pk).first()
    if service is None:
        raise Http404
    if service.audience != Service.Audience.PUBLIC:
        raise Http404
    return service


def get_request_for_public(agency: Agency, tracking: str) -> Request:
    """The request with that (canonical) tracking number, for whoever holds the number."""
    filed = (
        Request.objects.filter(agency=agency, tracking=tracking)
        .select_related("service")
        .prefetch_related("messages")
        .first()
    )
    if filed is None:
        raise Http404
    return filed
