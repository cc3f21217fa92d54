"""The annual No Gift report: the officer's page (the day's figures, the notes, publish) and the
public page and PDF of the published report."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _

from prongsai.agencies.access import get_agency_or_404, staff_view, user_of
from prongsai.agencies.menu import staff_context
from prongsai.agencies.models import Agency
from prongsai.exports.responses import CONTENT_TYPES, Rendered, file_response
from prongsai.integrity import queries, report, report_print
from prongsai.integrity.access import DECLARATION_EDITORS, get_report_for_public
from prongsai.integrity.declaration_forms import ReportForm
from prongsai.integrity.report_actions import publish_report
from prongsai.integrity.report_docx import report_docx
from prongsai.lib.fiscal import is_plausible_year
from prongsai.printing.responses import serve_pdf


@staff_view(*DECLARATION_EDITORS)
def report_staff(request: HttpRequest, agency: Agency, year: int) -> HttpResponse:
    if not is_plausible_year(year):
        raise Http404
    found = queries.report_of(agency, year)
    form = ReportForm(request.POST or None, initial={"notes": found.notes if found else ""})
    if request.method == "POST" and form.is_valid():
        try:
            publish_report(
                agency=agency, year=year, notes=form.cleaned_data["notes"], by=user_of(request)
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("The report was published with today's figures."))
            return redirect("integrity:report_staff", agency=agency.slug, year=year)
    context = staff_context(
        request,
        agency,
        year=year,
        found=found,
        form=form,
        data=report.for_display(report.figures(agency, year)),
    )
    return render(request, "integrity/report_staff.html", context)


def report_public(request: HttpRequest, agency: str, year: int) -> HttpResponse:
    found_agency = get_agency_or_404(agency)
    if not is_plausible_year(year):
        raise Http404
    found = get_report_for_public(found_agency, year)
    context = {
        "agency": found_agency,
        "year": year,
        "found": found,
        "data": report.for_display(found.figures) if found else None,
    }
    return render(request, "integrity/no_gift_report.html", context)


def report_pdf(request: HttpRequest, agency: str, year: int) -> HttpResponse:
    found_agency = get_agency_or_404(agency)
    found = get_report_for_public(found_agency, year)
    if found is None:
        raise Http404
    back = reverse("integrity:report_public", kwargs={"agency": found_agency.slug, "year": year})
    return serve_pdf(
        request,
        report_print.request_report_pdf(found),
        filename=f"no-gift-report-{found_agency.slug}-{year}.pdf",
        context={"agency": found_agency, "back_url": back},
    )


def report_word(request: HttpRequest, agency: str, year: int) -> HttpResponse:
    found_agency = get_agency_or_404(agency)
    found = get_report_for_public(found_agency, year)
    if found is None:
        raise Http404
    rendered = Rendered(
        report_docx(found),
        CONTENT_TYPES["docx"],
        f"no-gift-report-{found_agency.slug}-{year}.docx",
    )
    return file_response(rendered, inline=False)
