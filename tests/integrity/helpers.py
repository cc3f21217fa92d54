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


PNG = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00"
    b"\x1f\x15\xc4\x89\x00\x00\x00\rIDATx\x9cc\xf8\x0f\x00\x00\x01\x01\x00\x05\x18\xd8N\x00"
    b"\x00\x00\x00IEND\xaeB`\x82"
)


def activity_data(**changes: Any):
    from prongsai.integrity.activity_actions import ActivityData

    values: dict[str, Any] = {
        "held_on": timezone.localdate() - timedelta(days=10),
        "title": "ประชุมชี้แจงนโยบาย No Gift Policy",
        "kind": "meeting",
        "audience": "ครูและบุคลากรทางการศึกษา",
        "attendance": 45,
        "report": "ผู้อำนวยการชี้แจงนโยบายและหลักเกณฑ์การรับของขวัญ",
        "published": False,
    }
    values.update(changes)
    return ActivityData(**values)


def record_activity(agency, by=None, **changes):
    from prongsai.agencies.roles import Role
    from prongsai.integrity import activity_actions
    from tests.factories import member

    return activity_actions.record_activity(
        agency=agency, by=by or member(agency, Role.ITA_OFFICER), data=activity_data(**changes)
    )


def add_photo(activity, alt_text="ครูฟังการชี้แจงในห้องประชุม"):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from prongsai.integrity import activity_actions

    upload = SimpleUploadedFile("photo.png", PNG, content_type="image/png")
    return activity_actions.add_photo(activity=activity, upload=upload, alt_text=alt_text)
