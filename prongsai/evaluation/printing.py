"""A person's appraisal form as an A4 PDF in the standard layout (THAI-RULES.md §3.2): Thai
whatever the visitor's language, Thai numerals, B.E. dates; printed by Chromium through
prongsai.printing (tests replace the printer)."""

from datetime import datetime
from typing import Any

from django.template.loader import render_to_string
from django.utils import timezone

from prongsai.evaluation import actions, scoring
from prongsai.evaluation.models import Assessment, StaffType
from prongsai.exports.responses import Rendered
from prongsai.lib.thai import thai_date, to_thai_digits

LEVELS_TH = {
    scoring.OUTSTANDING: "ดีเด่น",
    scoring.VERY_GOOD: "ดีมาก",
    scoring.GOOD: "ดี",
    scoring.FAIR: "พอใช้",
    scoring.IMPROVE: "ต้องปรับปรุง",
}


def _day(moment: datetime | None) -> str:
    if moment is None:
        return "......................................"
    return thai_date(timezone.localdate(moment), thai_digits=True)


def _n(value: Any) -> str:
    return to_thai_digits(f"{value:.2f}") if value is not None else "–"


def form_context(assessment: Assessment) -> dict[str, Any]:
    structure = actions.structure_of(assessment)
    scored = assessment.total is not None
    own = scoring.component_scores(structure, assessment.self_scores)
    given = scoring.component_scores(structure, assessment.scores)
    round_ = assessment.round
    start, end = actions.round_bounds(round_.year, round_.number)
    frozen = round_.structures.get(assessment.staff_type, {})
    return {
        "title": f"แบบประเมิน {assessment.person.display_name}",
        "form_name": frozen.get("name", ""),
        "round_label": to_thai_digits(
            f"ครั้งที่ {round_.number} ({thai_date(start)} – {thai_date(end)}) "
            f"ปีงบประมาณ พ.ศ. {round_.year}"
        ),
        "agency_name": round_.agency.name_th,
        "person": assessment.person.display_name,
        "assessor": assessment.assessor.display_name,
        "staff_type": str(StaffType(assessment.staff_type).label),
        "summary": [
            {
                "name": name,
                "full": to_thai_digits(scoring.plain(full)),
                "self": _n(mine),
                "given": _n(theirs) if scored else "–",
            }
            for (name, full, mine), (_x, _y, theirs) in zip(own, given, strict=True)
        ],
        "full_total": "๑๐๐",
        "self_total": _n(scoring.total_score(structure, assessment.self_scores)),
        "total": _n(assessment.total) if scored else "–",
        "levels": [(label, code == assessment.result) for code, label in LEVELS_TH.items()],
        "comment": assessment.comment,
        "self_day": _day(assessment.self_submitted_at),
        "assessed_day": _day(assessment.assessed_at),
        "acknowledged": assessment.acknowledged_at is not None,
        "acknowledged_day": _day(assessment.acknowledged_at) if assessment.acknowledged_at else "",
        "disagreement": assessment.disagreement,
        "refused_day": thai_date(assessment.informed_on, thai_digits=True)
        if assessment.informed_on
        else "",
        "witness": assessment.witness,
    }


def form_html(assessment: Assessment) -> str:
    from prongsai.exports.pdf import print_assets

    context = form_context(assessment)
    context["css"] = render_to_string("evaluation/form.css")
    context["base_href"] = print_assets("report.css")["base_href"]
    return render_to_string("evaluation/form_document.html", context)


def form_pdf(assessment: Assessment) -> Rendered:
    from prongsai.printing import actions as printer

    content = printer.print_pdf(form_html(assessment))
    name = f"appraisal-{assessment.round.year}-{assessment.round.number}-{assessment.pk}.pdf"
    return Rendered(content, "application/pdf", name)
