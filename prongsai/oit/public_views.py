"""The public OIT disclosure: the year's items, one page per item (the address the assessor pastes
into the ITAS form), and the uploaded evidence files.

Only an item whose answer the ITA officer has *published* shows its explanation and evidence
(`queries.is_public`).
"""

from pathlib import PurePath

from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone

from prongsai.agencies.access import get_agency_or_404
from prongsai.agencies.models import Agency
from prongsai.files.serve import serve_file
from prongsai.lib.fiscal import current_fiscal_year
from prongsai.oit import queries
from prongsai.oit.access import get_evidence_file_for_public, get_item_for_public
from prongsai.oit.queries import is_public, item_path


def public_index(request: HttpRequest, agency: str) -> HttpResponse:
    """The newest year the agency has started (else the current year's list, if there is one);
    an agency with nothing yet gets a page that says what is coming, never an error."""
    agency_obj = get_agency_or_404(agency)
    year = queries.opening_year(agency_obj, timezone.localdate())
    if year is not None:
        return redirect("oit:public_year", agency=agency_obj.slug, year=year)
    return _coming(request, agency_obj, current_fiscal_year(timezone.localdate()))


def _coming(request: HttpRequest, agency: Agency, year: int, status: int = 200) -> HttpResponse:
    context = {"agency": agency, "year": year, "years": queries.started_years(agency)}
    return render(request, "oit/public_coming.html", context, status=status)


def public_year(request: HttpRequest, agency: str, year: int) -> HttpResponse:
    agency_obj = get_agency_or_404(agency)
    checklist = queries.checklist_for(agency_obj, year)
    if checklist is None:
        # A year without a list (typed, or a bookmark from last year): say what is coming.
        today_year = current_fiscal_year(timezone.localdate())
        return _coming(request, agency_obj, year, status=200 if year == today_year else 404)
    states = queries.item_states(agency_obj, year, timezone.localdate(), checklist)
    groups = [
        (number, name, [(state, is_public(state)) for state in group])
        for number, name, group in queries.by_subindicator(states)
    ]
    years = queries.started_years(agency_obj)
    context = {
        "agency": agency_obj,
        "year": year,
        "checklist": checklist,
        "groups": groups,
        "published": sum(1 for state in states if is_public(state)),
        "total": len(states),
        "other_years": [other for other in years if other != year],
        # Shown on the newest year the agency has when the current year has not started.
        "current_year_not_started": (
            current_fiscal_year(timezone.localdate()) > year and not any(y > year for y in years)
        ),
        "current_year": current_fiscal_year(timezone.localdate()),
    }
    return render(request, "oit/public_year.html", context)


def public_item(request: HttpRequest, agency: str, year: int, code: str) -> HttpResponse:
    agency_obj = get_agency_or_404(agency)
    item = get_item_for_public(agency_obj, year, code)
    checklist = item.checklist
    states = queries.item_states(agency_obj, year, timezone.localdate(), checklist)
    at = next(i for i, state in enumerate(states) if state.item.pk == item.pk)
    state = states[at]
    context = {
        "agency": agency_obj,
        "year": year,
        "checklist": checklist,
        "state": state,
        "item": item,
        "public": is_public(state),
        "page_url": request.build_absolute_uri(item_path(agency_obj, year, item.code)),
        "previous": states[at - 1].item if at > 0 else None,
        "next": states[at + 1].item if at + 1 < len(states) else None,
    }
    return render(request, "oit/public_item.html", context)


def public_file(request: HttpRequest, agency: str, year: int, code: str, pk: int) -> HttpResponse:
    """The newest version of an uploaded evidence file of a published item."""
    agency_obj = get_agency_or_404(agency)
    version = get_evidence_file_for_public(agency_obj, year, code, pk)
    name = PurePath(version.name).name or PurePath(version.file.name).name
    return serve_file(request, version.file, filename=name, private=False, max_age=300)
