"""The training log: public month and year pages, the staff list and course form."""

from datetime import date

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from prongsai.agencies.access import get_agency_or_404, roles_of, staff_view, user_of
from prongsai.agencies.menu import staff_context
from prongsai.agencies.models import Agency
from prongsai.lib.fiscal import current_fiscal_year, fiscal_year
from prongsai.lib.thai import thai_month_year
from prongsai.news import training_actions, training_queries
from prongsai.news.access import (
    TRAINING_READERS,
    TRAINING_WRITERS,
    get_course_for_staff,
    get_month_for_public,
    may_change_course,
    require_training_writer,
)
from prongsai.news.training_forms import CourseForm, course_initial


def _month_context(agency: Agency, year: int, month: int) -> dict[str, object]:
    courses = training_queries.month_courses(agency, year, month)
    before = date(year - 1, 12, 1) if month == 1 else date(year, month - 1, 1)
    after = date(year + 1, 1, 1) if month == 12 else date(year, month + 1, 1)
    recorded = training_queries.course_months(agency)
    # Only months worth opening: none before the first course, none after this month (an
    # endless chain of empty months helps no reader and traps every crawler).
    has_before = bool(recorded) and before >= recorded[-1]
    has_after = after <= timezone.localdate().replace(day=1)
    return {
        "agency": agency,
        "courses": courses,
        "label": thai_month_year(year + 543, month),
        "hours": sum((course.hours for course in courses), start=0),
        "attended": sum(course.attended or 0 for course in courses),
        "before": (before.year + 543, before.month) if has_before else None,
        "after": (after.year + 543, after.month) if has_after else None,
        "fiscal_year": fiscal_year(date(year, month, 1)),
        "months": [
            (first.year + 543, first.month, thai_month_year(first.year + 543, first.month))
            for first in recorded[:24]
        ],
    }


def training_index(request: HttpRequest, agency: str) -> HttpResponse:
    """This month's page."""
    agency_obj = get_agency_or_404(agency)
    today = timezone.localdate()
    context = _month_context(agency_obj, today.year, today.month)
    return render(request, "news/training_month.html", context)


def training_month(request: HttpRequest, agency: str, year: int, month: int) -> HttpResponse:
    agency_obj = get_agency_or_404(agency)
    ce_year, month = get_month_for_public(year, month)
    return render(request, "news/training_month.html", _month_context(agency_obj, ce_year, month))


def training_year(request: HttpRequest, agency: str, year: int) -> HttpResponse:
    agency_obj = get_agency_or_404(agency)
    summary = training_queries.year_summary(agency_obj, year)
    context = {
        "agency": agency_obj,
        "summary": summary,
        "months": summary.months,
        "year": year,
        "previous": year - 1 if year > training_queries.first_year(agency_obj) else None,
        "next": year + 1 if year < current_fiscal_year() else None,
    }
    return render(request, "news/training_year.html", context)


@staff_view(*TRAINING_READERS)
def staff_training_list(request: HttpRequest, agency: Agency) -> HttpResponse:
    courses = list(training_queries.staff_courses(agency)[:200])
    context = staff_context(
        request,
        agency,
        rows=[(course, may_change_course(request, course)) for course in courses],
        can_write=bool(roles_of(request) & TRAINING_WRITERS),
    )
    return render(request, "news/staff_training_list.html", context)


@staff_view(*TRAINING_WRITERS)
def staff_training_new(request: HttpRequest, agency: Agency) -> HttpResponse:
    require_training_writer(request)
    form = CourseForm(request.POST or None, agency=agency)
    if request.method == "POST" and form.is_valid():
        training_actions.save_course(agency=agency, data=form.course_data(), actor=user_of(request))
        messages.success(request, _("The course was recorded."))
        return redirect("news:staff_training_list", agency=agency.slug)
    context = staff_context(request, agency, form=form, course=None)
    return render(request, "news/staff_training_edit.html", context)


@staff_view(*TRAINING_READERS)
def staff_training_edit(request: HttpRequest, agency: Agency, pk: int) -> HttpResponse:
    if request.method == "POST":
        course = get_course_for_staff(request, pk, act=True)
        form = CourseForm(request.POST, agency=agency)
        if form.is_valid():
            training_actions.save_course(
                agency=agency, data=form.course_data(), actor=user_of(request), course=course
            )
            messages.success(request, _("The course was saved."))
            return redirect("news:staff_training_list", agency=agency.slug)
    else:
        course = get_course_for_staff(request, pk)
        form = CourseForm(initial=course_initial(course), agency=agency)
    context = staff_context(
        request, agency, form=form, course=course, can_change=may_change_course(request, course)
    )
    return render(request, "news/staff_training_edit.html", context)


@staff_view(*TRAINING_WRITERS)
@require_POST
def staff_training_remove(request: HttpRequest, agency: Agency, pk: int) -> HttpResponse:
    course = get_course_for_staff(request, pk, act=True)
    training_actions.remove_course(course=course)
    messages.success(request, _("The course was removed from the log."))
    return redirect(reverse("news:staff_training_list", kwargs={"agency": agency.slug}))
