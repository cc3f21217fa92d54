"""Makers for the gift register tests."""

from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from django.test import RequestFactory
from django.utils import timezone

from prongsai.agencies.access import effective_roles
from prongsai.integrity import actions
from prongsai.integrity.models import Gift


def gift_data(**changes: Any) -> actions.GiftData:
    values: dict[str, Any] = {
        "received_on": timezone.localdate() - timedelta(days=3),
        "giver_name": "บริษัท ตัวอย่าง จำกัด",
        "giver_organisation": "บริษัท ตัวอย่าง จำกัด",
        "relationship": Gift.Relationship.OTHER,
        "to_public": False,
        "business": Gift.Business.CONTRACTOR,
        "occasion": Gift.Occasion.FESTIVAL,
        "description": "กระเช้าปีใหม่",
        "value": Decimal("5000"),
    }
    values.update(changes)
    return actions.GiftData(**values)


def declare(agency, declarer, *, report_now: bool = False, today: date | None = None, **changes):
    return actions.declare_gift(
        agency=agency,
        declarer=declarer,
        data=gift_data(**changes),
        report_now=report_now,
        today=today,
    )


def staff_request(agency, user):
    """A request as `agencies.access.staff_view` hands it to a view."""
    request = RequestFactory().get("/")
    request.user = user
    request.agency = agency
    request.roles = effective_roles(user, agency)
    return request
