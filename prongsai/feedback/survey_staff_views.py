"""The back office of surveys: the list, the builder, the live analysis, paper answers and the
QR poster. Thin: the gates in access.py fetch, survey_actions change, survey_queries read."""

from typing import Any

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.forms import Form
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from prongsai.agencies.access import roles_of, staff_view, user_of
from prongsai.agencies.menu import staff_context
from prongsai.agencies.models import Agency
from prongsai.feedback import survey_actions as actions
from prongsai.feedback import survey_queries as queries
from prongsai.feedback.access import (
    HANDLERS,
    SURVEY_BUILDERS,
    SURVEY_ENTERERS,
    SURVEY_READERS,
    get_survey_for_entry,
    get_survey_for_staff,
    may_build,
    may_change,
    survey_units,
)
from prongsai.feedback.models import Survey, SurveyQuestion, SurveySection
from prongsai.feedback.stats import band_rows
from prongsai.feedback.survey_forms import (
    AnswerForm,
    NewSurveyForm,
    QuestionForm,
    SectionForm,
    SurveyForm,
)
from prongsai.feedback.survey_poster import poster_response


def _add_errors(form: Form, error: ValidationError) -> None:
    if hasattr(error, "error_dict"):
        for name, problems in error.message_dict.items():
            form.add_error(name if name in form.fields else None, problems)
    else:
        form.add_error(None, error)


def _unit_choice(request: HttpRequest, agency: Agency) -> dict[str, Any]:
    """A unit head builds only their units' surveys; the officer and director any."""
    units = survey_units(request)
    rows = queries.units(agency)
    if units is None or roles_of(request) & HANDLERS:
        return {"units": rows, "unit_required": False}
    return {"units": rows.filter(pk__in=units), "unit_required": True}


def _list(request: HttpRequest, agency: Agency, form: NewSurveyForm | None = None) -> HttpResponse:
    today = timezone.localdate()
    if form is None and may_build(request):
        form = NewSurveyForm(**_unit_choice(request, agency))
    rows = list(queries.staff_surveys(agency, survey_units(request)))
    context = staff_context(
        request,
        agency,
        rows=[(survey, survey.state(today)) for survey in rows],
        new_form=form,
    )
    return render(request, "feedback/survey_list.html", context)


@staff_view(*SURVEY_READERS)
def survey_list(request: HttpRequest, agency: Agency) -> HttpResponse:
    return _list(request, agency)


@staff_view(*SURVEY_BUILDERS)
@require_POST
def survey_new(request: HttpRequest, agency: Agency) -> HttpResponse:
    form = NewSurveyForm(request.POST, **_unit_choice(request, agency))
    if not form.is_valid():
        return _list(request, agency, form)
    data = form.cleaned_data
    survey = actions.create_survey(
        agency=agency,
        template=data["template"],
        title=data["title"] or _("Satisfaction survey"),
        opens_on=data["opens_on"],
        closes_on=data["closes_on"],
        unit=data["unit"],
    )
    messages.success(request, _("The survey was created. Check its questions and period."))
    return redirect("feedback:survey_edit", agency=agency.slug, pk=survey.pk)


@staff_view(*SURVEY_READERS)
def survey_detail(request: HttpRequest, agency: Agency, pk: int) -> HttpResponse:
    survey = get_survey_for_staff(request, pk)
    stored, themes = queries.themes(survey)
    context = staff_context(
        request,
        agency,
        survey=survey,
        themes=themes,
        themes_at=stored.computed_at if stored else None,
        state=survey.state(timezone.localdate()),
        results=queries.results(survey),
        bands=band_rows(survey.bands),
        can_build=may_change(request, survey),
        can_enter=bool(roles_of(request) & SURVEY_ENTERERS),
    )
    return render(request, "feedback/survey_detail.html", context)


