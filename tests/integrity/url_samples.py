"""Sample URL parts for the staff URL walker (tests/agencies/test_staff_urls.py): a gift of the
agency declared by a teacher and not yet reported (the director sees it; the walker's decision
is refused with a message and a redirect)."""

from collections.abc import Callable
from typing import Any

from prongsai.agencies.models import Agency


def _gift_kwargs(agency: Agency) -> dict[str, Any]:
    from prongsai.agencies.roles import Role
    from tests.factories import member
    from tests.integrity.helpers import declare

    return {"pk": declare(agency, member(agency, Role.STAFF)).pk}


SAMPLES: dict[str, Callable[[Agency], dict[str, Any]]] = {}


def default(agency: Agency, parts: set[str]) -> dict[str, Any]:
    return _gift_kwargs(agency)
