"""The e-service module's answers to OIT items: E-Service (O18), the service manual (O15) and
the service statistics (O16). Each builder asks once for all the agencies it is given."""

from collections.abc import Sequence

from django.urls import reverse
from django.utils.translation import gettext as _

from prongsai.agencies.evidence import Generated
from prongsai.agencies.models import Agency
from prongsai.services.models import Request, Service


def _slugs(agencies: Sequence[Agency]) -> dict[int, str]:
    return {agency.pk: agency.slug for agency in agencies}


def e_services(agencies: Sequence[Agency], year: int) -> dict[int, Generated]:
    slugs = _slugs(agencies)
    online = Service.objects.filter(agency__in=list(slugs), is_active=True, online=True)
    return {
        agency_id: Generated(
            url=reverse("services:catalogue", kwargs={"agency": slugs[agency_id]}),
            title=_("Online services (E-Service)"),
        )
        for agency_id in set(online.values_list("agency_id", flat=True))
    }


def service_manual(agencies: Sequence[Agency], year: int) -> dict[int, Generated]:
    slugs = _slugs(agencies)
    public = Service.objects.filter(agency__in=list(slugs), is_active=True, audience="public")
    return {
        agency_id: Generated(
            url=reverse("services:catalogue", kwargs={"agency": slugs[agency_id]}),
            title=_("Service standards (manual for the public)"),
        )
        for agency_id in set(public.values_list("agency_id", flat=True))
    }


def service_statistics(agencies: Sequence[Agency], year: int) -> dict[int, Generated]:
    slugs = _slugs(agencies)
    asked = Request.objects.filter(agency__in=list(slugs)).values_list("agency_id", flat=True)
    title = _("Service statistics of fiscal year %(year)s") % {"year": year}
    pages = {}
    for agency_id in set(asked.distinct()):
        url = reverse("services:dashboard", kwargs={"agency": slugs[agency_id]})
        pages[agency_id] = Generated(url=f"{url}?year={year}", title=title)
    return pages
