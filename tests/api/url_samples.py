"""Sample URL parts of the staff API endpoints under /api/v1/agencies/<agency>/ for the staff URL
walker (tests/agencies/test_staff_urls.py): the API's URL names are all in the "api" namespace,
so each module's samples are gathered here from its own tests/<module>/url_samples.py."""

from collections.abc import Callable
from typing import Any

from prongsai.agencies.models import Agency
from tests.budget import url_samples as budget
from tests.feedback import url_samples as feedback
from tests.news import url_samples as news

SAMPLES: dict[str, Callable[[Agency], dict[str, Any]]] = {
    "api:feedback_staff_survey": feedback._survey_kwargs,
    "api:feedback_staff_question": feedback._question,
    "api:budget_staff": lambda agency: budget.default(agency, {"year"}),
    "api:news_staff_item": news.item_kwargs,
    "api:news_staff_publish": news.item_kwargs,
    "api:about_staff_page": lambda agency: {"kind": "privacy"},
    "api:training_staff_course": news.course_kwargs,
}
