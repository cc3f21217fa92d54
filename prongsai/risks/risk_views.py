"""Pages that change the risks of a draft assessment, their measures, and the follow-ups."""

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
from prongsai.risks import actions, queries
from prongsai.risks.access import (
    EDITORS,
    get_assessment_for_staff,
    get_measure_for_staff,
    get_risk_for_staff,
)
from prongsai.risks.forms import FollowUpForm, MeasureForm, RiskForm
from prongsai.risks.models import Assessment


def _back(agency: Agency, year: int, anchor: str = "") -> HttpResponse:
    response = redirect("risks:assessment", agency=agency.slug, year=year)
    response["Location"] += anchor
    return response


def _form_page(
    request: HttpRequest, agency: Agency, template: str, **extra: object
) -> HttpResponse:
    return render(request, f"risks/{template}", staff_context(request, agency, **extra))


def _not_draft(request: HttpRequest, agency: Agency, found: Assessment) -> HttpResponse | None:
    if found.is_draft:
        return None
    messages.error(
        request,
        _("The assessment has been approved: the director must return it to draft first."),
    )
    return _back(agency, found.year)


@staff_view(*EDITORS)
def risk_new(request: HttpRequest, agency: Agency, year: int) -> HttpResponse:
    found = get_assessment_for_staff(request, year, act=True)
    refused = _not_draft(request, agency, found)
    if refused:
        return refused
    form = RiskForm(request.POST or None, measures=queries.plan_measures_of(found))
    if request.method == "POST" and form.is_valid():
        try:
            risk = actions.add_risk(assessment=found, data=form.risk_data())
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("Risk %(number)s was added.") % {"number": risk.number})
            return _back(agency, year, f"#risk-{risk.pk}")
    return _form_page(request, agency, "risk_form.html", assessment=found, form=form, risk=None)


@staff_view(*EDITORS)
def risk_edit(request: HttpRequest, agency: Agency, year: int, pk: int) -> HttpResponse:
    risk = get_risk_for_staff(request, year, pk, act=True)
    refused = _not_draft(request, agency, risk.assessment)
    if refused:
        return refused
    initial = {
        name: getattr(risk, name)
        for name in (
            "process",
            "description",
            "involved_roles",
            "likelihood",
            "impact",
            "existing_controls",
            "plan_measure",
        )
    }
    form = RiskForm(
        request.POST or None,
        initial=initial,
        measures=queries.plan_measures_of(risk.assessment),
    )
    if request.method == "POST" and form.is_valid():
        try:
            actions.update_risk(risk=risk, data=form.risk_data())
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("Risk %(number)s was saved.") % {"number": risk.number})
            return _back(agency, year, f"#risk-{risk.pk}")
    return _form_page(
        request, agency, "risk_form.html", assessment=risk.assessment, form=form, risk=risk
    )


@staff_view(*EDITORS)
@require_POST
def risk_remove(request: HttpRequest, agency: Agency, year: int, pk: int) -> HttpResponse:
    risk = get_risk_for_staff(request, year, pk, act=True)
    if request.POST.get("confirm") != "yes":
        messages.error(request, _("Tick the box to confirm that the risk is to be removed."))
        return redirect("risks:risk_edit", agency=agency.slug, year=year, pk=risk.pk)
    try:
        actions.remove_risk(risk=risk)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("The risk was removed with its measures."))
    return _back(agency, year)


@staff_view(*EDITORS)
def measure_new(request: HttpRequest, agency: Agency, year: int, pk: int) -> HttpResponse:
    risk = get_risk_for_staff(request, year, pk, act=True)
    refused = _not_draft(request, agency, risk.assessment)
    if refused:
        return refused
    form = MeasureForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            actions.add_measure(risk=risk, data=form.measure_data())
        except ValidationError as error:
            form.add_error("due_on" if error.code == "due_outside_year" else None, error)
        else:
            messages.success(request, _("The measure was added."))
            return _back(agency, year, f"#risk-{risk.pk}")
    return _form_page(
        request,
        agency,
        "measure_form.html",
        assessment=risk.assessment,
        risk=risk,
        form=form,
        measure=None,
    )


@staff_view(*EDITORS)
def measure_edit(request: HttpRequest, agency: Agency, year: int, pk: int) -> HttpResponse:
    measure = get_measure_for_staff(request, year, pk, act=True)
    refused = _not_draft(request, agency, measure.risk.assessment)
    if refused:
        return refused
    initial = {"action": measure.action, "owner": measure.owner, "due_on": measure.due_on}
    form = MeasureForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            actions.update_measure(measure=measure, data=form.measure_data())
        except ValidationError as error:
            form.add_error("due_on" if error.code == "due_outside_year" else None, error)
        else:
            messages.success(request, _("The measure was saved."))
            return _back(agency, year, f"#risk-{measure.risk_id}")
    return _form_page(
        request,
        agency,
        "measure_form.html",
        assessment=measure.risk.assessment,
        risk=measure.risk,
        form=form,
        measure=measure,
    )


@staff_view(*EDITORS)
@require_POST
def measure_remove(request: HttpRequest, agency: Agency, year: int, pk: int) -> HttpResponse:
    measure = get_measure_for_staff(request, year, pk, act=True)
    if request.POST.get("confirm") != "yes":
        messages.error(request, _("Tick the box to confirm that the measure is to be removed."))
        return redirect("risks:measure_edit", agency=agency.slug, year=year, pk=measure.pk)
    try:
        actions.remove_measure(measure=measure)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("The measure was removed with its follow-ups."))
    return _back(agency, year, f"#risk-{measure.risk_id}")


@staff_view(*EDITORS)
def follow_up_new(request: HttpRequest, agency: Agency, year: int, pk: int) -> HttpResponse:
    measure = get_measure_for_staff(request, year, pk, act=True)
    today = timezone.localdate()
    initial = {"recorded_on": today, "round": actions.default_round(today)}
    form = FollowUpForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            actions.record_follow_up(
                measure=measure, data=form.follow_up_data(), by=user_of(request)
            )
        except ValidationError as error:
            form.add_error("recorded_on", error)
        else:
            messages.success(request, _("The follow-up was recorded."))
            return _back(agency, year, f"#risk-{measure.risk_id}")
    return _form_page(
        request,
        agency,
        "follow_up_form.html",
        assessment=measure.risk.assessment,
        risk=measure.risk,
        measure=measure,
        form=form,
    )
