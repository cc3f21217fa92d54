"""Sample URL parts for the staff URL walker (tests/agencies/test_staff_urls.py).

SAMPLES fills a named URL with an object of the given agency; `default` fills any other URL of
this module from the names of its parts, so a new URL needs no entry when its parts are usual.
"""

from collections.abc import Callable
from typing import Any

from prongsai.agencies.models import Agency
from tests.factories import UserFactory


def _plan(agency: Agency):
    from prongsai.measures.actions import start_standard_plan
    from prongsai.measures.models import Plan

    return Plan.objects.filter(agency=agency, fiscal_year=2570).first() or start_standard_plan(
        agency=agency, year=2570
    )


def _row_kwargs(agency: Agency) -> dict[str, Any]:
    plan = _plan(agency)
    return {"year": plan.fiscal_year, "pk": plan.measures.first().rows.first().pk}


def _measure_kwargs(agency: Agency) -> dict[str, Any]:
    plan = _plan(agency)
    return {"year": plan.fiscal_year, "pk": plan.measures.first().pk}


def _publish_request_kwargs(agency: Agency) -> dict[str, Any]:
    from django.utils import timezone

    from prongsai.measures.document import to_dict
    from prongsai.measures.models import PublishRequest
    from prongsai.measures.queries import plan_with_rows, report_document

    plan = _plan(agency)
    document = to_dict(report_document(plan_with_rows(agency, plan.fiscal_year), "plan"))
    sent = PublishRequest.objects.create(
        plan=plan, kind="plan", document=document, submitted_at=timezone.now(), status="returned"
    )
    return {"year": plan.fiscal_year, "pk": sent.pk}


def _progress_file_kwargs(agency: Agency) -> dict[str, Any]:
    from datetime import date

    from django.core.files.uploadedfile import SimpleUploadedFile

    from prongsai.measures.actions import record_progress

    plan = _plan(agency)
    update = record_progress(
        row=plan.measures.first().rows.first(),
        author=UserFactory(),
        happened_on=date(2025, 11, 1),
        text="ประชุมชี้แจง",
        evidence_file=SimpleUploadedFile("รายงาน.pdf", b"%PDF-1.4 report"),
    )
    return {"year": plan.fiscal_year, "pk": update.pk}


SAMPLES: dict[str, Callable[[Agency], dict[str, Any]]] = {
    "measures:staff_draft": lambda agency: {"year": _plan(agency).fiscal_year, "fmt": "txt"},
    "measures:staff_publish_review": _publish_request_kwargs,
    "measures:staff_measure_edit": _measure_kwargs,
    "measures:staff_row_add": _measure_kwargs,
    "measures:staff_evidence_file": _progress_file_kwargs,
}


def default(agency: Agency, parts: set[str]) -> dict[str, Any]:
    if parts == {"year"}:
        return {"year": _plan(agency).fiscal_year}
    return _row_kwargs(agency)  # year and pk: a row of the plan
