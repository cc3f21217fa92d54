"""The published assessment as documents: the assessment itself, the six-month and the annual
follow-up reports, each an A4 landscape PDF (printed off the request path by the "print" job,
source `risks.document`, once per change of the assessment) and a Word file."""

from typing import Any

from prongsai.risks import chart, queries
from prongsai.risks.models import Assessment, FollowUp

SOURCE = "risks.document"
# The URL's word for each document → the follow-up round it reports ("" = the assessment).
KINDS = {"assessment": "", "six-month": FollowUp.Round.SIX_MONTH, "annual": FollowUp.Round.ANNUAL}
TITLES = {
    "assessment": "รายงานการประเมินความเสี่ยงการทุจริตและประพฤติมิชอบ",
    "six-month": "รายงานผลการดำเนินการเพื่อจัดการความเสี่ยงการทุจริต รอบ ๖ เดือน",
    "annual": "รายงานผลการดำเนินการเพื่อจัดการความเสี่ยงการทุจริต ประจำปี",
}


def context(assessment: Assessment, kind: str) -> dict[str, Any]:
    data = queries.table(assessment)
    round_ = KINDS[kind]
    return {
        "agency": assessment.agency,
        "assessment": assessment,
        "kind": kind,
        "title": TITLES[kind],
        "data": data,
        "chart": chart.chart(data),
        "lines": queries.follow_up_report(data, round_) if round_ else [],
    }


def document_html(assessment: Assessment, kind: str) -> str:
    from django.template.loader import render_to_string

    from prongsai.exports.pdf import print_assets

    values = context(assessment, kind)
    values["css"] = render_to_string("risks/document.css")
    values["base_href"] = print_assets("report.css")["base_href"]
    return render_to_string("risks/document.html", values)


def print_html(params: dict[str, Any]) -> str | None:
    found = (
        Assessment.objects.filter(pk=int(params.get("pk") or 0), status=Assessment.Status.PUBLISHED)
        .select_related("agency")
        .first()
    )
    kind = str(params.get("kind") or "")
    if found is None or kind not in KINDS:
        return None
    return document_html(found, kind)


def request_pdf(assessment: Assessment, kind: str) -> Any:
    from prongsai.printing.actions import request_print

    stamp = int(assessment.changed_at.timestamp())
    return request_print(
        key=f"risks/{assessment.pk}/{kind}/{stamp}",
        group=f"risks/{assessment.pk}/{kind}",
        source=SOURCE,
        params={"pk": assessment.pk, "kind": kind},
    )
