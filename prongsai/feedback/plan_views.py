"""The improvement plan's pages: the staff plan (add, change, remove actions, record progress)
and the public plan beside the survey's report. Thin: gates in access.py, changes in
plan_actions, reads in plan_queries."""

from datetime import date
from typing import Any

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.forms import Form
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from prongsai.agencies.access import staff_view, user_of
from prongsai.agencies.menu import staff_context
from prongsai.agencies.models import Agency
from prongsai.feedback import plan_actions, plan_queries
from prongsai.feedback import survey_queries as queries
from prongsai.feedback.access import (
    SURVEY_BUILDERS,
    SURVEY_ENTERERS,
    SURVEY_READERS,
    get_action_for_progress,
    get_action_for_staff,
    get_survey_for_public,
    get_survey_for_staff,
    may_change,
    may_record,
)
from prongsai.feedback.models import ImprovementAction, Survey
from prongsai.feedback.plan_forms import ActionForm, ProgressForm


def _add_errors(form: Form, error: ValidationError) -> None:
    if hasattr(error, "error_dict"):
        for name, problems in error.message_dict.items():
            form.add_error(name if name in form.fields else None, problems)
    else:
        form.add_error(None, error)


def _action_form(
    survey: Survey, themes: list[tuple[str, int]], data: Any = None, action: Any = None
) -> ActionForm:
    known = {word for word, _count in themes}
    if action is not None:  # a group no longer computed stays choosable while it is chosen
        themes = themes + [(word, 0) for word in action.themes if word not in known]
    initial: dict[str, Any] = {}
    if action is not None:
        initial = {
            "title": action.title,
            "detail": action.detail,
            "themes": action.themes,
            "unit": action.unit_id,
            "owner": action.owner,
            "due_on": action.due_on,
        }
    return ActionForm(data, initial=initial, units=queries.units(survey.agency), themes=themes)


def _progress_form(data: Any = None) -> ProgressForm:
    return ProgressForm(data, initial={"recorded_on": timezone.localdate(), "status": "doing"})


def _plan_page(
    request: HttpRequest, survey: Survey, form: ActionForm | None = None
) -> HttpResponse:
    counts = plan_queries.theme_counts(survey)
    rows = plan_queries.plan(survey, counts)
    can_build = may_change(request, survey)
    if form is None and can_build:
        form = _action_form(survey, counts)
    context = staff_context(
        request,
        survey.agency,
        survey=survey,
        year=plan_actions.plan_year(survey),
        rows=rows,
        summary=plan_queries.summary(rows),
        form=form,
        can_build=can_build,
        public=survey.state(timezone.localdate()) == "closed",
    )
    return render(request, "feedback/plan_staff.html", context)


@staff_view(*SURVEY_READERS)
def survey_plan(request: HttpRequest, agency: Agency, pk: int) -> HttpResponse:
    return _plan_page(request, get_survey_for_staff(request, pk))


@staff_view(*SURVEY_BUILDERS)
@require_POST
def survey_plan_new(request: HttpRequest, agency: Agency, pk: int) -> HttpResponse:
    survey = get_survey_for_staff(request, pk, act=True)
    form = _action_form(survey, plan_queries.theme_counts(survey), request.POST)
    if form.is_valid():
        try:
            action = plan_actions.save_action(survey=survey, action=None, **form.cleaned_data)
        except ValidationError as error:
            _add_errors(form, error)
        else:
            messages.success(request, _("The action was added to the plan."))
            return redirect(
                "feedback:survey_plan_action", agency=agency.slug, pk=survey.pk, aid=action.pk
            )
    return _plan_page(request, survey, form)


def _action_page(
    request: HttpRequest,
    action: ImprovementAction,
    form: ActionForm | None = None,
    progress_form: ProgressForm | None = None,
) -> HttpResponse:
    survey = action.survey
    counts = plan_queries.theme_counts(survey)
    row = next(row for row in plan_queries.plan(survey, counts) if row.action.pk == action.pk)
    can_build = may_change(request, survey)
    can_record = may_record(request, action)
    if form is None and can_build:
        form = _action_form(survey, counts, action=action)
    if progress_form is None and can_record:
        progress_form = _progress_form()
    context = staff_context(
        request,
        survey.agency,
        survey=survey,
        row=row,
        year=plan_actions.plan_year(survey),
        form=form,
        progress_form=progress_form,
        can_build=can_build,
        can_record=can_record,
    )
    return render(request, "feedback/plan_action.html", context)


@staff_view(*SURVEY_READERS)
def survey_plan_action(request: HttpRequest, agency: Agency, pk: int, aid: int) -> HttpResponse:
    if request.method != "POST":
        return _action_page(request, get_action_for_staff(request, pk, aid))
    action = get_action_for_staff(request, pk, aid, act=True)
    form = _action_form(
        action.survey, plan_queries.theme_counts(action.survey), request.POST, action
    )
    if form.is_valid():
        try:
            plan_actions.save_action(survey=action.survey, action=action, **form.cleaned_data)
        except ValidationError as error:
            _add_errors(form, error)
        else:
            messages.success(request, _("The action was saved."))
            return redirect("feedback:survey_plan_action", agency=agency.slug, pk=pk, aid=aid)
    return _action_page(request, action, form=form)


@staff_view(*SURVEY_BUILDERS)
@require_POST
def survey_plan_delete(request: HttpRequest, agency: Agency, pk: int, aid: int) -> HttpResponse:
    action = get_action_for_staff(request, pk, aid, act=True)
    plan_actions.delete_action(action=action)
    messages.success(request, _("The action and its progress were removed from the plan."))
    return redirect("feedback:survey_plan", agency=agency.slug, pk=pk)


@staff_view(*SURVEY_ENTERERS)
@require_POST
def survey_plan_progress(request: HttpRequest, agency: Agency, pk: int, aid: int) -> HttpResponse:
    action = get_action_for_progress(request, pk, aid)
    form = _progress_form(request.POST)
    if form.is_valid():
        try:
            plan_actions.record_progress(action=action, by=user_of(request), **form.cleaned_data)
        except ValidationError as error:
            _add_errors(form, error)
        else:
            messages.success(request, _("The progress was recorded."))
            return redirect("feedback:survey_plan_action", agency=agency.slug, pk=pk, aid=aid)
    return _action_page(request, action, progress_form=form)


def public_plan(request: HttpRequest, agency: str, pk: int) -> HttpResponse:
    """The plan and its progress, public once the survey closed (with its report)."""
    survey = get_survey_for_public(agency, pk)
    today: date = timezone.localdate()
    if survey.state(today) != "closed":
        context = {"agency": survey.agency, "survey": survey, "state": survey.state(today)}
        return render(request, "feedback/survey_closed.html", {**context, "results_later": True})
    rows = plan_queries.plan(survey)
    context = {
        "agency": survey.agency,
        "survey": survey,
        "year": plan_actions.plan_year(survey),
        "rows": rows,
        "summary": plan_queries.summary(rows),
    }
    return render(request, "feedback/plan_public.html", context)
