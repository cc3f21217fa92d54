"""Ethics (O39–O40 of 2566; the code and the drive together from 2567): the back-office page
where the ITA officer keeps the code of ethics and lists the ethics-drive activities, and the
public pages `/<agency>/ethics/` (the code) and `/<agency>/ethics/<year>/` (the year's drive).

The ethics-drive activities are culture activities of the programme "ethics": recorded, edited
and given photos by the activity pages (activity_views)."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _

from prongsai.agencies.access import get_agency_or_404, staff_view, user_of
from prongsai.agencies.menu import staff_context
from prongsai.agencies.models import Agency
from prongsai.files.serve import serve_file
from prongsai.integrity import ethics_actions, queries
from prongsai.integrity.access import (
    DECLARATION_EDITORS,
    get_activity_photo_for_public,
    get_ethics_code_for_public,
    get_ethics_code_for_staff,
)
from prongsai.integrity.ethics_forms import EthicsCodeForm
from prongsai.lib.fiscal import fiscal_year, is_plausible_year


@staff_view(*DECLARATION_EDITORS)
def ethics_staff(request: HttpRequest, agency: Agency) -> HttpResponse:
    code = get_ethics_code_for_staff(request, act=request.method == "POST")
    if request.method == "POST":
        form = EthicsCodeForm(request.POST, request.FILES, code=code)
        if form.is_valid():
            try:
                ethics_actions.save_ethics_code(
                    agency=agency, by=user_of(request), data=form.ethics_data()
                )
            except ValidationError as error:
                form.add_error(None, error)
            else:
                messages.success(request, _("The code of ethics was saved. It is public now."))
                return redirect("integrity:ethics_staff", agency=agency.slug)
    else:
        form = EthicsCodeForm(initial=EthicsCodeForm.initial_of(code), code=code)
    context = staff_context(
        request,
        agency,
        form=form,
        code=code,
        rows=queries.activities_of(agency, queries.ETHICS),
        year=fiscal_year(timezone.localdate()),
    )
    return render(request, "integrity/ethics_staff.html", context)


# ---------------------------------------------------------------- public: no login


def ethics(request: HttpRequest, agency: str) -> HttpResponse:
    """The code of ethics (a stable address), and the years of the ethics drive."""
    found = get_agency_or_404(agency)
    context = {
        "agency": found,
        "code": get_ethics_code_for_public(found),
        "years": queries.ethics_years(found, timezone.localdate()),
    }
    return render(request, "integrity/ethics.html", context)


def ethics_year(request: HttpRequest, agency: str, year: int) -> HttpResponse:
    """The year's ethics drive (its published activities) under the code it follows."""
    found = get_agency_or_404(agency)
    if not is_plausible_year(year):
        raise Http404
    context = {
        "agency": found,
        "year": year,
        "code": get_ethics_code_for_public(found),
        "years": queries.ethics_years(found, timezone.localdate()),
        "activities": queries.published_activities(found, year, queries.ETHICS),
    }
    return render(request, "integrity/ethics_year.html", context)


def ethics_source(request: HttpRequest, agency: str) -> HttpResponse:
    found = get_agency_or_404(agency)
    code = get_ethics_code_for_public(found)
    if code is None or not code.source_file:
        raise Http404
    filename = f"code-of-ethics-{found.slug}.pdf"
    return serve_file(request, code.source_file, filename=filename, private=False)


def ethics_photo(request: HttpRequest, agency: str, pk: int, photo: int) -> HttpResponse:
    """A photo of a published ethics-drive activity (404 while it is not published)."""
    found = get_activity_photo_for_public(get_agency_or_404(agency), pk, photo, queries.ETHICS)
    return serve_file(request, found.file, filename=found.filename, private=False)
