"""Sample URL parts for the staff URL walker (tests/agencies/test_staff_urls.py).

SAMPLES fills a named URL with an object of the given agency; `default` fills any other URL of
this module from the names of its parts, so a new URL needs no entry when its parts are usual.
"""

from collections.abc import Callable
from typing import Any

from prongsai.agencies.models import Agency
from prongsai.agencies.roles import Role
from tests.factories import UnitFactory, UserFactory, member


def _invitation_kwargs(agency: Agency) -> dict[str, Any]:
    from prongsai.agencies.invitations import invite_person

    invitation = invite_person(
        agency=agency,
        user=UserFactory(),
        roles=[Role.STAFF],
        unit=None,
        position="",
        by=None,
    )
    return {"pk": invitation.pk}


SAMPLES: dict[str, Callable[[Agency], dict[str, Any]]] = {
    "agencies:staff_unit_edit": lambda agency: {"pk": UnitFactory(agency=agency).pk},
    "agencies:staff_unit_delete": lambda agency: {"pk": UnitFactory(agency=agency).pk},
    "agencies:staff_person_edit": lambda agency: {"pk": member(agency, Role.STAFF).pk},
    "agencies:staff_person_remove": lambda agency: {"pk": member(agency, Role.STAFF).pk},
    "agencies:staff_invitation_cancel": _invitation_kwargs,
}
