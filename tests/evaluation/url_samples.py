"""Sample URL parts for the staff URL walker: a published round of the agency and a teacher's
assessment in it (the director sees both; the walker's POSTs are refused with a message)."""

from collections.abc import Callable
from typing import Any

from prongsai.agencies.models import Agency


def _made(agency: Agency) -> dict[str, Any]:
    from tests.evaluation.helpers import assessment_of, open_round

    found, who = open_round(agency)
    return {"round": found, "assessment": assessment_of(found, who["teacher"])}


def _assessment(agency: Agency) -> dict[str, Any]:
    return {"pk": _made(agency)["assessment"].pk}


def _evidence(agency: Agency) -> dict[str, Any]:
    from django.core.files.base import ContentFile

    from prongsai.evaluation.models import Evidence

    assessment = _made(agency)["assessment"]
    item = Evidence(assessment=assessment, indicator="1.1", title="แผนการสอน")
    item.file.save("plan.pdf", ContentFile(b"%PDF-1.4\n%%EOF\n"), save=True)
    return {"pk": assessment.pk, "evidence": item.pk}


SAMPLES: dict[str, Callable[[Agency], dict[str, Any]]] = {
    "evaluation:template_edit": lambda agency: {"staff_type": "teacher"},
    "evaluation:assessment": _assessment,
    "evaluation:score": _assessment,
    "evaluation:assessment_pdf": _assessment,
    "evaluation:refusal": _assessment,
    "evaluation:reopen": _assessment,
    "evaluation:committee": _assessment,
    "evaluation:answer_review": _assessment,
    "evaluation:committee_score": _assessment,
    "evaluation:evidence_file": _evidence,
}


def default(agency: Agency, parts: set[str]) -> dict[str, Any]:
    return {"pk": _made(agency)["round"].pk}
