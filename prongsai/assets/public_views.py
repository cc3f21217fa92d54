"""The public page of an agency's property use (/<agency>/assets/): the procedure for borrowing
school property, who approves what (ข้อ 208), and the loan statistics of a fiscal year without
names. No login. It is the evidence of measure 4 (การใช้ทรัพย์สินของราชการ)."""

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone

from prongsai.agencies.access import get_agency_or_404
from prongsai.assets import loan_statistics
from prongsai.lib.fiscal import fiscal_year, is_plausible_year


def public_assets(request: HttpRequest, agency: str, year: int | None = None) -> HttpResponse:
    found = get_agency_or_404(agency)
    today = timezone.localdate()
    year = year or fiscal_year(today)
    if not is_plausible_year(year):
        raise Http404
    years = loan_statistics.years_with_loans(found)
    context = {
        "agency": found,
        "year": year,
        "years": [other for other in years if other != year],
        "stats": loan_statistics.statistics(found, year, today),
    }
    return render(request, "assets/public.html", context)


def loan_form(request: HttpRequest, agency: str) -> HttpResponse:
    """The blank loan form (ใบยืมพัสดุ) as a Word document, to print and fill by hand."""
    from django.urls import reverse

    from prongsai.assets.slip_docx import blank_docx
    from prongsai.exports.responses import CONTENT_TYPES, Rendered, file_response

    found = get_agency_or_404(agency)
    url = request.build_absolute_uri(reverse("assets:public", kwargs={"agency": found.slug}))
    content = blank_docx(found, url)
    return file_response(Rendered(content, CONTENT_TYPES["docx"], "loan-form.docx"))