def _settings_form(request: HttpRequest, survey: Survey, data: Any = None) -> SurveyForm:
    fields = (
        "title",
        "description",
        "opens_on",
        "closes_on",
        "groups",
        "notice",
        "bands",
        "conclusion",
        "recommendations",
    )
    initial = {name: getattr(survey, name) for name in fields}
    initial.update(
        unit=survey.unit_id,
        population=survey.population or "",
        method=survey.method,
        services=survey.services,
    )
    return SurveyForm(
        data,
        initial=initial,
        services=queries.services_offered(survey.agency),
        **_unit_choice(request, survey.agency),
    )


def _question_form(question: SurveyQuestion, sections: list[SurveySection]) -> QuestionForm:
    initial = {
        "section": question.section_id,
        "text": question.text,
        "kind": question.kind,
        "required": question.required,
        "choices": question.choices,
    }
    return QuestionForm(initial=initial, sections=sections, prefix=f"q{question.pk}")


def _editor(request: HttpRequest, survey: Survey, **forms: Form) -> HttpResponse:
    sections = queries.sections(survey)
    frozen = queries.has_answers(survey)
    parts = [
        (
            section,
            [
                (
                    question,
                    forms.get(f"question_{question.pk}") or _question_form(question, sections),
                )
                for question in section.questions.all()
            ],
        )
        for section in sections
    ]
    context = staff_context(
        request,
        survey.agency,
        survey=survey,
        frozen=frozen,
        sections=sections,
        parts=parts,
        settings_form=forms.get("settings_form") or _settings_form(request, survey),
        section_form=forms.get("section_form") or SectionForm(prefix="section"),
        new_question_form=forms.get("new_question_form")
        or QuestionForm(sections=sections, prefix="new", initial={"required": True}),
    )
    return render(request, "feedback/survey_edit.html", context)


@staff_view(*SURVEY_BUILDERS)
def survey_edit(request: HttpRequest, agency: Agency, pk: int) -> HttpResponse:
    survey = get_survey_for_staff(request, pk, act=True)
    if request.method != "POST":
        return _editor(request, survey)
    form = _settings_form(request, survey, request.POST)
    if form.is_valid():
        try:
            actions.save_survey(survey=survey, **form.cleaned_data)
        except ValidationError as error:
            _add_errors(form, error)
        else:
            messages.success(request, _("The survey was saved."))
            return redirect("feedback:survey_edit", agency=agency.slug, pk=survey.pk)
    return _editor(request, survey, settings_form=form)


def _saved(request: HttpRequest, survey: Survey, message: str) -> HttpResponse:
    messages.success(request, message)
    return redirect("feedback:survey_edit", agency=survey.agency.slug, pk=survey.pk)


def _refused(request: HttpRequest, survey: Survey, error: ValidationError) -> HttpResponse:
    messages.error(request, " ".join(error.messages))
    return redirect("feedback:survey_edit", agency=survey.agency.slug, pk=survey.pk)


@staff_view(*SURVEY_BUILDERS)
@require_POST
def survey_section_new(request: HttpRequest, agency: Agency, pk: int) -> HttpResponse:
    survey = get_survey_for_staff(request, pk, act=True)
    form = SectionForm(request.POST, prefix="section")
    if not form.is_valid():
        return _editor(request, survey, section_form=form)
    try:
        actions.add_section(survey=survey, title=form.cleaned_data["title"])
    except ValidationError as error:
        return _refused(request, survey, error)
    return _saved(request, survey, _("The section was added."))


@staff_view(*SURVEY_BUILDERS)
@require_POST
def survey_section_delete(request: HttpRequest, agency: Agency, pk: int, sid: int) -> HttpResponse:
    survey = get_survey_for_staff(request, pk, act=True)
    try:
        actions.delete_section(section=queries.section_of(survey, sid))
    except ValidationError as error:
        return _refused(request, survey, error)
    return _saved(request, survey, _("The section and its questions were removed."))


