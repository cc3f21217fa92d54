"""The evaluation module's answers to the OIT's HR items: the published criteria of the year's
rounds answer "หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล" (O25 of 2566), and the aggregate
results report answers "รายงานผลการบริหารและพัฒนาทรัพยากรบุคคลประจำปี" (O26 of 2566), and the
discipline-and-ethics part of the closed rounds answers "การประเมินจริยธรรมเจ้าหน้าที่ของรัฐ"
(O41 of 2566)."""

from collections.abc import Sequence
from typing import Any

from django.db.models import Max
from django.urls import reverse
from django.utils.translation import gettext as _

from prongsai.agencies.evidence import Generated
from prongsai.agencies.models import Agency
from prongsai.evaluation.models import Assessment, Round


def hr_criteria(agencies: Sequence[Agency], year: int) -> dict[int, Generated]:
    """One query: agencies with a round of the year whose criteria are published."""
    slugs = {agency.pk: agency.slug for agency in agencies}
    newest = (
        Round.objects.filter(agency__in=list(slugs), year=year, published_on__isnull=False)
        .values_list("agency")
        .annotate(latest=Max("published_on"))
    )
    return {
        agency_id: Generated(
            url=reverse(
                "evaluation:hr_criteria", kwargs={"agency": slugs[agency_id], "year": year}
            ),
            title=_("Staff evaluation criteria, fiscal year %(year)d") % {"year": year},
            dated_on=latest,
        )
        for agency_id, latest in newest
    }


def _closed_results(agencies: Sequence[Agency], year: int) -> tuple[dict[int, str], Any]:
    """One query: the newest assessment date per agency in the year's closed rounds."""
    slugs = {agency.pk: agency.slug for agency in agencies}
    newest = (
        Assessment.objects.filter(
            round__agency__in=list(slugs),
            round__year=year,
            round__closed_on__isnull=False,
            assessed_at__isnull=False,
        )
        .values_list("round__agency")
        .annotate(latest=Max("assessed_at"))
    )
    return slugs, newest


def hr_report(agencies: Sequence[Agency], year: int) -> dict[int, Generated]:
    """Agencies with assessed results in a closed round of the year (the report of the year
    before is what the item asks for; the officer picks the year)."""
    slugs, newest = _closed_results(agencies, year)
    return {
        agency_id: Generated(
            url=reverse("evaluation:hr_report", kwargs={"agency": slugs[agency_id], "year": year}),
            title=_("Staff evaluation results, fiscal year %(year)d") % {"year": year},
            dated_on=latest.date() if latest else None,
        )
        for agency_id, latest in newest
    }


def hr_ethics(agencies: Sequence[Agency], year: int) -> dict[int, Generated]:
    """The same closed rounds, read as the ethics assessment of the agency's officials."""
    slugs, newest = _closed_results(agencies, year)
    return {
        agency_id: Generated(
            url=reverse("evaluation:hr_ethics", kwargs={"agency": slugs[agency_id], "year": year}),
            title=_("Ethics assessment of the school's officials, fiscal year %(year)d")
            % {"year": year},
            dated_on=latest.date() if latest else None,
        )
        for agency_id, latest in newest
    }
