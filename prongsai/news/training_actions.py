"""Writing the training log: a course with its result, or its removal."""

from dataclasses import dataclass, fields
from datetime import date
from decimal import Decimal

from django.db import transaction

from prongsai.accounts.models import User
from prongsai.agencies.models import Agency, Unit
from prongsai.news.models import NewsItem, TrainingCourse


@dataclass
class CourseData:
    title: str
    starts_on: date
    ends_on: date
    hours: Decimal
    audience: str
    unit: Unit | None = None
    place: str = ""
    invited: int | None = None
    attended: int | None = None
    satisfaction: Decimal | None = None
    outcome: str = ""
    news_item: NewsItem | None = None


def save_course(
    *, agency: Agency, data: CourseData, actor: User, course: TrainingCourse | None = None
) -> TrainingCourse:
    """A new course (or `course` changed). The unit and the news item must be the agency's
    (the form offers only those; checked again here)."""
    if data.unit is not None and data.unit.agency_id != agency.pk:
        raise ValueError("unit of another agency")
    if data.news_item is not None and data.news_item.agency_id != agency.pk:
        raise ValueError("news item of another agency")
    with transaction.atomic():
        if course is None:
            course = TrainingCourse(agency=agency, created_by=actor)
        for each in fields(data):
            setattr(course, each.name, getattr(data, each.name))
        course.save()
    return course


def remove_course(*, course: TrainingCourse) -> None:
    with transaction.atomic():
        course.delete()
