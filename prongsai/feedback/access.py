"""Who may do what with questions and suggestions, and the gates that fetch them.

The ITA officer and the director see every question, assign, answer and hide. A staff member or
unit head sees and answers what is assigned to them or to their unit. The supervisor reads every
question and acts on none.
"""

from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest

from prongsai.agencies.access import agency_of, get_agency_or_404, roles_of, units_of, user_of
from prongsai.agencies.roles import SITE_ADMIN, Role
from prongsai.feedback import plan_queries, queries, survey_queries
from prongsai.feedback.models import Category, ImprovementAction, Question, Survey

HANDLERS: frozenset[str] = frozenset({Role.ITA_OFFICER, Role.DIRECTOR})
ASSIGNEES: frozenset[str] = frozenset({Role.STAFF, Role.UNIT_HEAD})
LOOKERS: frozenset[str] = frozenset({Role.SUPERVISOR, SITE_ADMIN})
READERS: frozenset[str] = HANDLERS | ASSIGNEES | LOOKERS
ANSWERERS: frozenset[str] = HANDLERS | ASSIGNEES


def sees_all(roles: frozenset[str]) -> bool:
    return bool(roles & (HANDLERS | LOOKERS))


def handles(roles: frozenset[str]) -> bool:
    return bool(roles & HANDLERS)


def is_assignee(request: HttpRequest, question: Question) -> bool:
    if question.assigned_user_id is not None:
        return question.assigned_user_id == user_of(request).pk
    return question.assigned_unit_id in units_of(user_of(request), agency_of(request))


# ---------------------------------------------------------------- gates (one per guarded object)


def get_question_for_staff(request: HttpRequest, pk: int, *, act: bool = False) -> Question:
    """The agency's question (404 otherwise, and for a staff member it is not assigned to);
    `act` = answer it: the ITA officer, the director or the assignee (403 for the supervisor)."""
    question = queries.question_for_staff(agency_of(request), pk)
    roles = roles_of(request)
    if not sees_all(roles) and not is_assignee(request, question):
        raise Http404
    if act and not roles & ANSWERERS:
        raise PermissionDenied
    if act and not handles(roles) and not is_assignee(request, question):
        raise PermissionDenied
    return question


def get_question_for_handling(request: HttpRequest, pk: int) -> Question:
    """The agency's question to assign or hide: the ITA officer's or the director's act (403 for
    anyone else who may see it, 404 for anyone who may not)."""
    question = get_question_for_staff(request, pk)
    if not handles(roles_of(request)):
        raise PermissionDenied
    return question


def get_category_for_staff(request: HttpRequest, pk: int, *, act: bool = False) -> Category:
    """The agency's category; `act` = change it or its rule (the ITA officer or the director)."""
    category = queries.category_for_staff(agency_of(request), pk)
    if act and not handles(roles_of(request)):
        raise PermissionDenied
    return category


# ---------------------------------------------------------------- surveys
# The ITA officer and the director build every survey; a unit head builds their unit's. Staff
# and unit heads see the agency-wide surveys and their units' ones, and type in paper answers;
# the supervisor reads every survey.

SURVEY_BUILDERS: frozenset[str] = HANDLERS | {Role.UNIT_HEAD}
SURVEY_ENTERERS: frozenset[str] = HANDLERS | ASSIGNEES
SURVEY_READERS: frozenset[str] = READERS


def survey_units(request: HttpRequest) -> set[int] | None:
    """The units whose surveys this person sees; None = every survey of the agency."""
    if sees_all(roles_of(request)):
        return None
    return units_of(user_of(request), agency_of(request))


def may_build(request: HttpRequest) -> bool:
    return bool(roles_of(request) & SURVEY_BUILDERS)


def get_survey_for_staff(request: HttpRequest, pk: int, *, act: bool = False) -> Survey:
    """The agency's survey (404 for another agency's, and to a unit head or staff member for a
    survey of a unit not theirs; the agency-wide ones they see); `act` = change it: the ITA
    officer or the director, a unit head for their unit's (403 for the others)."""
    survey = survey_queries.survey_for_staff(agency_of(request), pk)
    units = survey_units(request)
    if units is not None and survey.unit_id is not None and survey.unit_id not in units:
        raise Http404
    if act and not may_change(request, survey):
        raise PermissionDenied
    return survey


def may_change(request: HttpRequest, survey: Survey) -> bool:
    """The ITA officer and the director change any survey, a unit head their unit's."""
    roles = roles_of(request)
    units = survey_units(request)
    own_unit = Role.UNIT_HEAD in roles and units is not None and survey.unit_id in units
    return handles(roles) or own_unit


def get_survey_for_entry(request: HttpRequest, pk: int) -> Survey:
    """The survey to type paper answers into (403 for the supervisor)."""
    survey = get_survey_for_staff(request, pk)
    if not roles_of(request) & SURVEY_ENTERERS:
        raise PermissionDenied
    return survey


def get_survey_for_public(agency: str, pk: int) -> Survey:
    """Any survey of an active agency by its number (the page says when it is not open)."""
    return survey_queries.survey_for_staff(get_agency_or_404(agency), pk)


# ---------------------------------------------------------------- the improvement plan
# Whoever may change the survey builds its plan; progress is also recorded by the members of
# the unit an action belongs to (their units with the ones above and below). The supervisor reads.


def may_record(request: HttpRequest, action: ImprovementAction) -> bool:
    if may_change(request, action.survey):
        return True
    roles = roles_of(request)
    if not roles & ANSWERERS or action.unit_id is None:
        return False
    return action.unit_id in units_of(user_of(request), agency_of(request))


def get_action_for_staff(
    request: HttpRequest, pk: int, aid: int, *, act: bool = False
) -> ImprovementAction:
    """An action of the plan of a survey this person sees (404 otherwise); `act` = change or
    remove it, as for the survey (403 for the others)."""
    survey = get_survey_for_staff(request, pk, act=act)
    action = plan_queries.action_of(survey, aid)
    action.survey = survey
    return action


def get_action_for_progress(request: HttpRequest, pk: int, aid: int) -> ImprovementAction:
    """An action to record progress on: as for changing it, or a member of its unit (403 for
    the others who may see it)."""
    action = get_action_for_staff(request, pk, aid)
    if not may_record(request, action):
        raise PermissionDenied
    return action
