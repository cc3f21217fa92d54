"""Sample URL parts for the staff URL walker (tests/agencies/test_staff_urls.py).

SAMPLES fills a named URL with an object of the given agency; `default` fills any other URL of
this module from the names of its parts, so a new URL needs no entry when its parts are usual.
"""

from collections.abc import Callable
from typing import Any

from prongsai.agencies.models import Agency


def _manual_kwargs(agency: Agency) -> dict[str, Any]:
    from datetime import date

    from prongsai.manuals.actions import ManualData, StepData, create_manual

    manual = create_manual(
        agency=agency,
        data=ManualData(
            title="คู่มือการยืมพัสดุ",
            owner_unit=None,
            purpose="",
            scope="",
            review_on=date(2099, 9, 30),
            changes="",
            steps=[StepData("ยื่นคำขอยืม", "ผู้ยืม", 15)],
        ),
        actor=None,
    )
    return {"pk": manual.pk}


SAMPLES: dict[str, Callable[[Agency], dict[str, Any]]] = {}


def default(agency: Agency, parts: set[str]) -> dict[str, Any]:
    return _manual_kwargs(agency)
