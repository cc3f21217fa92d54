"""Sample URL parts for the staff URL walker (tests/agencies/test_staff_urls.py)."""

from collections.abc import Callable
from typing import Any

from prongsai.agencies.models import Agency


def _question(agency: Agency) -> dict[str, Any]:
    from prongsai.feedback.actions import Asked, ask_question

    question = ask_question(
        agency=agency, asked=Asked(kind="question", category=None, text="สอบถาม")
    )
    return {"pk": question.pk}


def _category(agency: Agency) -> dict[str, Any]:
    from prongsai.feedback.actions import ensure_categories

    return {"pk": ensure_categories(agency=agency)[0].pk}


SAMPLES: dict[str, Callable[[Agency], dict[str, Any]]] = {
    "feedback:staff_category": _category,
}


def default(agency: Agency, parts: set[str]) -> dict[str, Any]:
    return _question(agency)
