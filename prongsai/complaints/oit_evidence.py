"""The complaint module's answers to OIT items: the handling guideline (O27), the channel (O28) and
its statistics (O29)."""

from django.urls import reverse
from django.utils.translation import gettext as _

from prongsai.agencies.evidence import Generated
from prongsai.agencies.models import Agency


def complaint_channel(agency: Agency, year: int) -> Generated | None:
    url = reverse("complaints:new", kwargs={"agency": agency.slug})
    return Generated(url=url, title=_("Online channel for complaints and reports of corruption"))


def complaint_statistics(agency: Agency, year: int) -> Generated | None:
    url = reverse("complaints:statistics", kwargs={"agency": agency.slug, "year": year})
    return Generated(
        url=url, title=_("Complaint statistics of fiscal year %(year)s") % {"year": year}
    )


def complaint_guideline(agency: Agency, year: int) -> Generated | None:
    url = reverse("complaints:guideline", kwargs={"agency": agency.slug})
    return Generated(url=url, title=_("How we handle complaints of corruption and misconduct"))
