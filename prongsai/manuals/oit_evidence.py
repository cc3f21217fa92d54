"""The manuals module's answer to the OIT item "คู่มือหรือมาตรฐานการปฏิบัติงาน" (O14 in 2566)."""

from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from prongsai.agencies.evidence import Generated
from prongsai.agencies.models import Agency
from prongsai.manuals.queries import newest_publication


def operating_manuals(agency: Agency, year: int) -> Generated | None:
    """The public list of manuals once one is published, dated by the newest publication."""
    latest = newest_publication(agency)
    if latest is None:
        return None
    return Generated(
        url=reverse("manuals:public_list", kwargs={"agency": agency.slug}),
        title=_("Operating manuals"),
        dated_on=timezone.localdate(latest),
    )
