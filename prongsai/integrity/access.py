"""Who may see and act on gifts, and the gates that fetch them (404 for another agency's or a
hidden gift, 403 for who may look but not act).

- Anyone working in the agency declares gifts and sees their own.
- The director and the ITA officer see every gift of the agency; the director decides.
- A gift the director declared is decided by a supervisor of the area office above; the
  supervisor sees those gifts once reported (awaiting or decided), and nothing else.
"""

from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest

from prongsai.agencies.access import agency_of, roles_of, user_of
from prongsai.agencies.models import Agency
from prongsai.agencies.roles import Role
from prongsai.integrity import queries
from prongsai.integrity.models import (
    ActivityPhoto,
    CultureActivity,
    Declaration,
    EthicsCode,
    Gift,
    GiftReport,
)

DECLARERS: frozenset[str] = frozenset(
    {
        Role.STAFF,
        Role.UNIT_HEAD,
        Role.ITA_OFFICER,
        Role.COMPLAINT_OFFICER,
        Role.ASSET_OFFICER,
        Role.DIRECTOR,
    }
)
REGISTER_READERS: frozenset[str] = frozenset({Role.DIRECTOR, Role.ITA_OFFICER})
GIFT_VIEWERS: frozenset[str] = frozenset({Role.DIRECTOR, Role.ITA_OFFICER, Role.SUPERVISOR})
DECIDERS: frozenset[str] = frozenset({Role.DIRECTOR, Role.SUPERVISOR})
SETTINGS_EDITORS: frozenset[str] = frozenset({Role.DIRECTOR})
# The No Gift Policy declaration: the ITA officer drafts and edits, the director approves.
DECLARATION_EDITORS: frozenset[str] = frozenset({Role.ITA_OFFICER, Role.DIRECTOR})
DECLARATION_APPROVERS: frozenset[str] = frozenset({Role.DIRECTOR})


def may_decide(gift: Gift, roles: frozenset[str], user_id: int) -> bool:
    """The director decides other people's gifts; a supervisor decides the director's own."""
    if gift.declared_by_head:
        return Role.SUPERVISOR in roles and gift.declarer_id != user_id
    return Role.DIRECTOR in roles and gift.declarer_id != user_id


def may_see(gift: Gift, roles: frozenset[str], user_id: int) -> bool:
    if gift.declarer_id == user_id:
        return True
    if roles & REGISTER_READERS:
        return True
    return Role.SUPERVISOR in roles and gift.declared_by_head and gift.status in queries.SENT


# ---------------------------------------------------------------- gates (one per guarded object)


def get_gift_for_staff(request: HttpRequest, pk: int, *, act: bool = False) -> Gift:
    """The agency's gift as its declarer, the register readers or the supervisor see it (404
    otherwise); `act` = decide it (the head for this gift: 403 for anyone else who sees it)."""
    gift = queries.gift_of_agency(agency_of(request), pk)
    user = user_of(request)
    roles = roles_of(request)
    if gift is None:
        raise Http404
    if not may_see(gift, roles, user.pk):
        raise Http404
    if act and not may_decide(gift, roles, user.pk):
        raise PermissionDenied
    return gift


def get_own_gift_for_staff(request: HttpRequest, pk: int, *, act: bool = False) -> Gift:
    """The person's own gift (404 for anyone else's, whatever their role): `act` = report it."""
    gift = queries.gift_of_agency(agency_of(request), pk)
    if gift is None:
        raise Http404
    if gift.declarer_id != user_of(request).pk:
        raise Http404
    return gift


def get_declaration_for_staff(request: HttpRequest, year: int, *, act: bool = False) -> Declaration:
    """The year's newest version of the agency's declaration (404 when the year has none);
    `act` = approve it (the director only: 403 for the ITA officer)."""
    declaration = queries.current_declaration(agency_of(request), year)
    if declaration is None:
        raise Http404
    if act and not roles_of(request) & DECLARATION_APPROVERS:
        raise PermissionDenied
    return declaration


def get_declaration_for_public(agency: Agency, year: int) -> Declaration | None:
    """The year's approved declaration, or None (the page then says there is none yet)."""
    return queries.approved_declaration(agency, year)


def get_activity_for_staff(request: HttpRequest, pk: int, *, act: bool = False) -> CultureActivity:
    """The agency's culture activity (404 for another agency's); the roles that reach the page
    (the ITA officer, the director) also edit it, so `act` refuses no one more."""
    activity = queries.activity_of_agency(agency_of(request), pk)
    if activity is None:
        raise Http404
    return activity


def get_activity_photo_for_staff(
    request: HttpRequest, pk: int, photo: int, *, act: bool = False
) -> ActivityPhoto:
    """A photo of the agency's activity `pk` (404 for any other), published or not."""
    found = queries.photo_of(agency_of(request), pk, photo)
    if found is None:
        raise Http404
    return found


def get_activity_photo_for_public(
    agency: Agency, pk: int, photo: int, programme: str = queries.NO_GIFT
) -> ActivityPhoto:
    """A photo of a published activity of the programme whose page asks; 404 while the
    activity is not published (or belongs to the other programme's page)."""
    found = queries.photo_of(agency, pk, photo)
    if found is None or not found.activity.published or found.activity.programme != programme:
        raise Http404
    return found


def get_ethics_code_for_staff(request: HttpRequest, *, act: bool = False) -> EthicsCode | None:
    """The agency's code of ethics, or None before it is first written; the roles that reach
    the ethics page (the ITA officer, the director) also keep it, so `act` refuses no one more."""
    return queries.ethics_code_of(agency_of(request))


def get_ethics_code_for_public(agency: Agency) -> EthicsCode | None:
    """The agency's code of ethics, or None (the page then says it is not published yet)."""
    return queries.ethics_code_of(agency)


def get_report_for_public(agency: Agency, year: int) -> GiftReport | None:
    """The year's published No Gift report, or None (the page then says it is not out yet)."""
    return queries.published_report(agency, year)
