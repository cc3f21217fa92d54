"""The news module's answers: the OIT item "ข่าวประชาสัมพันธ์" and the basic-information items.

The news module's answer to the OIT item "ข่าวประชาสัมพันธ์" (O7 in 2566, renumbered in
later years): the public news page of an agency that published news in the fiscal year, dated
by the newest item."""

from collections.abc import Sequence

from django.db.models import Max
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from prongsai.agencies.evidence import BuildMany, Evidence, Generated
from prongsai.agencies.models import Agency
from prongsai.lib.fiscal import fiscal_year_bounds
from prongsai.news.models import AboutPage, NewsItem
from prongsai.news.queries import visible

TITLE_WORDS = ("ข่าวประชาสัมพันธ์",)


def news_page(agencies: Sequence[Agency], year: int) -> dict[int, Generated]:
    """One query for all the agencies."""
    slugs = {agency.pk: agency.slug for agency in agencies}
    start, end = fiscal_year_bounds(year)
    newest = (
        NewsItem.objects.filter(
            visible(), agency__in=list(slugs), publish_at__date__range=(start, end)
        )
        .values_list("agency")
        .annotate(latest=Max("publish_at"))
        .order_by()
    )
    return {
        agency_id: Generated(
            url=reverse("news:list", kwargs={"agency": slugs[agency_id]}),
            title=_("News and announcements"),
            dated_on=timezone.localdate(latest),
        )
        for agency_id, latest in newest
        if latest is not None
    }


# ---------------------------------------------------------------- basic-information pages

# Words of the items' Thai titles each page answers (the basic items of 2566, social network O9
# and the privacy policy; renumbered later).
# History and vision answer no item of their own (the strategic plan O4 is a plan, not a page).
ABOUT_TITLE_WORDS: dict[str, tuple[str, ...]] = {
    AboutPage.Kind.STRUCTURE: ("โครงสร้าง",),
    AboutPage.Kind.EXECUTIVES: ("ข้อมูลผู้บริหาร",),
    AboutPage.Kind.DUTIES: ("อำนาจหน้าที่",),
    AboutPage.Kind.CONTACT: ("ข้อมูลการติดต่อ",),
    AboutPage.Kind.LAWS: ("กฎหมายที่เกี่ยวข้อง",),
    AboutPage.Kind.PRIVACY: ("นโยบายคุ้มครองข้อมูลส่วนบุคคล",),
    AboutPage.Kind.SOCIAL: ("Social Network",),  # O9 of 2566 and its later numbers
}


def about_page(kind: str) -> BuildMany:
    """The agency's page of `kind` once written (it stands for every year), dated by its last
    change; one query for all the agencies."""

    def build(agencies: Sequence[Agency], year: int) -> dict[int, Generated]:
        slugs = {agency.pk: agency.slug for agency in agencies}
        rows = (
            AboutPage.objects.filter(agency__in=list(slugs), kind=kind)
            .exclude(body="")
            .values_list("agency", "updated_at")
        )
        label = str(AboutPage.Kind(kind).label)
        return {
            agency_id: Generated(
                url=reverse("news:about_page", kwargs={"agency": slugs[agency_id], "kind": kind}),
                title=label,
                dated_on=timezone.localdate(updated),
            )
            for agency_id, updated in rows
        }

    return build


ABOUT_EVIDENCE = [
    Evidence(f"about_{kind}", AboutPage.Kind(kind).label, words, about_page(kind))
    for kind, words in ABOUT_TITLE_WORDS.items()
]


# ---------------------------------------------------------------- participation

PARTICIPATION_WORDS = ("การเปิดโอกาสให้เกิดการมีส่วนร่วม", "ผลการเปิดโอกาสให้มีส่วนร่วม")


def participation(agencies: Sequence[Agency], year: int) -> dict[int, Generated]:
    """The participation activities listed (news of that category) of the agencies that held
    one in the fiscal year, dated by the newest; one query."""
    slugs = {agency.pk: agency.slug for agency in agencies}
    start, end = fiscal_year_bounds(year)
    newest = (
        NewsItem.objects.filter(
            visible(),
            agency__in=list(slugs),
            category=NewsItem.Category.PARTICIPATION,
            publish_at__date__range=(start, end),
        )
        .values_list("agency")
        .annotate(latest=Max("publish_at"))
        .order_by()
    )
    return {
        agency_id: Generated(
            url=reverse("news:list", kwargs={"agency": slugs[agency_id]})
            + f"?category={NewsItem.Category.PARTICIPATION}",
            title=_("Participation activities"),
            dated_on=timezone.localdate(latest),
        )
        for agency_id, latest in newest
        if latest is not None
    }
