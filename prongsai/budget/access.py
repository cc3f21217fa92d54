"""Who may do what with the action plan and its budget, and the gates that fetch them.

- The director, the ITA officer and the asset officer edit the plan (strategies, funds, every
  project) and record spending and receipts. There is no finance role: the asset officer is the
  school's supplies officer, who sits in the budget work area (กลุ่มบริหารงบประมาณ) and keeps
  its books; the ITA officer publishes the plan as OIT evidence (O11, O12); the director owns
  the plan.
- A unit head proposes projects for their own unit(s) and edits those while the plan is a draft.
- Only the director approves; an approved plan is no longer edited here.
- The supervisor (area office) and the site administrator read.
"""

from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest

from prongsai.agencies.access import agency_of, roles_of, units_of, user_of
from prongsai.agencies.models import Agency
from prongsai.agencies.roles import SITE_ADMIN, Role
from prongsai.budget import ledger_queries, queries
from prongsai.budget.models import (
    Activity,
    Commitment,
    Fund,
    Plan,
    Project,
    Spending,
    Strategy,
    Transfer,
)

EDITORS: frozenset[str] = frozenset({Role.DIRECTOR, Role.ITA_OFFICER, Role.ASSET_OFFICER})
APPROVERS: frozenset[str] = frozenset({Role.DIRECTOR})
PROPOSERS: frozenset[str] = frozenset({Role.UNIT_HEAD})
LOOKERS: frozenset[str] = frozenset({Role.SUPERVISOR, SITE_ADMIN})
READERS: frozenset[str] = EDITORS | PROPOSERS | LOOKERS
PROJECT_WRITERS: frozenset[str] = EDITORS | PROPOSERS


def edits(roles: frozenset[str]) -> bool:
    return bool(roles & EDITORS)


def own_units(request: HttpRequest) -> set[int]:
    return units_of(user_of(request), agency_of(request))


def may_write_project(request: HttpRequest, project: Project) -> bool:
    if edits(roles_of(request)):
        return True
    return Role.UNIT_HEAD in roles_of(request) and project.unit_id in own_units(request)


# ---------------------------------------------------------------- gates (one per guarded object)


def get_plan_for_staff(request: HttpRequest, year: int, *, act: bool = False) -> Plan:
    """The agency's plan of the year (404 when there is none); `act` = edit it, record spending
    (the editors; 403 for a unit head or the supervisor)."""
    plan = queries.plan_for_staff(agency_of(request), year)
    if act and not edits(roles_of(request)):
        raise PermissionDenied
    return plan


def get_plan_for_approval(request: HttpRequest, year: int) -> Plan:
    """The agency's plan to approve: the director's act alone (403 for anyone else)."""
    plan = queries.plan_for_staff(agency_of(request), year)
    if not roles_of(request) & APPROVERS:
        raise PermissionDenied
    return plan


def get_strategy_for_staff(
    request: HttpRequest, year: int, pk: int, *, act: bool = False
) -> Strategy:
    strategy = queries.strategy_of(get_plan_for_staff(request, year), pk)
    if act and not edits(roles_of(request)):
        raise PermissionDenied
    return strategy


def get_fund_for_staff(request: HttpRequest, year: int, pk: int, *, act: bool = False) -> Fund:
    fund = queries.fund_of(get_plan_for_staff(request, year), pk)
    if act and not edits(roles_of(request)):
        raise PermissionDenied
    return fund


def get_project_for_staff(
    request: HttpRequest, year: int, pk: int, *, act: bool = False
) -> Project:
    """The plan's project (404 for another plan's); `act` = edit it and its activities (the
    editors, or the head of the project's unit; 403 for other readers)."""
    project = queries.project_of(get_plan_for_staff(request, year), pk)
    if act and not may_write_project(request, project):
        raise PermissionDenied
    return project


def get_activity_for_staff(
    request: HttpRequest, year: int, pk: int, *, act: bool = False
) -> Activity:
    activity = queries.activity_of(get_plan_for_staff(request, year), pk)
    if act and not may_write_project(request, activity.project):
        raise PermissionDenied
    return activity


def get_spending_for_staff(
    request: HttpRequest, year: int, pk: int, *, act: bool = False
) -> Spending:
    """A payment of the plan; `act` = delete it (the editors)."""
    spending = queries.spending_of(get_plan_for_staff(request, year), pk)
    if act and not edits(roles_of(request)):
        raise PermissionDenied
    return spending


def get_order_for_staff(
    request: HttpRequest, year: int, pk: int, *, act: bool = False
) -> Commitment:
    """A purchase order of the plan; `act` = cancel it (the editors)."""
    order = ledger_queries.order_of(get_plan_for_staff(request, year), pk)
    if act and not edits(roles_of(request)):
        raise PermissionDenied
    return order


def get_transfer_for_staff(
    request: HttpRequest, year: int, pk: int, *, act: bool = False
) -> Transfer:
    """A transfer of the plan; `act` = approve or refuse it (the director alone)."""
    transfer = ledger_queries.transfer_of(get_plan_for_staff(request, year), pk)
    if act and not roles_of(request) & APPROVERS:
        raise PermissionDenied
    return transfer


def get_plan_for_public(agency: Agency, year: int) -> Plan | None:
    """The approved plan of the year, or None (the public page then says so politely)."""
    return queries.approved_plan(agency, year)


def require(plan: Plan | None) -> Plan:
    if plan is None:
        raise Http404
    return plan
