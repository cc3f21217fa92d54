"""Sample URL parts for the staff URL walker (tests/agencies/test_staff_urls.py)."""

from collections.abc import Callable
from typing import Any

from prongsai.agencies.models import Agency


def _item(agency: Agency) -> Any:
    from django.utils import timezone

    from prongsai.news.actions import ItemData, save_item
    from prongsai.news.models import NewsItem

    data = ItemData(NewsItem.Category.NEWS, "ข่าว", "", "", timezone.now())
    return save_item(agency=agency, data=data, actor=None)  # type: ignore[arg-type]


def item_kwargs(agency: Agency) -> dict[str, Any]:
    return {"pk": _item(agency).pk}


def _image(agency: Agency) -> dict[str, Any]:
    from django.core.files.uploadedfile import SimpleUploadedFile

    from prongsai.news.actions import add_image
    from prongsai.news.demo import demo_picture

    item = _item(agency)
    upload = SimpleUploadedFile("a.jpg", demo_picture(1, (60, 40)), "image/jpeg")
    return {"pk": item.pk, "image": add_image(item=item, upload=upload, alt_text="ภาพ").pk}


def _attachment(agency: Agency) -> dict[str, Any]:
    from django.core.files.uploadedfile import SimpleUploadedFile

    from prongsai.news.actions import add_attachment

    item = _item(agency)
    upload = SimpleUploadedFile("a.pdf", b"%PDF-1.4\n%%EOF\n", "application/pdf")
    return {"pk": item.pk, "attachment": add_attachment(item=item, upload=upload).pk}


def course_kwargs(agency: Agency) -> dict[str, Any]:
    from datetime import date
    from decimal import Decimal

    from prongsai.news.training_actions import CourseData, save_course

    data = CourseData("อบรม", date(2026, 11, 2), date(2026, 11, 2), Decimal(6), "ครู")
    return {"pk": save_course(agency=agency, data=data, actor=None).pk}  # type: ignore[arg-type]


SAMPLES: dict[str, Callable[[Agency], dict[str, Any]]] = {
    "news:staff_image": _image,
    "news:staff_image_remove": _image,
    "news:staff_attachment": _attachment,
    "news:staff_attachment_remove": _attachment,
    "news:staff_about_edit": lambda agency: {"kind": "privacy"},
    "news:staff_training_edit": course_kwargs,
    "news:staff_training_remove": course_kwargs,
}


def default(agency: Agency, parts: set[str]) -> dict[str, Any]:
    return {"pk": _item(agency).pk}
