"""The news module's answer to the OIT item "ข่าวประชาสัมพันธ์" (O7 in 2566, renumbered in
later years): the public news page of an agency that published news in the fiscal year, dated
by the newest item."""

from collections.abc import Sequence

from django.db.models import Max
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from prongsai.agencies.evidence import Generated
from prongsai.agencies.models import Agency
from prongsai.lib.fiscal import fiscal_year_bounds
from prongsai.news.models import NewsItem
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
