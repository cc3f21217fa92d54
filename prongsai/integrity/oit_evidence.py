"""The integrity module's answers to OIT items: the No Gift page of a fiscal year.

- `no_gift_declaration`: the year's approved declaration (O31 of 2566; O21 of 2568, the
  declaration and culture together; O20 of 2569, driving the policy, whose first component is
  the signed policy of the year), dated by the declaration's date.
- `no_gift_culture`: the year's published culture activities (O32 of 2566), dated by the
  latest one held.
- `no_gift_report`: the year's published No Gift report (O33 of 2566; O22 of 2568, the report
  of gifts received), dated by its publication.

Each answers for many agencies in one query (the area office's overview asks once).
"""

from collections.abc import Sequence

from django.db.models import Max
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from prongsai.agencies.evidence import Generated
from prongsai.agencies.models import Agency
from prongsai.integrity.models import CultureActivity, Declaration, GiftReport
from prongsai.lib.fiscal import fiscal_year_bounds

DECLARATION_WORDS = (
    "ประกาศเจตนารมณ์นโยบาย No Gift Policy",
    "ประกาศเจตนารมณ์และการสร้างวัฒนธรรม ตามนโยบาย No Gift Policy",
    "การขับเคลื่อนนโยบาย NO GIFT POLICY",
    "การขับเคลื่อนนโยบาย No Gift Policy",
)
CULTURE_WORDS = ("การสร้างวัฒนธรรม No Gift Policy",)
REPORT_WORDS = (
    "รายงานผลตามนโยบาย No Gift Policy",
    "รายงานการรับทรัพย์สินหรือประโยชน์อื่นใดโดยธรรมจรรยา",
)


def _page(slug: str, year: int) -> str:
    return reverse("integrity:no_gift", kwargs={"agency": slug, "year": year})


def no_gift_declaration(agencies: Sequence[Agency], year: int) -> dict[int, Generated]:
    slugs = {agency.pk: agency.slug for agency in agencies}
    dated = (
        Declaration.objects.filter(
            agency__in=list(slugs), year=year, status=Declaration.Status.APPROVED
        )
        .values_list("agency")
        .annotate(latest=Max("declared_on"))
    )
    title = _("No Gift Policy declaration, fiscal year %(year)s") % {"year": year}
    return {
        agency_id: Generated(url=_page(slugs[agency_id], year), title=title, dated_on=latest)
        for agency_id, latest in dated
    }


def no_gift_culture(agencies: Sequence[Agency], year: int) -> dict[int, Generated]:
    slugs = {agency.pk: agency.slug for agency in agencies}
    start, end = fiscal_year_bounds(year)
    latest = (
        CultureActivity.objects.filter(
            agency__in=list(slugs), published=True, held_on__range=(start, end)
        )
        .values_list("agency")
        .annotate(latest=Max("held_on"))
    )
    title = _("Activities that build a No Gift culture, fiscal year %(year)s") % {"year": year}
    return {
        agency_id: Generated(
            url=_page(slugs[agency_id], year) + "#activities-title", title=title, dated_on=held
        )
        for agency_id, held in latest
    }


def no_gift_report(agencies: Sequence[Agency], year: int) -> dict[int, Generated]:
    slugs = {agency.pk: agency.slug for agency in agencies}
    published = GiftReport.objects.filter(
        agency__in=list(slugs), year=year, published_at__isnull=False
    ).values_list("agency", "published_at")
    title = _("No Gift Policy report, fiscal year %(year)s") % {"year": year}
    return {
        agency_id: Generated(
            url=reverse(
                "integrity:report_public", kwargs={"agency": slugs[agency_id], "year": year}
            ),
            title=title,
            dated_on=timezone.localdate(published_at),
        )
        for agency_id, published_at in published
    }
