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


def _training(agency: Agency) -> dict[str, Any]:
    from datetime import date

    from django.core.files.base import ContentFile

    from prongsai.evaluation.models import Training
    from tests.evaluation.helpers import people

    person = people(agency)[2]
    item = Training(
        agency=agency,
        person=person,
        course="การวัดผล",
        started_on=date(2023, 11, 1),
        ended_on=date(2023, 11, 2),
        hours=12,
    )
    item.certificate.save("cert.pdf", ContentFile(b"%PDF-1.4\n%%EOF\n"), save=True)
    return {"pk": item.pk}


def _annual_printed(agency: Agency) -> dict[str, Any]:
    """The director's report printed already (the print job runs after a commit the walker's
    transaction never makes)."""
    from prongsai.evaluation.annual_document import request_annual_pdf
    from prongsai.printing.actions import print_pending

    request_annual_pdf(agency, 2567, names=True)
    print_pending()
    return {"year": 2567}


SAMPLES: dict[str, Callable[[Agency], dict[str, Any]]] = {
    "evaluation:training_certificate": _training,
    "evaluation:annual": lambda agency: {"year": 2567},
    "evaluation:annual_pdf": _annual_printed,
    "evaluation:annual_docx": lambda agency: {"year": 2567},
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
