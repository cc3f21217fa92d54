"""The manuals module's answer to the OIT item "คู่มือหรือมาตรฐานการปฏิบัติงาน" (O14 in 2566)."""

from collections.abc import Sequence

from django.db.models import Max
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from prongsai.agencies.evidence import Generated
from prongsai.agencies.models import Agency
from prongsai.manuals.models import ManualVersion

Status = ManualVersion.Status


def operating_manuals(agencies: Sequence[Agency], year: int) -> dict[int, Generated]:
    """The public list of manuals of each agency that published one, dated by the newest
    publication: one query for all the agencies."""
    slugs = {agency.pk: agency.slug for agency in agencies}
    newest = (
        ManualVersion.objects.filter(manual__agency__in=list(slugs), status=Status.PUBLISHED)
        .values_list("manual__agency")
        .annotate(latest=Max("published_at"))
    )
    return {
        agency_id: Generated(
            url=reverse("manuals:public_list", kwargs={"agency": slugs[agency_id]}),
            title=_("Operating manuals"),
            dated_on=timezone.localdate(latest),
        )
        for agency_id, latest in newest
        if latest is not None
    }
