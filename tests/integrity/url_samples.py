"""Sample URL parts for the staff URL walker (tests/agencies/test_staff_urls.py): a gift of the
agency declared by a teacher and not yet reported (the director sees it; the walker's decision
is refused with a message and a redirect), and a started No Gift declaration of a year."""

from collections.abc import Callable
from typing import Any

from prongsai.agencies.models import Agency


def _gift_kwargs(agency: Agency) -> dict[str, Any]:
    from prongsai.agencies.roles import Role
    from tests.factories import member
    from tests.integrity.helpers import declare

    return {"pk": declare(agency, member(agency, Role.STAFF)).pk}


def _year_kwargs(agency: Agency) -> dict[str, Any]:
    from prongsai.agencies.roles import Role
    from prongsai.integrity import declaration_actions, queries
    from tests.factories import member

    if queries.current_declaration(agency, 2568) is not None:
        return {"year": 2568}
    officer = member(agency, Role.ITA_OFFICER)
    declaration = declaration_actions.start_declaration(agency=agency, year=2568, by=officer)
    return {"year": declaration.year}


SAMPLES: dict[str, Callable[[Agency], dict[str, Any]]] = {}


def default(agency: Agency, parts: set[str]) -> dict[str, Any]:
    if "year" in parts:
        return _year_kwargs(agency)
    return _gift_kwargs(agency)


def _activity(agency: Agency) -> Any:
    from prongsai.integrity import queries
    from tests.integrity.helpers import record_activity

    found = queries.activities_of(agency)
    return found[0] if found else record_activity(agency)


def _activity_kwargs(agency: Agency) -> dict[str, Any]:
    return {"pk": _activity(agency).pk}


def _photo_kwargs(agency: Agency) -> dict[str, Any]:
    from tests.integrity.helpers import add_photo

    activity = _activity(agency)
    return {"pk": activity.pk, "photo": add_photo(activity).pk}


SAMPLES.update(
    {
        "integrity:activity_edit": _activity_kwargs,
        "integrity:activity_remove": _activity_kwargs,
        "integrity:activity_photo_add": _activity_kwargs,
        "integrity:activity_photo": _photo_kwargs,
        "integrity:activity_photo_remove": _photo_kwargs,
    }
)
