"""Sample URL parts for the staff URL walker (tests/agencies/test_staff_urls.py)."""

from collections.abc import Callable
from typing import Any

from prongsai.agencies.models import Agency

SAMPLES: dict[str, Callable[[Agency], dict[str, Any]]] = {}


def default(agency: Agency, parts: set[str]) -> dict[str, Any]:
    from tests.assets.helpers import make_asset

    return {"pk": make_asset(agency).pk}
