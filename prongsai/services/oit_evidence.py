"""The e-service module's answers to OIT items: E-Service (O18), the service manual (O15) and
the service statistics (O16)."""

from django.urls import reverse
from django.utils.translation import gettext as _

from prongsai.agencies.evidence import Generated
from prongsai.agencies.models import Agency
from prongsai.services.models import Request, Service


def _has_public_services(agency: Agency) -> bool:
    return Service.objects.filter(agency=agency, is_active=True, audience="public").exists()


def e_services(agency: Agency, year: int) -> Generated | None:
    if not Service.objects.filter(agency=agency, is_active=True, online=True).exists():
        return None
    url = reverse("services:catalogue", kwargs={"agency": agency.slug})
    return Generated(url=url, title=_("Online services (E-Service)"))


def service_manual(agency: Agency, year: int) -> Generated | None:
    if not _has_public_services(agency):
        return None
    url = reverse("services:catalogue", kwargs={"agency": agency.slug})
    return Generated(url=url, title=_("Service standards (manual for the public)"))


def service_statistics(agency: Agency, year: int) -> Generated | None:
    if not Request.objects.filter(agency=agency).exists():
        return None
    url = reverse("services:dashboard", kwargs={"agency": agency.slug})
    return Generated(
        url=f"{url}?year={year}",
        title=_("Service statistics of fiscal year %(year)s") % {"year": year},
    )
