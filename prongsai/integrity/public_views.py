"""The public No Gift Policy page of an agency: the year's approved declaration (page, PDF,
Word) and its published culture activities with their photos. No login."""

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language

from prongsai.agencies.access import get_agency_or_404
from prongsai.exports.responses import CONTENT_TYPES, Rendered, file_response
from prongsai.files.serve import serve_file
from prongsai.integrity import declaration_print, queries
from prongsai.integrity.access import get_activity_photo_for_public, get_declaration_for_public
from prongsai.integrity.declaration_docx import declaration_docx
from prongsai.lib.fiscal import fiscal_year, is_plausible_year
from prongsai.printing.responses import serve_pdf


def no_gift_latest(request: HttpRequest, agency: str) -> HttpResponse:
    """The newest year with a declaration or an activity, else this fiscal year's (friendly)
    page."""
    found = get_agency_or_404(agency)
    years = queries.no_gift_years(found)
    year = years[0] if years else fiscal_year(timezone.localdate())
    return redirect("integrity:no_gift", agency=found.slug, year=year)


def no_gift(request: HttpRequest, agency: str, year: int) -> HttpResponse:
    found = get_agency_or_404(agency)
    if not is_plausible_year(year):
        raise Http404
    declaration = get_declaration_for_public(found, year)
    context = {
        "agency": found,
        "year": year,
        "declaration": declaration,
        "years": queries.no_gift_years(found),
        "preamble": declaration_print.paragraphs(declaration.preamble_th) if declaration else [],
        # The English text (when written) for visitors who chose English; the Thai page shows
        # the Thai declaration alone.
        "show_english": bool(declaration and declaration.has_english and get_language() == "en"),
        "preamble_en": (
            declaration_print.paragraphs(declaration.preamble_en) if declaration else []
        ),
        "date_th": declaration_print.official_date(declaration.declared_on) if declaration else "",
        "activities": queries.published_activities(found, year),
        "report": queries.published_report(found, year),
    }
    return render(request, "integrity/no_gift.html", context)


def activity_photo(request: HttpRequest, agency: str, pk: int, photo: int) -> HttpResponse:
    """A photo of a published activity (404 while it is not published)."""
    found = get_activity_photo_for_public(get_agency_or_404(agency), pk, photo)
    return serve_file(request, found.file, filename=found.filename, private=False)


def no_gift_pdf(request: HttpRequest, agency: str, year: int) -> HttpResponse:
    found = get_agency_or_404(agency)
    declaration = get_declaration_for_public(found, year)
    if declaration is None:
        raise Http404
    back = reverse("integrity:no_gift", kwargs={"agency": found.slug, "year": year})
    return serve_pdf(  # printed once per approved version, off the request path
        request,
        declaration_print.request_declaration_pdf(declaration),
        filename=f"no-gift-{found.slug}-{year}-v{declaration.version}.pdf",
        context={"agency": found, "back_url": back},
    )


def no_gift_docx(request: HttpRequest, agency: str, year: int) -> HttpResponse:
    found = get_agency_or_404(agency)
    declaration = get_declaration_for_public(found, year)
    if declaration is None:
        raise Http404
    rendered = Rendered(
        declaration_docx(declaration),
        CONTENT_TYPES["docx"],
        f"no-gift-{found.slug}-{year}-v{declaration.version}.docx",
    )
    return file_response(rendered, inline=False)
