"""The measures module's answers to OIT items: the published plan (O42) and report (O43)."""

from django.urls import reverse
from django.utils import timezone

from prongsai.agencies.evidence import Generated
from prongsai.agencies.models import Agency
from prongsai.measures.models import Publication


def _published(agency: Agency, year: int, kinds: tuple[str, ...]) -> Generated | None:
    for kind in kinds:
        publication = (
            Publication.objects.filter(plan__agency=agency, plan__fiscal_year=year, kind=kind)
            .order_by("-version")
            .first()
        )
        if publication is not None:
            url = reverse("measures:public_report", kwargs={"agency": agency.slug, "year": year})
            return Generated(
                url=f"{url}?kind={kind}",
                title=str(publication.document.get("title", ""))
                or str(Publication.Kind(kind).label),
                dated_on=timezone.localdate(publication.published_at),
            )
    return None


def measures_plan(agency: Agency, year: int) -> Generated | None:
    return _published(agency, year, ("plan",))


def measures_report(agency: Agency, year: int) -> Generated | None:
    return _published(agency, year, ("full", "half"))
