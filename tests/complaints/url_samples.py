"""Sample URL parts for the staff URL walker (tests/agencies/test_staff_urls.py).

SAMPLES fills a named URL with an object of the given agency; `default` fills any other URL of
this module from the names of its parts, so a new URL needs no entry when its parts are usual.
"""

from collections.abc import Callable
from typing import Any

from prongsai.agencies.models import Agency


def _complaint(agency: Agency):
    from prongsai.complaints.actions import NewComplaint, file_complaint

    complaint, _receipt = file_complaint(
        agency=agency,
        data=NewComplaint(category="bribe", what_happened="มีการเรียกรับเงินเพื่อรับเข้าเรียน"),
    )
    return complaint


def _file_kwargs(agency: Agency) -> dict[str, Any]:
    from django.core.files.uploadedfile import SimpleUploadedFile

    from prongsai.complaints.actions import NewComplaint, file_complaint

    complaint, _receipt = file_complaint(
        agency=agency,
        data=NewComplaint(category="asset", what_happened="นำคอมพิวเตอร์ของโรงเรียนไปใช้ที่บ้าน"),
        attachments=[SimpleUploadedFile("photo.png", b"\x89PNG evidence")],
    )
    return {"pk": complaint.pk, "file_pk": complaint.attachments.get().pk}


SAMPLES: dict[str, Callable[[Agency], dict[str, Any]]] = {}


def default(agency: Agency, parts: set[str]) -> dict[str, Any]:
    if "file_pk" in parts:
        return _file_kwargs(agency)
    return {"pk": _complaint(agency).pk}
