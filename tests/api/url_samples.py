"""Sample URL parts of the staff API endpoints under /api/v1/agencies/<agency>/ for the staff URL
walker (tests/agencies/test_staff_urls.py): the API's URL names are all in the "api" namespace,
so each module's samples are gathered here from its own tests/<module>/url_samples.py."""

from collections.abc import Callable
from typing import Any

from prongsai.agencies.models import Agency
from tests.budget import url_samples as budget
from tests.feedback import url_samples as feedback

SAMPLES: dict[str, Callable[[Agency], dict[str, Any]]] = {
    "api:feedback_staff_survey": feedback._survey_kwargs,
    "api:feedback_staff_question": feedback._question,
    "api:budget_staff": lambda agency: budget.default(agency, {"year"}),
}
