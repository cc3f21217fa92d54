"""Who sees what in staff evaluation, and the gates that fetch rounds and assessments.

- Everyone working in the agency reads a round's criteria once it is published, and sees their
  own assessments.
- An assessor sees the assessments they were named for, and scores them. The director, the
  superior of everyone, may score any assessment in the assessor's stead (recorded as theirs).
- The director manages templates, staff types, rounds, and sees every assessment.
- A member of an assessment's committee reads it and scores it on their own seat.
- Nobody else sees anyone's scores: another person's assessment answers 404.
"""

from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest

from prongsai.agencies.access import agency_of, roles_of, user_of
from prongsai.agencies.roles import Role
from prongsai.evaluation import queries
from prongsai.evaluation.models import Assessment, CommitteeMember, Round, Training

STAFF: frozenset[str] = frozenset(
    {
        Role.STAFF,
        Role.UNIT_HEAD,
        Role.ITA_OFFICER,
        Role.COMPLAINT_OFFICER,
        Role.ASSET_OFFICER,
        Role.DIRECTOR,
    }
)
MANAGERS: frozenset[str] = frozenset({Role.DIRECTOR})
ASSESSORS: frozenset[str] = frozenset({Role.DIRECTOR, Role.UNIT_HEAD})
# The annual HR report: the director in full; the area office's supervisor, aggregates only.
REPORT_READERS: frozenset[str] = frozenset({Role.DIRECTOR, Role.SUPERVISOR})


def is_manager(roles: frozenset[str]) -> bool:
    return bool(roles & MANAGERS)


def may_see(
    assessment: Assessment, roles: frozenset[str], user_id: int, committee: set[int] | None = None
) -> bool:
    return (
        assessment.person_id == user_id
        or assessment.assessor_id == user_id
        or is_manager(roles)
        or user_id in (committee or set())
    )


# ---------------------------------------------------------------- gates (one per guarded object)


def get_round_for_staff(request: HttpRequest, pk: int, *, act: bool = False) -> Round:
    """A round of the agency: the director sees and manages every round; other staff read a
    published round's criteria (404 before publication); `act` = manage it (403 for staff)."""
    found = queries.round_of(agency_of(request), pk)
    if found is None:
        raise Http404
    manager = is_manager(roles_of(request))
    if found.published_on is None and not manager:
        raise Http404
    if act and not manager:
        raise PermissionDenied
    return found


def get_assessment_for_staff(request: HttpRequest, pk: int, *, act: bool = False) -> Assessment:
    """An assessment its person, its assessor or the director sees (404 for anyone else);
    `act` = score it: its assessor or the director, never the person (403)."""
    found = queries.assessment_of(agency_of(request), pk)
    user = user_of(request)
    roles = roles_of(request)
    if found is None:
        raise Http404
    if not may_see(found, roles, user.pk) and not (
        not act and may_see(found, roles, user.pk, queries.committee_ids(found))
    ):
        raise Http404
    if act and (
        found.person_id == user.pk or not (found.assessor_id == user.pk or is_manager(roles))
    ):
        raise PermissionDenied
    return found


def get_own_assessment_for_staff(
    request: HttpRequest, round_pk: int, *, act: bool = False
) -> tuple[Round, Assessment | None]:
    """The person's own assessment in a published round (the round 404s as for
    get_round_for_staff); None when the person is not in the round. Nobody reaches another
    person's assessment this way: it is looked up by the person asking."""
    found = get_round_for_staff(request, round_pk)
    return found, queries.own_assessment(found, user_of(request))


def get_seat_for_staff(
    request: HttpRequest, pk: int, *, act: bool = False
) -> tuple[Assessment | None, CommitteeMember | None]:
    """The asking person's seat on an assessment of the agency's committee: (None, None) when
    they are not on it (the page says so and names nobody); 404 for another agency's."""
    found = queries.assessment_of(agency_of(request), pk)
    if found is None:
        raise Http404
    seat = queries.seat_of(found, user_of(request))
    return (found, seat) if seat is not None else (None, None)


def get_training_for_staff(request: HttpRequest, pk: int, *, act: bool = False) -> Training:
    """A training row of the agency: the director reads every one (404 for another agency's)."""
    from prongsai.evaluation import report_queries

    found = report_queries.training_of(agency_of(request), pk)
    if found is None or not is_manager(roles_of(request)):
        raise Http404
    return found
