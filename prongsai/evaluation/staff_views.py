"""The director's pages: templates, result bands, staff types, rounds; and the criteria page
every staff member reads."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from prongsai.agencies.access import roles_of, staff_view, user_of
from prongsai.agencies.menu import staff_context
from prongsai.agencies.models import Agency
from prongsai.evaluation import actions, queries, scoring
from prongsai.evaluation.access import MANAGERS, STAFF, get_round_for_staff, is_manager
from prongsai.evaluation.forms import (
    BandsForm,
    MeetingForm,
    ParticipantsForm,
    RoundForm,
    StaffTypesForm,
    TemplateForm,
)
from prongsai.evaluation.models import Round, StaffType
from prongsai.lib.fiscal import current_fiscal_year


def _url(name: str, agency: Agency, **kwargs: object) -> str:
    return reverse(f"evaluation:{name}", kwargs={"agency": agency.slug, **kwargs})


@staff_view(*STAFF)
def home(request: HttpRequest, agency: Agency) -> HttpResponse:
    user = user_of(request)
    context = staff_context(
        request,
        agency,
        mine=queries.mine(agency, user),
        to_assess=queries.to_assess(agency, user),
        seats=queries.seats_to_score(agency, user),
        published=queries.published_rounds(agency),
        manager=is_manager(roles_of(request)),
        levels=scoring.LEVELS,
    )
    return render(request, "evaluation/home.html", context)


@staff_view(*MANAGERS)
def templates(request: HttpRequest, agency: Agency) -> HttpResponse:
    found = actions.install_templates(agency=agency)
    rows = [(StaffType(key).label, found[key]) for key in StaffType.values if key in found]
    options = queries.settings_of(agency)
    context = staff_context(request, agency, rows=rows, bands=queries.bands_of(options))
    return render(request, "evaluation/templates.html", context)


@staff_view(*MANAGERS)
def template_edit(request: HttpRequest, agency: Agency, staff_type: str) -> HttpResponse:
    if staff_type not in StaffType.values:
        raise Http404
    template = actions.install_templates(agency=agency)[staff_type]
    form = TemplateForm(
        request.POST or None,
        structure=template.structure,
        initial={"name": template.name, "committee": template.committee},
    )
    if request.method == "POST" and form.is_valid():
        try:
            actions.save_template(
                template=template,
                name=form.cleaned_data["name"],
                structure=form.structure(),
                committee=form.cleaned_data["committee"],
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(
                request, _("The form was saved. Rounds already opened keep their own copy.")
            )
            return redirect(_url("templates", agency))
    context = staff_context(
        request, agency, form=form, template=template, label=StaffType(staff_type).label
    )
    return render(request, "evaluation/template_edit.html", context)


@staff_view(*MANAGERS)
def bands(request: HttpRequest, agency: Agency) -> HttpResponse:
    options = queries.settings_of(agency)
    form = BandsForm(
        request.POST or None,
        initial={**queries.bands_of(options), "review_days": options.review_days},
    )
    if request.method == "POST" and form.is_valid():
        try:
            actions.save_bands(options=options, floors=form.cleaned_data)
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("The result levels were saved for the next round."))
            return redirect(_url("templates", agency))
    return render(request, "evaluation/bands.html", staff_context(request, agency, form=form))


@staff_view(*MANAGERS)
def staff_types(request: HttpRequest, agency: Agency) -> HttpResponse:
    people = queries.people(agency)
    form = StaffTypesForm(request.POST or None, people=people, types=queries.staff_types(agency))
    if request.method == "POST" and form.is_valid():
        actions.set_staff_types(agency=agency, types=form.types())
        messages.success(request, _("The staff types were saved."))
        return redirect(_url("staff_types", agency))
    context = staff_context(request, agency, form=form)
    return render(request, "evaluation/staff_types.html", context)


@staff_view(*MANAGERS)
def rounds(request: HttpRequest, agency: Agency) -> HttpResponse:
    context = staff_context(request, agency, rounds=queries.rounds(agency))
    return render(request, "evaluation/rounds.html", context)


@staff_view(*MANAGERS)
def round_new(request: HttpRequest, agency: Agency) -> HttpResponse:
    today = timezone.localdate()
    initial = {
        "year": current_fiscal_year(today),
        "number": 1 if today.month >= 10 or today.month <= 3 else 2,
    }
    form = RoundForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            found = actions.open_round(
                agency=agency,
                year=form.cleaned_data["year"],
                number=form.cleaned_data["number"],
                by=user_of(request),
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("The round is open: choose its staff and their assessors."))
            return redirect(_url("round_detail", agency, pk=found.pk))
    return render(request, "evaluation/round_new.html", staff_context(request, agency, form=form))


def _participants_form(request: HttpRequest, agency: Agency, found: Round) -> ParticipantsForm:
    current = {a.person_id: a.assessor_id for a in queries.round_assessments(found)}
    return ParticipantsForm(
        request.POST if request.method == "POST" else None,
        people=queries.people(agency),
        assessors=queries.assessors(agency),
        current=current,
    )


def _round_page(
    request: HttpRequest,
    agency: Agency,
    found: Round,
    participants: ParticipantsForm | None = None,
    meeting: MeetingForm | None = None,
) -> HttpResponse:
    start, end = actions.round_bounds(found.year, found.number)
    assessments = queries.round_assessments(found)
    context = staff_context(
        request,
        agency,
        round=found,
        start=start,
        end=end,
        assessments=assessments,
        summary=queries.round_summary(assessments),
        reviews=queries.review_counts(found),
        participants=participants or _participants_form(request, agency, found),
        meeting=meeting or MeetingForm(),
        types=queries.staff_types(agency),
        levels=scoring.LEVELS,
    )
    return render(request, "evaluation/round_detail.html", context)


@staff_view(*MANAGERS)
def round_detail(request: HttpRequest, agency: Agency, pk: int) -> HttpResponse:
    return _round_page(request, agency, get_round_for_staff(request, pk, act=True))


@staff_view(*MANAGERS)
@require_POST
def round_participants(request: HttpRequest, agency: Agency, pk: int) -> HttpResponse:
    found = get_round_for_staff(request, pk, act=True)
    form = _participants_form(request, agency, found)
    if form.is_valid():
        try:
            added = actions.add_participants(round_=found, chosen=form.chosen())
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("Saved: %(n)d people added.") % {"n": added})
            return redirect(_url("round_detail", agency, pk=found.pk))
    return _round_page(request, agency, found, participants=form)


def _round_step(request: HttpRequest, agency: Agency, pk: int, step: str) -> HttpResponse:
    found = get_round_for_staff(request, pk, act=True)
    try:
        if step == "publish":
            actions.publish_round(round_=found)
            messages.success(
                request, _("The criteria are published: every staff member can read them.")
            )
        else:
            actions.close_round(round_=found)
            messages.success(request, _("The round is closed."))
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    return redirect(_url("round_detail", agency, pk=found.pk))


@staff_view(*MANAGERS)
@require_POST
def round_publish(request: HttpRequest, agency: Agency, pk: int) -> HttpResponse:
    return _round_step(request, agency, pk, "publish")


@staff_view(*MANAGERS)
@require_POST
def round_close(request: HttpRequest, agency: Agency, pk: int) -> HttpResponse:
    return _round_step(request, agency, pk, "close")


@staff_view(*MANAGERS)
@require_POST
def round_meeting(request: HttpRequest, agency: Agency, pk: int) -> HttpResponse:
    found = get_round_for_staff(request, pk, act=True)
    form = MeetingForm(request.POST)
    if form.is_valid():
        try:
            actions.record_meeting(round_=found, **form.cleaned_data)
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("The meeting was recorded."))
            return redirect(_url("round_detail", agency, pk=found.pk) + "#meetings")
    return _round_page(request, agency, found, meeting=form)


@staff_view(*STAFF)
def criteria(request: HttpRequest, agency: Agency, pk: int) -> HttpResponse:
    found = get_round_for_staff(request, pk)
    start, end = actions.round_bounds(found.year, found.number)
    forms_ = [
        (StaffType(key).label, frozen)
        for key, frozen in found.structures.items()
        if key in StaffType.values
    ]
    context = staff_context(
        request,
        agency,
        round=found,
        start=start,
        end=end,
        forms=forms_,
        bands=found.bands,
        levels=scoring.LEVELS,
    )
    return render(request, "evaluation/criteria.html", context)
