"""The measures module's answers to OIT items: the published plan (O42) and report (O43)."""

from collections.abc import Sequence

from django.urls import reverse
from django.utils import timezone

from prongsai.agencies.evidence import Generated
from prongsai.agencies.models import Agency
from prongsai.measures.models import Publication


def _published(
    agencies: Sequence[Agency], year: int, kinds: tuple[str, ...]
) -> dict[int, Generated]:
    """The newest publication of the first kind each agency has: one query for all of them."""
    slugs = {agency.pk: agency.slug for agency in agencies}
    rank = {kind: place for place, kind in enumerate(kinds)}
    newest: dict[int, Publication] = {}
    for publication in (
        Publication.objects.filter(
            plan__agency__in=list(slugs), plan__fiscal_year=year, kind__in=kinds
        )
        .select_related("plan")
        .order_by("-version")
    ):
        agency_id = publication.plan.agency_id
        held = newest.get(agency_id)
        if held is None or rank[publication.kind] < rank[held.kind]:
            newest[agency_id] = publication
    pages: dict[int, Generated] = {}
    for agency_id, publication in newest.items():
        url = reverse("measures:public_report", kwargs={"agency": slugs[agency_id], "year": year})
        pages[agency_id] = Generated(
            url=f"{url}?kind={publication.kind}",
            title=str(publication.document.get("title", ""))
            or str(Publication.Kind(publication.kind).label),
            dated_on=timezone.localdate(publication.published_at),
        )
    return pages


def measures_plan(agencies: Sequence[Agency], year: int) -> dict[int, Generated]:
    return _published(agencies, year, ("plan",))


def measures_report(agencies: Sequence[Agency], year: int) -> dict[int, Generated]:
    return _published(agencies, year, ("full", "half"))
