"""Who may do what with the OIT checklist, and the gates that fetch its guarded objects.

Staff gates take the request of a `staff_view` (it carries the agency and the person's roles)
and the object's URL key: 404 for what is not this agency's or hidden, 403 (with act=True) for
someone who may look but not change it. Public gates take the agency: 404 for what is not public.
"""

from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest

from prongsai.agencies.access import agency_of, roles_of, units_of, user_of
from prongsai.agencies.models import Agency
from prongsai.agencies.roles import SITE_ADMIN, Role
from prongsai.oit import queries
from prongsai.oit.models import ActivityPhoto, Answer, Checklist, Evidence, EvidenceFile, Item

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


def writes_item(request: HttpRequest, answer: Answer | None) -> bool:
    """An editor, or a writer who owns the item's answer (as a person or through a unit)."""
    roles = roles_of(request)
    if can_edit(roles):
        return True
    if not roles & EVIDENCE_WRITERS:
        return False
    if answer is None:
        return False
    return owns(
        answer_owner_id=answer.owner_user_id,
        answer_unit_id=answer.owner_unit_id,
        user_id=user_of(request).pk,
        unit_ids=units_of(user_of(request), agency_of(request)),
    )


# Public gates.


def get_checklist_for_public(agency: Agency, year: int) -> Checklist:
    """The list the agency answers in the year (chosen, else the default one)."""
    checklist = queries.checklist_for(agency, year)
    if checklist is None:
        raise Http404
    return checklist


def get_item_for_public(agency: Agency, year: int, code: str) -> Item:
    """An item of the year's list: its page exists (it says so when it is not published)."""
    checklist = get_checklist_for_public(agency, year)
    item = Item.objects.filter(checklist=checklist, code=code).select_related("checklist").first()
    if item is None:
        raise Http404
    return item


def get_evidence_file_for_public(agency: Agency, year: int, code: str, pk: int) -> EvidenceFile:
    """The newest version of an uploaded file of a published item."""
    item = get_item_for_public(agency, year, code)
    evidence = (
        Evidence.objects.select_related("answer")
        .filter(pk=pk, kind=Evidence.Kind.FILE, answer__agency=agency, answer__item=item)
        .first()
    )
    if evidence is None:
        raise Http404
    if evidence.answer.status != Answer.Status.PUBLISHED:
        raise Http404
    version = EvidenceFile.objects.filter(evidence=evidence).order_by("-version").first()
    if version is None:
        raise Http404
    return version


def get_activity_photo_for_public(agency: Agency, pk: int) -> ActivityPhoto:
    """A photo of an activity: every recorded activity is on the public activities page."""
    photo = ActivityPhoto.objects.filter(pk=pk, activity__agency=agency).first()
    if photo is None:
        raise Http404
    return photo


# Staff gates.


def get_item_for_staff(request: HttpRequest, year: int, code: str, *, act: bool = False) -> Item:
    """An item of the agency's list of the year; acting on it (its answer, its evidence) is
    for editors and the item's owners."""
    agency = agency_of(request)
    item = get_item_for_public(agency, year, code)
    if act and not writes_item(request, queries.answer_of(agency, item)):
        raise PermissionDenied
    return item


def get_evidence_for_staff(
    request: HttpRequest, year: int, code: str, pk: int, *, act: bool = False
) -> Evidence:
    """A piece of evidence (file or link) of an item of the agency's list."""
    item = get_item_for_staff(request, year, code, act=act)
    evidence = Evidence.objects.filter(pk=pk, answer__agency=agency_of(request), answer__item=item)
    found = evidence.first()
    if found is None:
        raise Http404
    return found


def get_evidence_file_for_staff(
    request: HttpRequest,
    year: int,
    code: str,
    pk: int,
    *,
    version: str = "",
    act: bool = False,
) -> EvidenceFile:
    """A version of an uploaded file (the newest unless `version` names one), for everyone who
    opens the agency's checklist, published or not."""
    evidence = (
        Evidence.objects.select_related("answer")
        .filter(
            pk=pk,
            kind=Evidence.Kind.FILE,
            answer__agency=agency_of(request),
            answer__item__code=code,
            answer__item__checklist__year=year,
        )
        .first()
    )
    if evidence is None:
        raise Http404
    if act and not writes_item(request, evidence.answer):
        raise PermissionDenied
    versions = EvidenceFile.objects.filter(evidence=evidence).order_by("-version")
    wanted = int(version) if version.isdigit() and len(version) <= 5 else -1  # -1: none
    found = versions.filter(version=wanted).first() if version else versions.first()
    if found is None:
        raise Http404
    return found


def get_own_checklist_for_staff(
    request: HttpRequest, pk: int | str, *, act: bool = False
) -> Checklist:
    """A list the office made itself; editing or publishing it is for the managers."""
    checklist = Checklist.objects.filter(owner=agency_of(request), pk=pk).first()
    if checklist is None:
        raise Http404
    if act and not roles_of(request) & CHECKLIST_MANAGERS:
        raise PermissionDenied
    return checklist
