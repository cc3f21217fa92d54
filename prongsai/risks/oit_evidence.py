"""The risks module's answers to OIT items: the published assessment and its follow-up.

- `risk_assessment`: the year's published corruption-risk assessment (O34 of 2566
  "การประเมินความเสี่ยงการทุจริตและประพฤติมิชอบประจำปี"; O36 of 2565; O23 of 2568, the
  bribery-risk assessment of the agency's missions; O21 of 2569 "การประเมินความเสี่ยงการทุจริต
  ในหน่วยงานภาครัฐ" and the vocational list's O21), dated the day the director approved it.
- `risk_follow_up`: what was done about its risks (O35 of 2566 "การดำเนินการเพื่อจัดการความ
  เสี่ยงการทุจริตและประพฤติมิชอบ"; O37 of 2565; O24 of 2568 and O22 of 2569, the reports on
  managing the risks), once a follow-up is recorded: the annual report when the annual round
  has one, else the six-month report; dated the latest follow-up.

Each answers for many agencies in two queries at most (the area office's overview asks once).
"""

from collections.abc import Sequence

from django.db.models import Max
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from prongsai.agencies.evidence import Generated
from prongsai.agencies.models import Agency
from prongsai.risks.models import Assessment, FollowUp

ASSESSMENT_WORDS = (
    "การประเมินความเสี่ยงการทุจริต",
    "การประเมินความเสี่ยงที่อาจเกิดการให้หรือรับสินบน",
)
FOLLOW_UP_WORDS = (
    "การดำเนินการเพื่อจัดการความเสี่ยงการทุจริต",
    "รายงานผลการดำเนินการเพื่อจัดการความเสี่ยงการทุจริต",
    "รายงานผลการดำเนินการตามแผนบริหารจัดการความเสี่ยงการทุจริต",
)


def risk_assessment(agencies: Sequence[Agency], year: int) -> dict[int, Generated]:
    slugs = {agency.pk: agency.slug for agency in agencies}
    found = Assessment.objects.filter(
        agency__in=list(slugs), year=year, status=Assessment.Status.PUBLISHED
    ).values_list("agency", "approved_at")
    title = _("Corruption-risk assessment, fiscal year %(year)s") % {"year": year}
    return {
        agency_id: Generated(
            url=reverse("risks:public", kwargs={"agency": slugs[agency_id], "year": year}),
            title=title,
            dated_on=timezone.localdate(approved_at) if approved_at else None,
        )
        for agency_id, approved_at in found
    }


def risk_follow_up(agencies: Sequence[Agency], year: int) -> dict[int, Generated]:
    slugs = {agency.pk: agency.slug for agency in agencies}
    latest: dict[int, dict[str, object]] = {}
    for agency_id, round_, day in (
        FollowUp.objects.filter(
            measure__risk__assessment__agency__in=list(slugs),
            measure__risk__assessment__year=year,
            measure__risk__assessment__status=Assessment.Status.PUBLISHED,
        )
        .values_list("measure__risk__assessment__agency", "round")
        .annotate(latest=Max("recorded_on"))
    ):
        latest.setdefault(agency_id, {})[round_] = day
    pages = {}
    for agency_id, rounds in latest.items():
        annual = FollowUp.Round.ANNUAL in rounds
        kind = "annual" if annual else "six-month"
        title = (
            _("Annual follow-up of the corruption risks, fiscal year %(year)s")
            if annual
            else _("Six-month follow-up of the corruption risks, fiscal year %(year)s")
        ) % {"year": year}
        url = reverse(
            "risks:public_follow_up",
            kwargs={"agency": slugs[agency_id], "year": year, "round": kind},
        )
        day = rounds[FollowUp.Round.ANNUAL if annual else FollowUp.Round.SIX_MONTH]
        pages[agency_id] = Generated(url=url, title=title, dated_on=day)  # type: ignore[arg-type]
    return pages
