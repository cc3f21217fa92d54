"""Who may see and change procurement records, and the gates that fetch them (404 for another
agency's record, 403 for who may look but not change).

- The asset officer (เจ้าหน้าที่พัสดุ) and the director record the plan, notices and purchases
  and write the annual report.
- Everyone else working in the agency, and the supervisor of the area office, read them.
- The public reads the published plan, the notices, the monthly summaries and the published
  annual report.
"""

from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest
from django.utils import timezone

from prongsai.agencies.access import agency_of, roles_of
from prongsai.agencies.models import Agency
from prongsai.agencies.roles import Role
from prongsai.procurement import queries, rules, summary
from prongsai.procurement.models import (
    AnnualReport,
    Notice,
    PlanItem,
    ProcurementPlan,
    Purchase,
)

EDITORS: frozenset[str] = frozenset({Role.ASSET_OFFICER, Role.DIRECTOR})
READERS: frozenset[str] = EDITORS | frozenset(
    {
        Role.STAFF,
        Role.UNIT_HEAD,
        Role.ITA_OFFICER,
        Role.COMPLAINT_OFFICER,
        Role.SUPERVISOR,
    }
)


def may_edit(request: HttpRequest) -> bool:
    return bool(roles_of(request) & EDITORS)


def _act(request: HttpRequest, act: bool) -> None:
    if act and not may_edit(request):
        raise PermissionDenied


def get_plan_item_for_staff(request: HttpRequest, pk: int, *, act: bool = False) -> PlanItem:
    item = queries.plan_item_of(agency_of(request), pk)
    if item is None:
        raise Http404
    _act(request, act)
    return item


def get_notice_for_staff(request: HttpRequest, pk: int, *, act: bool = False) -> Notice:
    notice = queries.notice_of(agency_of(request), pk)
    if notice is None:
        raise Http404
    _act(request, act)
    return notice


def get_purchase_for_staff(request: HttpRequest, pk: int, *, act: bool = False) -> Purchase:
    purchase = queries.purchase_of(agency_of(request), pk)
    if purchase is None:
        raise Http404
    _act(request, act)
    return purchase


def get_year_for_public(year: int) -> int:
    """The year, when the public pages answer for it: 404 for a year more than one ahead of
    the current fiscal year (next year's plan may be published before the year starts)."""
    if not rules.is_public_year(year, timezone.localdate()):
        raise Http404
    return year


def get_month_for_public(
    agency: Agency, year: int, month: int, *, document: bool = False
) -> summary.Month:
    """A month's สขร.1; 404 for no such month, and, for its PDF and Excel files
    (`document`), for a month that has not begun (there is nothing to print yet)."""
    if not (1 <= month <= 12):
        raise Http404
    data = summary.month_summary(agency, get_year_for_public(year), month)
    if document and data.future:
        raise Http404
    return data


def get_plan_for_public(agency: Agency, year: int) -> ProcurementPlan | None:
    """The year's published plan, or None (the page says it is not out yet)."""
    return queries.published_plan(agency, year)


def get_notice_file_for_public(agency: Agency, pk: int) -> Notice:
    """A notice's file (notices are public once recorded); 404 when it has none."""
    notice = queries.notice_of(agency, pk)
    if notice is None or not notice.file:
        raise Http404
    return notice


def get_report_for_public(agency: Agency, year: int) -> AnnualReport | None:
    return queries.published_report(agency, year)
