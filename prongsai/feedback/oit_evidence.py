"""The module's answers to OIT items: "Q&A" (O8 in 2566): the public Q&A page of an agency that
answered a question in public in the fiscal year, dated by the newest answer; the satisfaction
survey report (O17 in 2566): the public report of the newest closed survey."""

from collections.abc import Sequence
from datetime import timedelta

from django.db.models import Max
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from prongsai.agencies.evidence import Generated
from prongsai.agencies.models import Agency
from prongsai.feedback.models import Question, Survey
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


def satisfaction_report(agencies: Sequence[Agency], year: int) -> dict[int, Generated]:
    """The OIT satisfaction report (O17 of 2566): the public report of the newest survey that
    closed in the fiscal year or the one before (the report is of the previous year), with at
    least one answer, dated by its last day. One query for all the agencies."""
    slugs = {agency.pk: agency.slug for agency in agencies}
    start, _end = fiscal_year_bounds(year - 1)
    _start, end = fiscal_year_bounds(year)
    end = min(end, timezone.localdate() - timedelta(days=1))  # closed, so its report is public
    rows = (
        Survey.objects.filter(
            agency__in=list(slugs), closes_on__range=(start, end), responses__isnull=False
        )
        .values_list("agency_id", "pk", "title", "closes_on")
        .distinct()
        .order_by("agency_id", "closes_on", "pk")
    )
    found: dict[int, Generated] = {}
    for agency_id, pk, title, closes_on in rows:  # the newest last: it wins
        found[agency_id] = Generated(
            url=reverse("feedback:survey_results", kwargs={"agency": slugs[agency_id], "pk": pk}),
            title=title,
            dated_on=closes_on,
        )
    return found
