"""Getting ready for the ITA: the dashboard, results, the IIT/EIT campaign, awareness
activities and an area office's overview of its schools. Rules live in campaign.py/ratings.py."""

import base64
from pathlib import PurePath

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST

from prongsai.agencies.access import get_agency_or_404, roles_of, staff_view, user_of
from prongsai.agencies.menu import has_agencies_below, staff_context
from prongsai.agencies.models import Agency
from prongsai.agencies.queries import agencies_below
from prongsai.agencies.roles import ALL_ROLES, SITE_ADMIN, Role
from prongsai.files.serve import serve_file
from prongsai.lib.fiscal import current_fiscal_year, is_plausible_year
from prongsai.oit import activities, campaign, queries, ratings
from prongsai.oit.access import (
    OIT_EDITORS,
    OIT_READERS,
    OVERVIEW_ROLES,
    can_edit,
    get_activity_photo_for_public,
)
from prongsai.oit.models import ItaResult
from prongsai.oit.readiness_forms import (
    ActivityForm,
    CampaignForm,
    ResultForm,
    indicator_field_name,
)


def _context(
    request: HttpRequest, agency: Agency, year: int | None = None, **extra: object
) -> dict[str, object]:
    """staff_context plus what the readiness pages' shared navigation needs."""
    show_schools = bool(roles_of(request) & OVERVIEW_ROLES) and has_agencies_below(agency)
    return staff_context(
        request,
        agency,
        year=year,
        # Pages of no particular year open the checklist on the newest year the agency has.
        nav_year=year
        or queries.opening_year(agency, timezone.localdate())
        or current_fiscal_year(),
        show_schools=show_schools,
        **extra,
    )


def _result_view(result: ItaResult | None) -> dict[str, object] | None:
    if result is None:
        return None
    return {
        "result": result,
        "rating": campaign.rating_of(result),
        "passed": float(result.total) >= ratings.PASS_MARK,
        "weak": campaign.weak_of(result),
        "indicators": [
            (number, name, (result.indicators or {}).get(str(number)))
            for number, name in ratings.INDICATORS.items()
        ],
    }


@staff_view(*OIT_READERS)
def staff_readiness(request: HttpRequest, agency: Agency, year: int) -> HttpResponse:
    state = campaign.readiness(agency, year, timezone.localdate())
    last = queries.ita_result(agency, year - 1)
    context = _context(
        request,
        agency,
        year,
        state=state,
        last=_result_view(last),
        progress=campaign.campaign_progress(campaign.campaign_of(agency, year), agency),
        can_edit=can_edit(roles_of(request)),
    )
    return render(request, "oit/readiness.html", context)


@staff_view(*OIT_READERS)
def staff_results(request: HttpRequest, agency: Agency) -> HttpResponse:
    editor = can_edit(roles_of(request))
    results = queries.ita_results(agency)
    if request.method == "POST":
        if not editor:
            raise PermissionDenied
        form = ResultForm(request.POST)
        if form.is_valid():
            data = form.cleaned_data
            result = campaign.save_result(
                agency=agency,
                year=data["year"],
                total=data["total"],
                iit=data["iit"],
                eit=data["eit"],
                oit=data["oit"],
                indicators=form.indicators(),
            )
            messages.success(
                request,
                _("The ITA result of %(year)s was saved: %(rating)s.")
                % {"year": result.year, "rating": campaign.rating_of(result)},
            )
            return redirect("oit:staff_results", agency=agency.slug)
    else:
        form = ResultForm(initial=_result_initial(results, request.GET.get("year", "")))
    context = _context(
        request,
        agency,
        rows=[_result_view(result) for result in results],
        form=form,
        editor=editor,
    )
    return render(request, "oit/results.html", context)


def _result_initial(results: list[ItaResult], year: str) -> dict[str, object]:
    """The form filled with the result of ?year= to correct it, else last fiscal year blank."""
    chosen = next((result for result in results if str(result.year) == year), None)
    if chosen is None:
        return {"year": current_fiscal_year() - 1}
    initial: dict[str, object] = {
        "year": chosen.year,
        "total": chosen.total,
        "iit": chosen.iit,
        "eit": chosen.eit,
        "oit": chosen.oit,
    }
    for number in ratings.INDICATORS:
        initial[indicator_field_name(number)] = (chosen.indicators or {}).get(str(number))
    return initial


@staff_view(*OIT_EDITORS)
@require_POST
def staff_seed_measures(request: HttpRequest, agency: Agency, year: int) -> HttpResponse:
    result = queries.ita_result(agency, year)
    if result is None:
        messages.error(request, _("There is no ITA result of %(year)s yet.") % {"year": year})
        return redirect("oit:staff_results", agency=agency.slug)
    added = campaign.seed_measures(result=result)
    messages.success(
        request,
        ngettext(
            "%(count)d row was added to the measures plan of %(year)s.",
            "%(count)d rows were added to the measures plan of %(year)s.",
            added,
        )
        % {"count": added, "year": year + 1},
    )
    return redirect("oit:staff_results", agency=agency.slug)


def qr_data_uri(text: str) -> str:
    """A QR code of the text as an SVG data URI (the CSP allows data: images)."""
    import qrcode
    import qrcode.image.svg

    image = qrcode.make(text, image_factory=qrcode.image.svg.SvgPathImage, box_size=10)
    svg: bytes = image.to_string()
    return "data:image/svg+xml;base64," + base64.b64encode(svg).decode("ascii")


