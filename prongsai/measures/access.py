"""Who may do what with a measures plan, and the gates that fetch its objects for a person:
404 for what is not this agency's, 403 for who may look but not act."""

from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest

from prongsai.accounts.models import User
from prongsai.agencies.access import agency_of, roles_of, units_of, user_of
from prongsai.agencies.models import Agency
from prongsai.agencies.roles import SITE_ADMIN, Role
from prongsai.measures import queries
from prongsai.measures.models import (
    Measure,
    MeasureRow,
    Plan,
    ProgressUpdate,
    Publication,
    PublishRequest,
)

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


# The director approves a document sent for publishing (as manuals are approved).
PUBLICATION_APPROVERS: frozenset[str] = frozenset({Role.DIRECTOR})


# ---------------------------------------------------------------- gates (one per guarded object)


def get_plan_for_staff(request: HttpRequest, year: int, *, act: bool = False) -> Plan:
    """The agency's plan of `year` with its measures, rows, units and progress (404 when it
    has none); 403 when `act` and the person may not edit the plan."""
    plan = queries.plan_with_rows(agency_of(request), year)
    if plan is None:
        raise Http404
    if act and not can_edit_plan(roles_of(request)):
        raise PermissionDenied
    return plan


def get_measure_for_staff(
    request: HttpRequest, year: int, pk: int, *, act: bool = False
) -> Measure:
    """A measure of the agency's plan of `year`; `act` = change it or add a row to it."""
    measure = Measure.objects.filter(
        plan__agency=agency_of(request), plan__fiscal_year=year, pk=pk
    ).first()
    if measure is None:
        raise Http404
    if act and not can_edit_plan(roles_of(request)):
        raise PermissionDenied
    return measure


def get_row_for_staff(request: HttpRequest, year: int, pk: int, *, act: bool = False) -> MeasureRow:
    """A row of the agency's plan of `year`; `act` = edit or delete the row (the plan's
    editors). Recording progress on it is `get_row_for_progress`."""
    row = (
        MeasureRow.objects.filter(
            measure__plan__agency=agency_of(request), measure__plan__fiscal_year=year, pk=pk
        )
        .select_related("measure__plan__agency")
        .first()
    )
    if row is None:
        raise Http404
    if act and not can_edit_plan(roles_of(request)):
        raise PermissionDenied
    return row


def get_row_for_progress(request: HttpRequest, year: int, pk: int) -> MeasureRow:
    """A row the person may record progress on: the plan's owners on any row, unit heads and
    staff on the rows of their units (403 on the others)."""
    row = get_row_for_staff(request, year, pk)
    roles = roles_of(request)
    user = user_of(request)
    unit_ids = units_of(user, agency_of(request))
    if not can_record_progress(user=user, roles=roles, row=row, unit_ids=unit_ids):
        raise PermissionDenied
    return row


def get_progress_update_for_staff(
    request: HttpRequest, year: int, pk: int, *, act: bool = False
) -> ProgressUpdate:
    """A progress record of the agency's plan of `year` (its evidence file is read by the
    plan's readers); `act` = add to its row, which only the row's progress writers may."""
    update = (
        ProgressUpdate.objects.filter(
            row__measure__plan__agency=agency_of(request),
            row__measure__plan__fiscal_year=year,
            pk=pk,
        )
        .select_related("row")
        .first()
    )
    if update is None:
        raise Http404
    if act:
        get_row_for_progress(request, year, update.row_id)
    return update


def get_publish_request_for_staff(
    request: HttpRequest, year: int, pk: int, *, act: bool = False
) -> PublishRequest:
    """A document of the agency's plan of `year` sent for approval; `act` = approve it or send
    it back, which only the director may."""
    sent = (
        PublishRequest.objects.filter(
            plan__agency=agency_of(request), plan__fiscal_year=year, pk=pk
        )
        .select_related("plan", "submitted_by", "decided_by")
        .first()
    )
    if sent is None:
        raise Http404
    if act and not roles_of(request) & PUBLICATION_APPROVERS:
        raise PermissionDenied
    return sent


def get_publication_for_public(agency: Agency, year: int, kind: str | None = None) -> Publication:
    """The newest published version of the agency's document of `year`: of `kind`, or of the
    most advanced kind published (404 for an unknown kind or when nothing is published)."""
    plan = Plan.objects.filter(agency=agency, fiscal_year=year).first()
    if plan is None:
        raise Http404
    if kind is not None and kind not in Publication.Kind.values:
        raise Http404
    publication = queries.latest_publication(plan, kind)
    if publication is None:
        raise Http404
    return publication
