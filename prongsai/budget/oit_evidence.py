"""The budget module's answers to the OIT: the approved action plan of the fiscal year (O11 of
2566, "แผนดำเนินงานและการใช้งบประมาณประจำปี") and its six-month monitoring report (O12,
"รายงานการกำกับติดตามการดำเนินงานและการใช้งบประมาณ ประจำปี รอบ 6 เดือน"), offered once the
round (1 October – 31 March) is over."""

from collections.abc import Sequence
from datetime import date

from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from prongsai.agencies.evidence import Generated
from prongsai.agencies.models import Agency
from prongsai.budget.models import Plan
from prongsai.lib.fiscal import half_year_bounds

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
