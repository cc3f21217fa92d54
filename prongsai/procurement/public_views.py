"""The public procurement pages of an agency (no login): the year (published plan, notices,
the twelve months with their counts), each month's สขร.1 (page, PDF, XLSX, or an explicit
"no procurement this month"), the published annual report, and the notices' files."""

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone

from prongsai.agencies.access import get_agency_or_404
from prongsai.exports.responses import file_response
from prongsai.files.serve import serve_file
from prongsai.lib.fiscal import current_fiscal_year
from prongsai.printing.responses import serve_pdf
from prongsai.procurement import downloads, month_print, queries, report_print, rules, summary
from prongsai.procurement.access import (
    get_month_for_public,
    get_notice_file_for_public,
    get_plan_for_public,
    get_report_for_public,
    get_year_for_public,
)


def latest(request: HttpRequest, agency: str) -> HttpResponse:
    """The newest year with anything recorded, else this fiscal year's page."""
    found = get_agency_or_404(agency)
    years = queries.public_years(found, timezone.localdate())
    return redirect(
        "procurement:year", agency=found.slug, year=years[0] if years else current_fiscal_year()
    )


def year_page(request: HttpRequest, agency: str, year: int) -> HttpResponse:
    found = get_agency_or_404(agency)
    year = get_year_for_public(year)
    plan = get_plan_for_public(found, year)
    items = queries.plan_items(plan)
    context = {
        "agency": found,
        "year": year,
        "plan": plan,
        "items": items,
        "plan_total": queries.plan_total(items),
        "notices": queries.notices(found, year),
        "figures": queries.year_figures(found, year),
        "report": get_report_for_public(found, year),
        "years": queries.public_years(found, timezone.localdate()),
    }
    return render(request, "procurement/year.html", context)


def month_page(request: HttpRequest, agency: str, year: int, month: int) -> HttpResponse:
    data = get_month_for_public(get_agency_or_404(agency), year, month)
    months = rules.months_in_order(year)
    at = months.index(month)
    context = {
        "agency": data.agency,
        "year": year,
        "data": data,
        "columns": summary.COLUMNS,
        "form": summary.FORM,
        "previous": months[at - 1] if at > 0 else None,
        "next": months[at + 1] if at < 11 else None,
    }
    return render(request, "procurement/month.html", context)


def month_pdf(request: HttpRequest, agency: str, year: int, month: int) -> HttpResponse:
    data = get_month_for_public(get_agency_or_404(agency), year, month, document=True)
    back = reverse(
        "procurement:month", kwargs={"agency": data.agency.slug, "year": year, "month": month}
    )
    return serve_pdf(
        request,
        month_print.request_month_pdf(data.agency, year, month),
        filename=f"sorkor1-{data.agency.slug}-{year}-{month:02d}.pdf",
        fallback=True,
        context={"agency": data.agency, "back_url": back},
    )


def month_xlsx(request: HttpRequest, agency: str, year: int, month: int) -> HttpResponse:
    data = get_month_for_public(get_agency_or_404(agency), year, month, document=True)
    return file_response(downloads.month_xlsx(data), inline=False)


def year_xlsx(request: HttpRequest, agency: str, year: int) -> HttpResponse:
    found = get_agency_or_404(agency)
    purchases = queries.purchases_of_year(found, get_year_for_public(year))
    return file_response(downloads.purchases_xlsx(found.slug, year, purchases), inline=False)


def report_page(request: HttpRequest, agency: str, year: int) -> HttpResponse:
    found = get_agency_or_404(agency)
    year = get_year_for_public(year)
    context = {
        "agency": found,
        "year": year,
        "report": get_report_for_public(found, year),
        "figures": queries.year_figures(found, year),
    }
    return render(request, "procurement/report.html", context)


def report_xlsx(request: HttpRequest, agency: str, year: int) -> HttpResponse:
    found = get_agency_or_404(agency)
    if get_report_for_public(found, get_year_for_public(year)) is None:
        raise Http404
    rendered = downloads.year_xlsx(found.slug, queries.year_figures(found, year))
    return file_response(rendered, inline=False)


def report_pdf(request: HttpRequest, agency: str, year: int) -> HttpResponse:
    found = get_agency_or_404(agency)
    report = get_report_for_public(found, get_year_for_public(year))
    if report is None:
        raise Http404
    back = reverse("procurement:report", kwargs={"agency": found.slug, "year": year})
    return serve_pdf(
        request,
        report_print.request_report_pdf(found, report),
        filename=f"procurement-report-{found.slug}-{year}.pdf",
        fallback=True,
        context={"agency": found, "back_url": back},
    )


def notice_file(request: HttpRequest, agency: str, pk: int) -> HttpResponse:
    notice = get_notice_file_for_public(get_agency_or_404(agency), pk)
    return serve_file(request, notice.file, filename=notice.filename, private=False)
