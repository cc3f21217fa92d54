"""The OIT module's own generated page: its awareness activities, a public page per fiscal
year. It claims no item title (the No Gift culture item is the integrity module's); a list
names it by `generator`."""

from collections.abc import Sequence

from django.db.models import Max
from django.urls import reverse
from django.utils.translation import gettext as _

from prongsai.agencies.evidence import Generated
from prongsai.agencies.models import Agency
from prongsai.lib.fiscal import fiscal_year_bounds
from prongsai.oit.models import Activity


def activities_evidence(agencies: Sequence[Agency], year: int) -> dict[int, Generated]:
    """The public activities page of the fiscal year for each agency that recorded an activity
    held in it, dated by the latest one: one query for all the agencies."""
    slugs = {agency.pk: agency.slug for agency in agencies}
    start, end = fiscal_year_bounds(year)
    latest = (
        Activity.objects.filter(agency__in=list(slugs), held_on__range=(start, end))
        .values_list("agency")
        .annotate(latest=Max("held_on"))
    )
    title = _("Integrity and transparency awareness activities, fiscal year %(year)s") % {
        "year": year
    }
    pages = {}
    for agency_id, held_on in latest:
        url = reverse("oit:public_activities", kwargs={"agency": slugs[agency_id]})
        pages[agency_id] = Generated(url=f"{url}?year={year}", title=title, dated_on=held_on)
    return pages