@staff_view(*OIT_READERS)
def staff_campaign(request: HttpRequest, agency: Agency, year: int) -> HttpResponse:
    editor = can_edit(roles_of(request))
    current = campaign.campaign_of(agency, year)
    if request.method == "POST":
        if not editor:
            raise PermissionDenied
        form = CampaignForm(request.POST)
        if form.is_valid():
            campaign.save_campaign(agency=agency, year=year, **form.cleaned_data)
            messages.success(request, _("The campaign was saved."))
            return redirect("oit:staff_campaign", agency=agency.slug, year=year)
    else:
        initial = (
            {
                "eligible_staff": current.eligible_staff,
                "iit_url": current.iit_url,
                "eit_url": current.eit_url,
                "closes_on": current.closes_on,
            }
            if current
            else {}
        )
        form = CampaignForm(initial=initial)
    user = user_of(request)
    context = _context(
        request,
        agency,
        year,
        campaign=current,
        progress=campaign.campaign_progress(current, agency),
        form=form,
        editor=editor,
        member=campaign.is_member(user, agency),
        ticked=campaign.has_ticked(current, user),
        is_open=bool(
            current and (not current.closes_on or current.closes_on >= timezone.localdate())
        ),
    )
    return render(request, "oit/campaign.html", context)


@staff_view(*ALL_ROLES)
@require_POST
def staff_campaign_tick(request: HttpRequest, agency: Agency, year: int) -> HttpResponse:
    current = campaign.campaign_of(agency, year)
    if current is None:
        messages.error(request, _("The ITA officer has not started this year's campaign yet."))
    else:
        try:
            created = campaign.tick_campaign(campaign=current, user=user_of(request))
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            if created:
                messages.success(request, _("Thank you. Your tick is counted (not your answers)."))
            else:
                messages.info(request, _("You had already ticked. Thank you."))
    if roles_of(request) & OIT_READERS:
        return redirect("oit:staff_campaign", agency=agency.slug, year=year)
    return redirect("agencies:staff_home", agency=agency.slug)


@staff_view(*OIT_READERS)
def staff_campaign_poster(request: HttpRequest, agency: Agency, year: int) -> HttpResponse:
    current = campaign.campaign_of(agency, year)
    context = {
        "agency": agency,
        "year": year,
        "campaign": current,
        "iit_qr": qr_data_uri(current.iit_url) if current and current.iit_url else "",
        "eit_qr": qr_data_uri(current.eit_url) if current and current.eit_url else "",
    }
    return render(request, "oit/campaign_poster.html", context)


@staff_view(*OIT_READERS)
def staff_activities(request: HttpRequest, agency: Agency) -> HttpResponse:
    editor = can_edit(roles_of(request))
    form = ActivityForm()
    if request.method == "POST":
        if not editor:
            raise PermissionDenied
        form = ActivityForm(request.POST, request.FILES)
        if form.is_valid():
            data = form.cleaned_data
            try:
                activities.add_activity(
                    agency=agency,
                    held_on=data["held_on"],
                    topic=data["topic"],
                    attendees=data["attendees"],
                    summary=data["summary"],
                    photos=data["photos"],
                )
            except ValidationError as error:
                form.add_error(None, error)
            else:
                messages.success(request, _("The activity was recorded."))
                return redirect("oit:staff_activities", agency=agency.slug)
    context = _context(
        request,
        agency,
        activities=activities.activities_of(agency),
        form=form,
        editor=editor,
        year=current_fiscal_year(),
    )
    return render(request, "oit/activities.html", context)


def public_activities(request: HttpRequest, agency: str) -> HttpResponse:
    agency_obj = get_agency_or_404(agency)
    raw_year = request.GET.get("year", "")
    year = int(raw_year) if raw_year.isdigit() and is_plausible_year(int(raw_year)) else None
    context = {
        "agency": agency_obj,
        "year": year,
        "activities": activities.activities_of(agency_obj, year),
    }
    return render(request, "oit/activities_public.html", context)


def public_activity_photo(request: HttpRequest, agency: str, pk: int) -> HttpResponse:
    """A photo of an activity: every recorded activity is on the public activities page."""
    agency_obj = get_agency_or_404(agency)
    photo = get_activity_photo_for_public(agency_obj, pk)
    name = PurePath(photo.image.name).name
    return serve_file(request, photo.image, filename=name, private=False, max_age=86400)


@staff_view(*OVERVIEW_ROLES)
def staff_schools_index(request: HttpRequest, agency: Agency) -> HttpResponse:
    """The table of the schools under an office, on the newest year they have."""
    return _schools(request, agency, queries.overview_year(agency, timezone.localdate()))


@staff_view(*OVERVIEW_ROLES)
def staff_schools(request: HttpRequest, agency: Agency, year: int) -> HttpResponse:
    return _schools(request, agency, year)


def _schools(request: HttpRequest, agency: Agency, year: int) -> HttpResponse:
    below = agencies_below(agency).order_by("name_th")
    columns, rows = campaign.schools_overview(below, year, timezone.localdate())
    roles = roles_of(request)
    context = _context(
        request,
        agency,
        year,
        columns=columns,
        rows=rows,
        # The supervisor role reaches the schools below (effective_roles); others of the
        # office hold no role there, so their names stay plain text.
        may_open=bool(roles & {Role.SUPERVISOR, SITE_ADMIN}),
        # The year switcher: years the schools have, and the one shown.
        years=sorted({*queries.years_below(agency), year}, reverse=True),
    )
    return render(request, "oit/schools.html", context)
