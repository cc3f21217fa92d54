"""Reads of the training log: a month's courses, a fiscal year's summary, the staff list."""

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from django.db.models import OuterRef, Prefetch, QuerySet
from django.http import Http404

from prongsai.agencies.models import Agency
from prongsai.lib.fiscal import (
    current_fiscal_year,
    fiscal_month_order,
    fiscal_year,
    fiscal_year_bounds,
)
from prongsai.lib.thai import thai_month_year
from prongsai.news.models import NewsImage, NewsItem, TrainingCourse
from prongsai.news.queries import visible


def _with_photos(rows: QuerySet[TrainingCourse]) -> QuerySet[TrainingCourse]:
    """Each course with its unit and, when its news item is public, that item's cover."""
    public = NewsItem.objects.filter(visible()).prefetch_related(
        Prefetch("images", queryset=NewsImage.objects.filter(is_cover=True), to_attr="covers")
    )
    return rows.select_related("unit").prefetch_related(Prefetch("news_item", queryset=public))


def month_courses(agency: Agency, year: int, month: int) -> list[TrainingCourse]:
    """Courses that started in the calendar month (CE year), first day first."""
    rows = TrainingCourse.objects.filter(
        agency=agency, starts_on__year=year, starts_on__month=month
    ).order_by("starts_on", "pk")
    return list(_with_photos(rows))


@dataclass
class MonthRow:
    year: int  # CE
    month: int
    courses: int = 0
    hours: Decimal = Decimal(0)
    attended: int = 0

    @property
    def year_be(self) -> int:
        return self.year + 543

    @property
    def label(self) -> str:
        return thai_month_year(self.year_be, self.month)


@dataclass
class YearSummary:
    year_be: int
    months: list[MonthRow]
    units: list[tuple[str, int, Decimal]]
    courses: int = 0
    hours: Decimal = Decimal(0)
    attended: int = 0
    person_hours: Decimal = Decimal(0)
    rated: list[Decimal] = field(default_factory=list)

    @property
    def satisfaction(self) -> Decimal | None:
        return sum(self.rated, Decimal(0)) / len(self.rated) if self.rated else None


def year_summary(agency: Agency, year_be: int) -> YearSummary:
    """The fiscal year's courses by month and by unit, with totals (one query)."""
    start, end = fiscal_year_bounds(year_be)
    rows = TrainingCourse.objects.filter(agency=agency, starts_on__range=(start, end))
    rows = rows.select_related("unit").only(
        "starts_on", "hours", "attended", "satisfaction", "unit__name_th"
    )
    months = {key: MonthRow(*key) for key in fiscal_month_order(year_be)}
    units: dict[str, list[Any]] = {}
    summary = YearSummary(year_be, list(months.values()), [])
    for course in rows:
        row = months[(course.starts_on.year, course.starts_on.month)]
        row.courses += 1
        row.hours += course.hours
        row.attended += course.attended or 0
        summary.courses += 1
        summary.hours += course.hours
        summary.attended += course.attended or 0
        summary.person_hours += course.person_hours
        if course.satisfaction is not None:
            summary.rated.append(course.satisfaction)
        name = course.unit.name_th if course.unit else ""
        unit = units.setdefault(name, [name, 0, Decimal(0)])
        unit[1] += 1
        unit[2] += course.hours
    summary.units = sorted((tuple(unit) for unit in units.values()), key=lambda u: -u[1])
    return summary


def staff_courses(agency: Agency) -> QuerySet[TrainingCourse]:
    return (
        TrainingCourse.objects.filter(agency=agency)
        .select_related("unit", "created_by")
        .order_by("-starts_on", "-pk")
    )


def course_for_staff(agency: Agency, pk: int) -> TrainingCourse:
    course = TrainingCourse.objects.filter(agency=agency, pk=pk).select_related("unit").first()
    if course is None:
        raise Http404
    return course


def course_months(agency: Agency) -> list[date]:
    """The months (first days) that have a course, newest first (the public month menu)."""
    found = TrainingCourse.objects.filter(agency=agency).dates("starts_on", "month", order="DESC")
    return list(found)


def first_year(agency: Agency) -> int:
    """The fiscal year (B.E.) of the agency's first course; the current one when there is none."""
    first = TrainingCourse.objects.filter(agency=agency).order_by("starts_on").first()
    return fiscal_year(first.starts_on) if first else current_fiscal_year()


def has_training() -> QuerySet[TrainingCourse]:
    """The agency's courses, by OuterRef("pk") (the public menu's condition)."""
    return TrainingCourse.objects.filter(agency=OuterRef("pk"))


def news_choices(agency: Agency) -> QuerySet[NewsItem]:
    """The items a course may take its photos from: the agency's training and activity news."""
    return NewsItem.objects.filter(
        agency=agency,
        category__in=[NewsItem.Category.TRAINING, NewsItem.Category.ACTIVITY],
    ).order_by("-publish_at")
