"""The procurement module's answers to OIT items (matched by the words of their Thai titles;
agencies.evidence.key_for_title: the earliest match wins).

- `procurement_plan`: the year's published plan (2566 O19 "แผนการจัดซื้อจัดจ้างหรือแผนการจัดหา
  พัสดุ", the same title in later lists), dated by its publication.
- `procurement_notices`: the year's notices (2566 O20 "ประกาศต่าง ๆ เกี่ยวกับการจัดซื้อจัดจ้าง…"),
  dated by the newest.
- `procurement_monthly`: the year's monthly สขร.1 summaries (2566 O21 "สรุปผลการจัดซื้อจัดจ้าง
  …รายเดือน"; "ความก้าวหน้าการจัดซื้อจัดจ้าง…" and "รายการการจัดซื้อจัดจ้าง…" of other lists),
  dated by the newest purchase.
- `procurement_report`: the year's published annual report (2566 O22 "รายงานผลการจัดซื้อจัดจ้าง
  …ประจำปี"; "รายงานสรุปผลการจัดซื้อจัดจ้าง…" of other lists), dated by its publication.

Each answers for many agencies in one query.
"""

from collections.abc import Sequence

from django.db.models import Max
from django.urls import reverse
from django.utils.translation import gettext as _

from prongsai.agencies.evidence import Generated
from prongsai.agencies.models import Agency
from prongsai.procurement.models import AnnualReport, Notice, ProcurementPlan, Purchase

PLAN_WORDS = ("แผนการจัดซื้อจัดจ้าง", "แผนการจัดหาพัสดุ")
NOTICE_WORDS = (
    "ประกาศต่าง ๆ เกี่ยวกับการจัดซื้อจัดจ้าง",
    "ประกาศต่างๆ เกี่ยวกับการจัดซื้อจัดจ้าง",
    "ประกาศเกี่ยวกับการจัดซื้อจัดจ้าง",
)
MONTHLY_WORDS = (
    "สรุปผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุรายเดือน",
    "สรุปผลการจัดซื้อจัดจ้างรายเดือน",
    "ความก้าวหน้าการจัดซื้อจัดจ้าง",
    "รายการการจัดซื้อจัดจ้าง",
)
REPORT_WORDS = ("รายงานผลการจัดซื้อจัดจ้าง", "รายงานสรุปผลการจัดซื้อจัดจ้าง")


def _year_page(slug: str, year: int, anchor: str) -> str:
    return reverse("procurement:year", kwargs={"agency": slug, "year": year}) + anchor


def procurement_plan(agencies: Sequence[Agency], year: int) -> dict[int, Generated]:
    slugs = {agency.pk: agency.slug for agency in agencies}
    rows = ProcurementPlan.objects.filter(
        agency__in=list(slugs), year=year, published_on__isnull=False
    ).values_list("agency_id", "published_on")
    title = _("Procurement plan, fiscal year %(year)s") % {"year": year}
    return {
        agency_id: Generated(_year_page(slugs[agency_id], year, "#plan"), title, published)
        for agency_id, published in rows
    }


def procurement_notices(agencies: Sequence[Agency], year: int) -> dict[int, Generated]:
    slugs = {agency.pk: agency.slug for agency in agencies}
    rows = (
        Notice.objects.filter(agency__in=list(slugs), year=year)
        .values_list("agency")
        .annotate(latest=Max("dated_on"))
        .order_by()
    )
    title = _("Procurement notices, fiscal year %(year)s") % {"year": year}
    return {
        agency_id: Generated(_year_page(slugs[agency_id], year, "#notices"), title, latest)
        for agency_id, latest in rows
    }


def procurement_monthly(agencies: Sequence[Agency], year: int) -> dict[int, Generated]:
    slugs = {agency.pk: agency.slug for agency in agencies}
    rows = (
        Purchase.objects.filter(agency__in=list(slugs), year=year)
        .values_list("agency")
        .annotate(latest=Max("purchased_on"))
        .order_by()
    )
    title = _("Monthly procurement summaries (สขร.1), fiscal year %(year)s") % {"year": year}
    return {
        agency_id: Generated(_year_page(slugs[agency_id], year, "#months"), title, latest)
        for agency_id, latest in rows
    }


def procurement_report(agencies: Sequence[Agency], year: int) -> dict[int, Generated]:
    slugs = {agency.pk: agency.slug for agency in agencies}
    rows = AnnualReport.objects.filter(
        agency__in=list(slugs), year=year, published_on__isnull=False
    ).values_list("agency_id", "published_on")
    title = _("Annual procurement report, fiscal year %(year)s") % {"year": year}
    return {
        agency_id: Generated(
            reverse("procurement:report", kwargs={"agency": slugs[agency_id], "year": year}),
            title,
            published,
        )
        for agency_id, published in rows
    }
