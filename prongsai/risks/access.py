"""Who may see and change the corruption-risk assessment, and the gates that fetch it (404 for
another agency's or a missing object, 403 for who may look but not act).

- The ITA officer (and the director) draft the assessment, its risks, measures and follow-ups.
- The director approves it (and returns it to draft); the officer or the director publishes it.
- Everyone working in the agency reads it; so does a supervisor of the area office above.
"""

from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest

from prongsai.agencies.access import agency_of, roles_of
from prongsai.agencies.models import Agency
from prongsai.agencies.roles import Role
from prongsai.risks import queries
from prongsai.risks.models import Assessment, Risk, RiskMeasure

EDITORS: frozenset[str] = frozenset({Role.ITA_OFFICER, Role.DIRECTOR})
APPROVERS: frozenset[str] = frozenset({Role.DIRECTOR})
READERS: frozenset[str] = frozenset(
    {
        Role.STAFF,
        Role.UNIT_HEAD,
        Role.ITA_OFFICER,
        Role.COMPLAINT_OFFICER,
        Role.ASSET_OFFICER,
        Role.DIRECTOR,
        Role.SUPERVISOR,
    }
)


def may_edit(request: HttpRequest) -> bool:
    return bool(roles_of(request) & EDITORS)


def may_approve(request: HttpRequest) -> bool:
    return bool(roles_of(request) & APPROVERS)


def get_assessment_for_staff(request: HttpRequest, year: int, *, act: bool = False) -> Assessment:
    """The agency's assessment of the year (404 when there is none); `act` = change it (the
    editors: 403 for a reader)."""
    found = queries.assessment_of(agency_of(request), year)
    if found is None:
        raise Http404
    if act and not may_edit(request):
        raise PermissionDenied
    return found


def get_risk_for_staff(request: HttpRequest, year: int, pk: int, *, act: bool = False) -> Risk:
    assessment = get_assessment_for_staff(request, year, act=act)
    found = queries.risk_of(assessment, pk)
    if found is None:
        raise Http404
    return found


def get_measure_for_staff(
    request: HttpRequest, year: int, pk: int, *, act: bool = False
) -> RiskMeasure:
    assessment = get_assessment_for_staff(request, year, act=act)
    found = queries.measure_of(assessment, pk)
    if found is None:
        raise Http404
    return found


def get_assessment_for_public(agency: Agency, year: int) -> Assessment | None:
    """The year's published assessment, or None (the page then says it is not out yet)."""
    return queries.published_assessment(agency, year)
