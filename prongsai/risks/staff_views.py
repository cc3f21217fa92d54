"""The assessment's back-office pages: the years, start a year, the assessment (matrix, risks,
measures, follow-ups), its settings, approve / publish / return to draft."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from prongsai.agencies.access import staff_view, user_of
from prongsai.agencies.menu import staff_context
from prongsai.agencies.models import Agency
from prongsai.exports.responses import file_response
from prongsai.lib.fiscal import fiscal_year
from prongsai.risks import actions, chart, downloads, queries, rules
from prongsai.risks.access import (
    APPROVERS,
    EDITORS,
    READERS,
    get_assessment_for_staff,
    may_approve,
    may_edit,
)
from prongsai.risks.forms import SettingsForm, StartForm


def _start_years(started: set[int]) -> list[int]:
    now = fiscal_year(timezone.localdate())
    return [year for year in (now + 1, now, now - 1) if year not in started]


def _refused(request: HttpRequest, error: ValidationError) -> None:
    messages.error(request, " ".join(error.messages))


@staff_view(*READERS)
def assessments(request: HttpRequest, agency: Agency) -> HttpResponse:
    rows = queries.assessments_of(agency)
    years = _start_years({row.year for row in rows}) if may_edit(request) else []
    now = fiscal_year(timezone.localdate())
    start = StartForm(years=years, initial={"year": now if now in years else None})
    context = staff_context(request, agency, rows=rows, start=start if years else None)
    return render(request, "risks/assessments.html", context)


@staff_view(*EDITORS)
@require_POST
def assessment_start(request: HttpRequest, agency: Agency) -> HttpResponse:
    started = {row.year for row in queries.assessments_of(agency)}
    form = StartForm(request.POST, years=_start_years(started))
    if not form.is_valid():
        for errors in form.errors.values():
            messages.error(request, " ".join(str(error) for error in errors))
        return redirect("risks:assessments", agency=agency.slug)
    year = form.cleaned_data["year"]
    try:
        actions.start_assessment(agency=agency, year=year, by=user_of(request))
    except ValidationError as error:
        _refused(request, error)
        return redirect("risks:assessments", agency=agency.slug)
    messages.success(
        request,
        _("The assessment of %(year)s is ready: assess each risk again for this year.")
        % {"year": year},
    )
    return redirect("risks:assessment", agency=agency.slug, year=year)


@staff_view(*READERS)
def assessment(request: HttpRequest, agency: Agency, year: int) -> HttpResponse:
    found = get_assessment_for_staff(request, year)
    data = queries.table(found)
    context = staff_context(
        request,
        agency,
        assessment=found,
        data=data,
        chart=chart.chart(data),
        can_edit=may_edit(request) and found.is_draft,
        can_follow_up=may_edit(request),
        can_approve=may_approve(request),
        can_publish=may_edit(request),
        likelihood_labels=rules.LIKELIHOOD_LABELS,
        impact_labels=rules.IMPACT_LABELS,
    )
    return render(request, "risks/assessment.html", context)


@staff_view(*EDITORS)
def assessment_settings(request: HttpRequest, agency: Agency, year: int) -> HttpResponse:
    found = get_assessment_for_staff(request, year, act=True)
    initial = {
        "summary": found.summary,
        "medium_from": found.medium_from,
        "high_from": found.high_from,
        "very_high_from": found.very_high_from,
        "bands_source": found.bands_source,
    }
    form = SettingsForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            actions.save_settings(
                assessment=found,
                summary=form.cleaned_data["summary"],
                bands=form.bands(),
                source=form.cleaned_data["bands_source"],
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("The settings were saved."))
            return redirect("risks:assessment", agency=agency.slug, year=year)
    context = staff_context(request, agency, assessment=found, form=form)
    return render(request, "risks/settings.html", context)


@staff_view(*APPROVERS)
@require_POST
def assessment_approve(request: HttpRequest, agency: Agency, year: int) -> HttpResponse:
    found = get_assessment_for_staff(request, year, act=True)
    try:
        actions.approve_assessment(assessment=found, by=user_of(request))
    except ValidationError as error:
        _refused(request, error)
    else:
        messages.success(request, _("The assessment was approved. It can now be published."))
    return redirect("risks:assessment", agency=agency.slug, year=year)


@staff_view(*EDITORS)
@require_POST
def assessment_publish(request: HttpRequest, agency: Agency, year: int) -> HttpResponse:
    found = get_assessment_for_staff(request, year, act=True)
    try:
        actions.publish_assessment(assessment=found)
    except ValidationError as error:
        _refused(request, error)
    else:
        messages.success(request, _("The assessment is published on the public page."))
    return redirect("risks:assessment", agency=agency.slug, year=year)


@staff_view(*APPROVERS)
@require_POST
def assessment_reopen(request: HttpRequest, agency: Agency, year: int) -> HttpResponse:
    found = get_assessment_for_staff(request, year, act=True)
    try:
        actions.reopen_assessment(assessment=found, by=user_of(request))
    except ValidationError as error:
        _refused(request, error)
    else:
        messages.success(
            request,
            _("The assessment is a draft again; it is off the public page until published."),
        )
    return redirect("risks:assessment", agency=agency.slug, year=year)


@staff_view(*READERS)
def risks_csv(request: HttpRequest, agency: Agency, year: int) -> HttpResponse:
    found = get_assessment_for_staff(request, year)
    rendered = downloads.risks_csv(queries.table(found), f"risks-{agency.slug}-{year}")
    return file_response(rendered, inline=False)


@staff_view(*READERS)
def risks_xlsx(request: HttpRequest, agency: Agency, year: int) -> HttpResponse:
    found = get_assessment_for_staff(request, year)
    title = _("Corruption-risk assessment %(year)s, %(agency)s") % {
        "year": year,
        "agency": agency.name_th,
    }
    rendered = downloads.risks_xlsx(queries.table(found), f"risks-{agency.slug}-{year}", title)
    return file_response(rendered, inline=False)
