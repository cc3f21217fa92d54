"""The budget module's answers to the OIT: the approved action plan of the fiscal year (O11 of
2566, "แผนดำเนินงานและการใช้งบประมาณประจำปี") and its six-month monitoring report (O12,
"รายงานการกำกับติดตามการดำเนินงานและการใช้งบประมาณ ประจำปี รอบ 6 เดือน"), offered once the
round (1 October – 31 March) is over."""

from collections.abc import Sequence
from datetime import date, datetime

from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from prongsai.agencies.evidence import Generated
from prongsai.agencies.models import Agency
from prongsai.budget import report_queries
from prongsai.budget.models import Plan
from prongsai.lib.fiscal import fiscal_year_bounds, half_year_bounds

PLAN_WORDS = (
    "แผนดำเนินงานและการใช้งบประมาณ",
    "แผนการใช้จ่ายงบประมาณ",
    "แผนดำเนินงานประจำปี",
)
HALF_YEAR_WORDS = (
    "รายงานการกำกับติดตามการดำเนินงานและการใช้งบประมาณ",
    "รายงานการกำกับติดตามการใช้จ่ายงบประมาณ",
    "รายงานการกำกับติดตามการดำเนินงานประจำปี",
)
# O13 of 2566 (and the wording of other lists); not the procurement, HR or anti-corruption
# reports ("รายงานผลการจัดซื้อจัดจ้าง…", "รายงานผลการดำเนินการป้องกันการทุจริต…").
ANNUAL_WORDS = (
    "รายงานผลการดำเนินงานประจำปี",
    "รายงานผลการใช้จ่ายงบประมาณประจำปี",
)
ANTI_PLAN_WORDS = ("แผนปฏิบัติการป้องกันการทุจริต",)  # O36
ANTI_HALF_WORDS = ("รายงานการกำกับติดตามการดำเนินการป้องกันการทุจริต",)  # O37
ANTI_ANNUAL_WORDS = ("รายงานผลการดำเนินการป้องกันการทุจริต",)  # O38


def _approved(agencies: Sequence[Agency], year: int) -> dict[int, tuple[str, date | None]]:
    slugs = {agency.pk: agency.slug for agency in agencies}
    rows = Plan.objects.filter(
        agency__in=list(slugs), year=year, status=Plan.Status.APPROVED
    ).values_list("agency_id", "approved_at")
    return {
        agency_id: (slugs[agency_id], timezone.localdate(at) if at else None)
        for agency_id, at in rows
    }


def action_plan(agencies: Sequence[Agency], year: int) -> dict[int, Generated]:
    """One query for all the agencies: the approved plan, dated the day it was approved."""
    return {
        agency_id: Generated(
            url=reverse("budget:public_plan", kwargs={"agency": slug, "year": year}),
            title=_("Action plan and budget of fiscal year %(year)s") % {"year": year},
            dated_on=approved_on,
        )
        for agency_id, (slug, approved_on) in _approved(agencies, year).items()
    }


def half_year_report(
    agencies: Sequence[Agency], year: int, today: date | None = None
) -> dict[int, Generated]:
    """The six-month report of an approved plan, once 31 March has passed; dated that day."""
    last = half_year_bounds(year)[1]
    if (today or timezone.localdate()) <= last:
        return {}
    return {
        agency_id: Generated(
            url=reverse("budget:public_half_year", kwargs={"agency": slug, "year": year}),
            title=_("Six-month monitoring report of fiscal year %(year)s") % {"year": year},
            dated_on=last,
        )
        for agency_id, (slug, _approved_on) in _approved(agencies, year).items()
    }


def _slugs(agencies: Sequence[Agency]) -> dict[int, str]:
    return {agency.pk: agency.slug for agency in agencies}


def _reports(agencies: Sequence[Agency], year: int, kind: str, url: str) -> dict[int, Generated]:
    slugs = _slugs(agencies)
    title = report_queries.document_title(kind, year)
    last = fiscal_year_bounds(year)[1]
    return {
        agency_id: Generated(
            url=reverse(url, kwargs={"agency": slugs[agency_id], "year": year}),
            title=title,
            dated_on=last,
        )
        for agency_id in report_queries.published_reports(list(slugs), year, kind)
    }


def annual_report(agencies: Sequence[Agency], year: int) -> dict[int, Generated]:
    """The published annual report of the year (O13), dated the year's last day (30 September):
    the OIT asks for the previous year's, and asks the builder for that year. One query."""
    return _reports(agencies, year, report_queries.ANNUAL, "budget:public_annual")


def anti_corruption_annual(agencies: Sequence[Agency], year: int) -> dict[int, Generated]:
    """The published anti-corruption annual report (O38); one query."""
    return _reports(agencies, year, report_queries.ANTI, "budget:public_anti_annual")


def anti_corruption_plan(agencies: Sequence[Agency], year: int) -> dict[int, Generated]:
    """The approved plan's projects marked corruption prevention (O36), dated the approval;
    one query."""
    slugs = _slugs(agencies)
    return {
        agency_id: Generated(
            url=reverse(
                "budget:public_anti_plan", kwargs={"agency": slugs[agency_id], "year": year}
            ),
            title=_("Anti-corruption action plan of fiscal year %(year)s") % {"year": year},
            dated_on=timezone.localdate(at) if isinstance(at, datetime) else None,
        )
        for agency_id, at in report_queries.anti_corruption_plans(list(slugs), year)
    }


def anti_corruption_half_year(
    agencies: Sequence[Agency], year: int, today: date | None = None
) -> dict[int, Generated]:
    """The anti-corruption plan's six-month report (O37) once 31 March has passed; one query."""
    last = half_year_bounds(year)[1]
    if (today or timezone.localdate()) <= last:
        return {}
    slugs = _slugs(agencies)
    return {
        agency_id: Generated(
            url=reverse(
                "budget:public_anti_half", kwargs={"agency": slugs[agency_id], "year": year}
            ),
            title=_("Anti-corruption six-month monitoring report of fiscal year %(year)s")
            % {"year": year},
            dated_on=last,
        )
        for agency_id, _at in report_queries.anti_corruption_plans(list(slugs), year)
    }
