"""Sample URL parts for the staff URL walker (tests/agencies/test_staff_urls.py).

SAMPLES fills a named URL with an object of the given agency; `default` fills any other URL of
this module from the names of its parts, so a new URL needs no entry when its parts are usual.
"""

from collections.abc import Callable
from typing import Any

from prongsai.agencies.models import Agency


def _service_request_kwargs(agency: Agency, *, with_file: bool = False) -> dict[str, Any]:
    from django.core.files.uploadedfile import SimpleUploadedFile

    from prongsai.services import actions as services

    service = services.create_from_template(agency=agency, key="transcript")
    file_field = service.fields.get(kind="file")
    files = {file_field.pk: SimpleUploadedFile("id.pdf", b"%PDF-1.4")} if with_file else {}
    filed = services.submit_request(
        service=service,
        requester=services.Requester("ผู้ขอ", "requester@example.com"),
        answers={},
        files=files,
    )
    kwargs: dict[str, Any] = {"pk": filed.pk}
    if with_file:
        kwargs["file_pk"] = filed.files.get().pk
    return kwargs


def _service_kwargs(agency: Agency) -> dict[str, Any]:
    from prongsai.services.actions import create_from_template

    return {"pk": create_from_template(agency=agency, key="enquiry").pk}


SAMPLES: dict[str, Callable[[Agency], dict[str, Any]]] = {
    "services:staff_request": _service_request_kwargs,
    "services:staff_request_file": lambda agency: _service_request_kwargs(agency, with_file=True),
}


def default(agency: Agency, parts: set[str]) -> dict[str, Any]:
    if "file_pk" in parts:
        return _service_request_kwargs(agency, with_file=True)
    return _service_kwargs(agency)  # pk: a service of the catalogue
