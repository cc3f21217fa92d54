"""The integrity module's answers to OIT items: the No Gift page of a fiscal year.

- `no_gift_declaration`: the year's approved declaration (O31 of 2566; O21 of 2568, the
  declaration and culture together; O20 of 2569, driving the policy, whose first component is
  the signed policy of the year), dated by the declaration's date.
- `no_gift_culture`: the year's published culture activities (O32 of 2566), dated by the
  latest one held.
- `no_gift_report`: the year's published No Gift report (O33 of 2566; O22 of 2568, the report
  of gifts received), dated by its publication.

- `ethics_code` (O39 of 2566), `ethics_drive` (O40 of 2566) and `ethics` (the two as one item
  from 2567): the code of ethics page and the year's ethics page (see below).

Each answers for many agencies in one query (the area office's overview asks once).
"""

from collections.abc import Sequence
from datetime import date

from django.db.models import Max
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from prongsai.agencies.evidence import Generated
from prongsai.agencies.models import Agency
from prongsai.integrity.models import CultureActivity, Declaration, EthicsCode, GiftReport
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
            agency__in=list(slugs),
            programme=CultureActivity.Programme.NO_GIFT,
            published=True,
            held_on__range=(start, end),
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


# ---------------------------------------------------------------- ethics (O39–O40 of 2566)

# 2566: O39 the code, O40 the drive; from 2567 one item for both (its words start at the same
# place as the code's: the longer words win in `key_for_title`). O41, the assessment of the
# officials' ethics, belongs to the evaluation module: none of these words occur in its title.
ETHICS_CODE_WORDS = ("ประมวลจริยธรรมสำหรับเจ้าหน้าที่ของรัฐ",)
ETHICS_DRIVE_WORDS = ("การขับเคลื่อนจริยธรรม",)
ETHICS_WORDS = ("ประมวลจริยธรรมและการขับเคลื่อนจริยธรรม",)


def _ethics_year(slug: str, year: int) -> str:
    return reverse("integrity:ethics_year", kwargs={"agency": slug, "year": year})


def ethics_code(agencies: Sequence[Agency], year: int) -> dict[int, Generated]:
    """The agency's code of ethics (any year: the code stands until replaced), dated by its
    last change."""
    slugs = {agency.pk: agency.slug for agency in agencies}
    codes = EthicsCode.objects.filter(agency__in=list(slugs)).values_list("agency", "updated_at")
    title = _("Code of ethics")
    return {
        agency_id: Generated(
            url=reverse("integrity:ethics", kwargs={"agency": slugs[agency_id]}),
            title=title,
            dated_on=timezone.localdate(updated_at),
        )
        for agency_id, updated_at in codes
    }


def _ethics_latest(slugs: dict[int, str], year: int) -> dict[int, date]:
    start, end = fiscal_year_bounds(year)
    return dict(
        CultureActivity.objects.filter(
            agency__in=list(slugs),
            programme=CultureActivity.Programme.ETHICS,
            published=True,
            held_on__range=(start, end),
        )
        .values_list("agency")
        .annotate(latest=Max("held_on"))
    )


def ethics_drive(agencies: Sequence[Agency], year: int) -> dict[int, Generated]:
    """The year's published ethics-drive activities, dated by the latest one held."""
    slugs = {agency.pk: agency.slug for agency in agencies}
    title = _("Ethics drive, fiscal year %(year)s") % {"year": year}
    return {
        agency_id: Generated(
            url=_ethics_year(slugs[agency_id], year) + "#activities-title",
            title=title,
            dated_on=held,
        )
        for agency_id, held in _ethics_latest(slugs, year).items()
    }


def ethics_code_and_drive(agencies: Sequence[Agency], year: int) -> dict[int, Generated]:
    """The year's ethics page once the code is written and an activity of the year is
    published (the item asks for both), dated by the latest activity. Two queries."""
    slugs = {agency.pk: agency.slug for agency in agencies}
    latest = _ethics_latest(slugs, year)
    with_code = set(
        EthicsCode.objects.filter(agency__in=list(latest)).values_list("agency", flat=True)
    )
    title = _("Code of ethics and the ethics drive, fiscal year %(year)s") % {"year": year}
    return {
        agency_id: Generated(url=_ethics_year(slugs[agency_id], year), title=title, dated_on=held)
        for agency_id, held in latest.items()
        if agency_id in with_code
    }
