"""Public complaint statistics of an agency for a fiscal year: the page, its PDF and its XLSX.

Public on purpose (ITA evidence): counts and durations only, never a case or a person. The
figures come from `complaints.statistics`, which reads no encrypted field.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.template.loader import render_to_string

from prongsai.agencies.access import get_agency_or_404
from prongsai.complaints.statistics import (
    ComplaintStatistics,
    complaint_statistics,
    first_statistics_year,
    quarter_months,
)
from prongsai.exports.responses import CONTENT_TYPES, Rendered, file_response
from prongsai.lib.fiscal import MAX_YEAR, MIN_YEAR, current_fiscal_year
from prongsai.lib.thai import thai_date

if TYPE_CHECKING:
    from prongsai.printing.models import PrintedDocument

__all__ = [
    "FORMATS",
    "MAX_YEAR",
    "MIN_YEAR",
    "public_statistics",
    "public_statistics_file",
    "queue_print",
    "statistics_pdf",
    "statistics_print_html",
    "statistics_xlsx",
]

FORMATS = ("pdf", "xlsx")
NO_PERSONAL_DATA = (
    "ตัวเลขเหล่านี้เป็นจำนวนเรื่องและจำนวนวันเท่านั้น "
    "ไม่มีข้อมูลส่วนบุคคลของผู้ร้องเรียนหรือผู้ถูกร้องเรียน และไม่มีเนื้อหาของเรื่องร้องเรียน"
)


def _title(year: int) -> str:
    return f"สถิติเรื่องร้องเรียน ปีงบประมาณ {year}"


def _statistics(agency: str, year: int) -> ComplaintStatistics:
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise Http404
    return complaint_statistics(get_agency_or_404(agency), year)


def _days(value: float | None) -> str:
    """A median as text: "3" or "3.5"; "—" when there is no case to measure."""
    if value is None:
        return "—"
    return str(int(value)) if value == int(value) else f"{value:.1f}"


def _context(stats: ComplaintStatistics) -> dict[str, Any]:
    return {
        "agency": stats.agency,
        "stats": stats,
        "year": stats.fiscal_year,
        "title": _title(stats.fiscal_year),
        "acknowledge_days": _days(stats.median_days_to_acknowledge),
        "close_days": _days(stats.median_days_to_close),
        "no_personal_data": NO_PERSONAL_DATA,
    }


def public_statistics(request: HttpRequest, agency: str, year: int) -> HttpResponse:
    stats = _statistics(agency, year)
    context = _context(stats)
    # Back only over years with cases or in which the agency was already in the system.
    first = first_statistics_year(stats.agency)
    # The year switcher stops at the current fiscal year: later years have no cases yet.
    last = min(current_fiscal_year(), MAX_YEAR)
    context["previous_year"] = year - 1 if year > first else None
    context["next_year"] = year + 1 if year < last else None
    context["formats"] = FORMATS
    response = render(request, "complaints/statistics.html", context)
    if first <= year <= last:
        # A year the switcher offers: queue the print of these figures now, so the PDF link
        # is usually ready when someone clicks it (printed off the request, once per version).
        queue_print(stats)
    return response


def public_statistics_file(request: HttpRequest, agency: str, year: int, fmt: str) -> HttpResponse:
    if fmt not in FORMATS:
        raise Http404
    stats = _statistics(agency, year)
    filename = f"complaint-statistics-{stats.agency.slug}-{year}.{fmt}"
    if fmt == "pdf":
        return _printed_pdf(request, stats, filename)
    return file_response(Rendered(statistics_xlsx(stats), CONTENT_TYPES[fmt], filename))


# --- PDF ------------------------------------------------------------------------------------


def _printed_pdf(request: HttpRequest, stats: ComplaintStatistics, filename: str) -> HttpResponse:
    """The figures change with every case: the file is keyed by a fingerprint of its HTML and
    printed by the "print" job; meanwhile the newest earlier print of the year is served."""
    from django.urls import reverse

    from prongsai.printing.responses import serve_pdf

    document = queue_print(stats)
    back_url = reverse(
        "complaints:statistics", kwargs={"agency": stats.agency.slug, "year": stats.fiscal_year}
    )
    return serve_pdf(
        request,
        document,
        filename=filename,
        fallback=True,
        context={"agency": stats.agency, "back_url": back_url},
    )


def queue_print(stats: ComplaintStatistics) -> PrintedDocument:
    """The printed document of these very figures, its print queued when it is new."""
    from prongsai.printing.actions import fingerprint, request_print

    html = statistics_print_html(stats)
    group = f"complaints/statistics/{stats.agency.pk}/{stats.fiscal_year}"
    return request_print(key=f"{group}/{fingerprint(html)}", group=group, html=html)


def statistics_print_html(stats: ComplaintStatistics) -> str:
    """The print document, with statistics.css (see `exports.pdf.print_assets`)."""
    from prongsai.exports.pdf import print_assets

    context = _context(stats)
    context.update(print_assets("statistics.css"))
    # Column headings on three short lines: ไตรมาส ๑ / ต.ค.–ธ.ค. / ๒๕๖๙.
    context["quarter_heads"] = [
        (quarter, *quarter_months(stats.fiscal_year, quarter))
        for quarter, _l, _n in stats.by_quarter
    ]
    return render_to_string("complaints/statistics_print.html", context)


def statistics_pdf(stats: ComplaintStatistics) -> bytes:
    """The statistics as an A4 PDF (Chromium, Sarabun, Thai numerals)."""
    from prongsai.exports.pdf import html_to_pdf

    return html_to_pdf(statistics_print_html(stats))


# --- XLSX -----------------------------------------------------------------------------------


def statistics_xlsx(stats: ComplaintStatistics) -> bytes:
    """The statistics as a workbook: a summary sheet, then a sheet per table, bold headers."""
    from prongsai.exports.xlsx import Table, xlsx_workbook

    agency = stats.agency
    summary: list[list[Any]] = [
        [_title(stats.fiscal_year)],
        ["หน่วยงาน", agency.name_th],
        ["สังกัด", agency.parent.name_th if agency.parent else ""],
        ["ช่วงเวลา", f"{thai_date(stats.start)} – {thai_date(stats.end)}"],
        ["ข้อมูล ณ วันที่", thai_date(stats.as_of)],
        ["จำนวนเรื่องทั้งหมด", stats.total],
        ["ดำเนินการแล้วเสร็จ", stats.closed],
        ["ค่ามัธยฐานจำนวนวันถึงการแจ้งรับเรื่อง", stats.median_days_to_acknowledge],
        ["ค่ามัธยฐานจำนวนวันถึงการดำเนินการแล้วเสร็จ", stats.median_days_to_close],
        [],
        [NO_PERSONAL_DATA],
    ]
    quarter_headings = [label for _q, label, _n in stats.by_quarter]
    total = ["รวม", stats.total]

    def table(name: str, headings: list[str], rows: list[list[Any]]) -> Table:
        wide = len(headings) > 2  # the quarters' columns hold a label each
        return Table(name, headings, rows, widths=[40], default_width=22 if wide else 16)

    tables = [
        table(
            "ตามประเภท",
            ["ประเภทเรื่องร้องเรียน", "จำนวนเรื่อง"],
            [[label, n] for _c, label, n in stats.by_category] + [total],
        ),
        table(
            "ตามสถานะ",
            ["สถานะ", "จำนวนเรื่อง"],
            [[label, n] for _c, label, n in stats.by_status] + [total],
        ),
        table(
            "รายไตรมาส",
            ["ไตรมาส", "จำนวนเรื่อง"],
            [[label, n] for _q, label, n in stats.by_quarter] + [total],
        ),
        table(
            "ประเภทรายไตรมาส",
            ["ประเภทเรื่องร้องเรียน", *quarter_headings, "รวม"],
            [[row.label, *row.counts, row.total] for row in stats.category_by_quarter]
            + [["รวม", *(n for _q, _l, n in stats.by_quarter), stats.total]],
        ),
        table(
            "ผลการพิจารณา",
            ["ผลการพิจารณาเรื่องที่ดำเนินการแล้วเสร็จ", "จำนวนเรื่อง"],
            [[label, n] for _c, label, n in stats.closed_by_outcome] + [["รวม", stats.closed]],
        ),
    ]
    return xlsx_workbook("สรุป", summary, tables)
