"""The back office of questions: the list, one question with its actions, and the settings."""

from typing import Any

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.forms import Form
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from prongsai.agencies.access import roles_of, staff_view, units_of, user_of
from prongsai.agencies.menu import staff_context
from prongsai.agencies.models import Agency
from prongsai.feedback import actions, queries
from prongsai.feedback.access import (
    ANSWERERS,
    HANDLERS,
    READERS,
    get_category_for_staff,
    get_question_for_handling,
    get_question_for_staff,
    handles,
    is_assignee,
    sees_all,
)
from prongsai.feedback.forms import AnswerForm, AssignForm, CategoryForm, HideForm, SettingsForm
from prongsai.feedback.models import Question


def _add_errors(form: Form, error: ValidationError) -> None:
    if hasattr(error, "error_dict"):
        for field, problems in error.message_dict.items():
            form.add_error(field if field in form.fields else None, problems)
    else:
        form.add_error(None, error)


def _assign_form(agency: Agency, data: Any = None) -> AssignForm:
    return AssignForm(data, people=queries.people(agency), units=queries.units(agency))


@staff_view(*READERS)
def staff_list(request: HttpRequest, agency: Agency) -> HttpResponse:
    roles = roles_of(request)
    status = request.GET.get("status", "")
    user = user_of(request)
    rows = queries.staff_questions(
        agency,
        sees_all=sees_all(roles),
        user=user,
        unit_ids=set() if sees_all(roles) else units_of(user, agency),
        status=status,
    )
    context = staff_context(
        request,
        agency,
        rows=rows,
        today=timezone.localdate(),
        status=status,
        statuses=Question.Status.choices,
        can_handle=handles(roles),
        answer_days=queries.answer_days(agency),
    )
    return render(request, "feedback/staff_list.html", context)


def _detail(
    request: HttpRequest, agency: Agency, question: Question, **forms: Form
) -> HttpResponse:
    roles = roles_of(request)
    can_handle = handles(roles)
    can_answer = bool(roles & ANSWERERS) and (can_handle or is_assignee(request, question))
    context = staff_context(
        request,
        agency,
        question=question,
        today=timezone.localdate(),
        can_handle=can_handle and question.status != Question.Status.HIDDEN,
        can_answer=can_answer and question.status != Question.Status.HIDDEN,
        answer_form=forms.get("answer_form")
        or AnswerForm(initial={"answer": question.answer, "keep_private": question.kept_private}),
        assign_form=forms.get("assign_form") or _assign_form(agency),
        hide_form=forms.get("hide_form") or HideForm(),
    )
    return render(request, "feedback/staff_detail.html", context)


@staff_view(*READERS)
def staff_detail(request: HttpRequest, agency: Agency, pk: int) -> HttpResponse:
    return _detail(request, agency, get_question_for_staff(request, pk))


@staff_view(*ANSWERERS)
@require_POST
def staff_answer(request: HttpRequest, agency: Agency, pk: int) -> HttpResponse:
    question = get_question_for_staff(request, pk, act=True)
    form = AnswerForm(request.POST)
    if form.is_valid():
        try:
            actions.answer_question(
                question=question,
                answer=form.cleaned_data["answer"],
                keep_private=form.cleaned_data["keep_private"],
                actor=user_of(request),
            )
        except ValidationError as error:
            _add_errors(form, error)
        else:
            messages.success(request, _("The answer was saved."))
            return redirect("feedback:staff_detail", agency=agency.slug, pk=question.pk)
    return _detail(request, agency, question, answer_form=form)


@staff_view(*HANDLERS)
@require_POST
def staff_assign(request: HttpRequest, agency: Agency, pk: int) -> HttpResponse:
    question = get_question_for_handling(request, pk)
    form = _assign_form(agency, request.POST)
    if form.is_valid():
        user, unit = form.chosen()
        try:
            actions.assign_question(question=question, user=user, unit=unit)
        except ValidationError as error:
            _add_errors(form, error)
        else:
            messages.success(request, _("The question was assigned."))
            return redirect("feedback:staff_detail", agency=agency.slug, pk=question.pk)
    return _detail(request, agency, question, assign_form=form)


@staff_view(*HANDLERS)
@require_POST
def staff_hide(request: HttpRequest, agency: Agency, pk: int) -> HttpResponse:
    question = get_question_for_handling(request, pk)
    form = HideForm(request.POST)
    if form.is_valid():
        actions.hide_question(question=question, reason=form.cleaned_data["reason"])
        messages.success(request, _("The question was hidden. It is kept with the reason."))
        return redirect("feedback:staff_detail", agency=agency.slug, pk=question.pk)
    return _detail(request, agency, question, hide_form=form)


# ---------------------------------------------------------------- settings


def _settings_page(
    request: HttpRequest,
    agency: Agency,
    *,
    settings_form: SettingsForm | None = None,
    bad: tuple[int | None, CategoryForm] | None = None,
) -> HttpResponse:
    people, units = queries.people(agency), queries.units(agency)
    rows = []
    for category in actions.ensure_categories(agency=agency):
        form = CategoryForm(
            initial={
                "name": category.name,
                "assign_user": category.assign_user_id,
                "assign_unit": category.assign_unit_id,
            },
            people=people,
            units=units,
            prefix=f"c{category.pk}",
        )
        if bad is not None and bad[0] == category.pk:
            form = bad[1]
        rows.append((category, form))
    new_form = bad[1] if bad is not None and bad[0] is None else None
    context = staff_context(
        request,
        agency,
        settings_form=settings_form
        or SettingsForm(initial={"answer_days": queries.answer_days(agency)}),
        rows=rows,
        new_form=new_form or CategoryForm(people=people, units=units, prefix="new"),
    )
    return render(request, "feedback/staff_settings.html", context)


@staff_view(*HANDLERS)
def staff_settings(request: HttpRequest, agency: Agency) -> HttpResponse:
    if request.method != "POST":
        return _settings_page(request, agency)
    form = SettingsForm(request.POST)
    if form.is_valid():
        actions.save_settings(agency=agency, answer_days=form.cleaned_data["answer_days"])
        messages.success(request, _("The settings were saved."))
        return redirect("feedback:staff_settings", agency=agency.slug)
    return _settings_page(request, agency, settings_form=form)


def _save_category(request: HttpRequest, agency: Agency, pk: int | None) -> HttpResponse:
    category = get_category_for_staff(request, pk, act=True) if pk is not None else None
    form = CategoryForm(
        request.POST,
        people=queries.people(agency),
        units=queries.units(agency),
        prefix=f"c{pk}" if pk is not None else "new",
    )
    if form.is_valid():
        try:
            actions.save_category(agency=agency, category=category, **form.cleaned_data)
        except ValidationError as error:
            _add_errors(form, error)
        else:
            messages.success(request, _("The category was saved."))
            return redirect("feedback:staff_settings", agency=agency.slug)
    return _settings_page(request, agency, bad=(pk, form))


@staff_view(*HANDLERS)
@require_POST
def staff_category(request: HttpRequest, agency: Agency, pk: int) -> HttpResponse:
    return _save_category(request, agency, pk)


@staff_view(*HANDLERS)
@require_POST
def staff_category_new(request: HttpRequest, agency: Agency) -> HttpResponse:
    return _save_category(request, agency, None)