def _save_question(request: HttpRequest, survey: Survey, qid: int | None) -> HttpResponse:
    sections = queries.sections(survey)
    question = queries.question_of(survey, qid) if qid is not None else None
    prefix = f"q{qid}" if qid is not None else "new"
    form = QuestionForm(request.POST, sections=sections, prefix=prefix)
    if form.is_valid():
        data = form.cleaned_data
        section = next(section for section in sections if section.pk == data["section"])
        try:
            actions.save_question(
                section=section,
                question=question,
                text=data["text"],
                kind=data["kind"],
                required=data["required"],
                choices=data["choices"],
            )
        except ValidationError as error:
            if not hasattr(error, "error_dict"):
                return _refused(request, survey, error)
            _add_errors(form, error)
        else:
            return _saved(request, survey, _("The question was saved."))
    key = f"question_{qid}" if qid is not None else "new_question_form"
    return _editor(request, survey, **{key: form})


@staff_view(*SURVEY_BUILDERS)
@require_POST
def survey_question_new(request: HttpRequest, agency: Agency, pk: int) -> HttpResponse:
    return _save_question(request, get_survey_for_staff(request, pk, act=True), None)


@staff_view(*SURVEY_BUILDERS)
@require_POST
def survey_question(request: HttpRequest, agency: Agency, pk: int, qid: int) -> HttpResponse:
    return _save_question(request, get_survey_for_staff(request, pk, act=True), qid)


@staff_view(*SURVEY_BUILDERS)
@require_POST
def survey_question_delete(request: HttpRequest, agency: Agency, pk: int, qid: int) -> HttpResponse:
    survey = get_survey_for_staff(request, pk, act=True)
    try:
        actions.delete_question(question=queries.question_of(survey, qid))
    except ValidationError as error:
        return _refused(request, survey, error)
    return _saved(request, survey, _("The question was removed."))


@staff_view(*SURVEY_BUILDERS)
@require_POST
def survey_copy(request: HttpRequest, agency: Agency, pk: int) -> HttpResponse:
    survey = get_survey_for_staff(request, pk, act=True)
    copy = actions.copy_survey(survey=survey, today=timezone.localdate())
    return _saved(request, copy, _("A new version was made. Its questions can be changed."))


@staff_view(*SURVEY_ENTERERS)
def survey_paper(request: HttpRequest, agency: Agency, pk: int) -> HttpResponse:
    survey = get_survey_for_entry(request, pk)
    sections = queries.sections(survey)
    form = AnswerForm(
        request.POST if request.method == "POST" else None, survey=survey, sections=sections
    )
    if request.method == "POST" and form.is_valid():
        try:
            actions.submit_response(
                survey=survey,
                questions=queries.questions(sections),
                given=form.given(),
                paper=True,
                entered_by=user_of(request),
            )
        except ValidationError as error:
            _add_errors(form, error)
        else:
            messages.success(request, _("The paper answers were saved. Type in the next sheet."))
            return redirect("feedback:survey_paper", agency=agency.slug, pk=survey.pk)
    context = staff_context(request, agency, survey=survey, form=form)
    return render(request, "feedback/survey_paper.html", context)


@staff_view(*SURVEY_READERS)
def survey_poster(request: HttpRequest, agency: Agency, pk: int) -> HttpResponse:
    return poster_response(request, get_survey_for_staff(request, pk))


@staff_view(*SURVEY_READERS)
def survey_answers(request: HttpRequest, agency: Agency, pk: int, fmt: str) -> HttpResponse:
    """Every answer as CSV or XLSX (people who may read the survey's results)."""
    from prongsai.exports.responses import CONTENT_TYPES, Rendered, file_response
    from prongsai.feedback import survey_exports

    if fmt not in survey_exports.FORMATS:
        raise Http404
    survey = get_survey_for_staff(request, pk)
    content = (
        survey_exports.answers_csv(survey) if fmt == "csv" else survey_exports.answers_xlsx(survey)
    )
    filename = f"survey-{survey.pk}-answers.{fmt}"
    return file_response(Rendered(content, CONTENT_TYPES[fmt], filename), inline=False)
