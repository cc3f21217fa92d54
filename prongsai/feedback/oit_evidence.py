"""The questions module's answer to the OIT item "Q&A" (O8 in 2566): the public Q&A page of an
agency that answered a question in public in the fiscal year, dated by the newest answer."""

from collections.abc import Sequence

from django.db.models import Max
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from prongsai.agencies.evidence import Generated
from prongsai.agencies.models import Agency
from prongsai.feedback.models import Question
from prongsai.lib.fiscal import fiscal_year_bounds


def qa_channel(agencies: Sequence[Agency], year: int) -> dict[int, Generated]:
    """One query for all the agencies."""
    slugs = {agency.pk: agency.slug for agency in agencies}
    start, end = fiscal_year_bounds(year)
    newest = (
        Question.objects.filter(
            agency__in=list(slugs),
            status=Question.Status.ANSWERED,
            asked_private=False,
            kept_private=False,
            answered_at__date__range=(start, end),
        )
        .values_list("agency")
        .annotate(latest=Max("answered_at"))
    )
    return {
        agency_id: Generated(
            url=reverse("feedback:public", kwargs={"agency": slugs[agency_id]}),
            title=_("Questions and answers (Q&A)"),
            dated_on=timezone.localdate(latest),
        )
        for agency_id, latest in newest
        if latest is not None
    }
