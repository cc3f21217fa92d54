"""Public complaint statistics of an agency for a fiscal year: the page, its PDF and its XLSX.

Public on purpose (ITA evidence): counts and durations only, never a case or a person. The
figures come from `complaints.statistics`, which reads no encrypted field.
"""

from __future__ import annotations

import io
from typing import Any

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
from prongsai.lib.fiscal import MAX_YEAR, MIN_YEAR, current_fiscal_year
from prongsai.lib.thai import thai_date

__all__ = [
    "FORMATS",
    "MAX_YEAR",
    "MIN_YEAR",
    "public_statistics",
    "public_statistics_file",
    "statistics_pdf",
    "statistics_print_html",
    "statistics_xlsx",
]

FORMATS = ("pdf", "xlsx")
CONTENT_TYPES = {
    "pdf": "application/pdf",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}
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
    context["previous_year"] = year - 1 if year > first_statistics_year(stats.agency) else None
    # The year switcher stops at the current fiscal year: later years have no cases yet.
    context["next_year"] = year + 1 if year < min(current_fiscal_year(), MAX_YEAR) else None
    context["formats"] = FORMATS
    return render(request, "complaints/statistics.html", context)


def public_statistics_file(request: HttpRequest, agency: str, year: int, fmt: str) -> HttpResponse:
    if fmt not in FORMATS:
        raise Http404
    stats = _statistics(agency, year)
    filename = f"complaint-statistics-{stats.agency.slug}-{year}.{fmt}"
    if fmt == "pdf":
        return _printed_pdf(request, stats, filename)
    response = HttpResponse(statistics_xlsx(stats), content_type=CONTENT_TYPES[fmt])
    disposition = "inline" if fmt == "pdf" else "attachment"
    response["Content-Disposition"] = f'{disposition}; filename="{filename}"'
    return response


# --- PDF ------------------------------------------------------------------------------------


def _printed_pdf(request: HttpRequest, stats: ComplaintStatistics, filename: str) -> HttpResponse:
    """The figures change with every case: the file is keyed by a fingerprint of its HTML and
    printed by the "print" job; meanwhile the newest earlier print of the year is served."""
    from django.urls import reverse

    from prongsai.printing.actions import fingerprint, request_print
    from prongsai.printing.responses import serve_pdf

    html = statistics_print_html(stats)
    group = f"complaints/statistics/{stats.agency.pk}/{stats.fiscal_year}"
    document = request_print(key=f"{group}/{fingerprint(html)}", group=group, html=html)
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

FONT_NAME = "TH Sarabun New"
FONT_SIZE = 14


def statistics_xlsx(stats: ComplaintStatistics) -> bytes:
    """The statistics as a workbook: a summary sheet, then a sheet per table, bold headers."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    from prongsai.exports.cells import safe_xlsx_append

    font = Font(name=FONT_NAME, size=FONT_SIZE)
    bold = Font(name=FONT_NAME, size=FONT_SIZE, bold=True)
    fill = PatternFill("solid", fgColor="E7E6E6")

    workbook = Workbook()
    summary = workbook.active
    assert summary is not None
    summary.title = "สรุป"
    agency = stats.agency
    summary_rows: list[list[Any]] = [
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
    for row in summary_rows:
        safe_xlsx_append(summary, row)
    for cells in summary.iter_rows():
        for cell in cells:
            cell.font = bold if cell.column == 1 or cell.row == 1 else font
    summary.column_dimensions["A"].width = 45
    summary.column_dimensions["B"].width = 45

    quarter_headings = [label for _q, label, _n in stats.by_quarter]
    tables: list[tuple[str, list[str], list[list[Any]]]] = [
        (
            "ตามประเภท",
            ["ประเภทเรื่องร้องเรียน", "จำนวนเรื่อง"],
            [[label, n] for _c, label, n in stats.by_category] + [["รวม", stats.total]],
        ),
        (
            "ตามสถานะ",
            ["สถานะ", "จำนวนเรื่อง"],
            [[label, n] for _c, label, n in stats.by_status] + [["รวม", stats.total]],
        ),
        (
            "รายไตรมาส",
            ["ไตรมาส", "จำนวนเรื่อง"],
            [[label, n] for _q, label, n in stats.by_quarter] + [["รวม", stats.total]],
        ),
        (
            "ประเภทรายไตรมาส",
            ["ประเภทเรื่องร้องเรียน", *quarter_headings, "รวม"],
            [[row.label, *row.counts, row.total] for row in stats.category_by_quarter]
            + [["รวม", *(n for _q, _l, n in stats.by_quarter), stats.total]],
        ),
        (
            "ผลการพิจารณา",
            ["ผลการพิจารณาเรื่องที่ดำเนินการแล้วเสร็จ", "จำนวนเรื่อง"],
            [[label, n] for _c, label, n in stats.closed_by_outcome] + [["รวม", stats.closed]],
        ),
    ]
    for name, headings, rows in tables:
        sheet = workbook.create_sheet(name)
        safe_xlsx_append(sheet, headings)
        for row in rows:
            safe_xlsx_append(sheet, row)
        for cells in sheet.iter_rows():
            for cell in cells:
                header_or_total = cell.row == 1 or cell.row == sheet.max_row
                cell.font = bold if header_or_total else font
                cell.alignment = Alignment(wrap_text=True, vertical="top")
        for cell in sheet[1]:
            cell.fill = fill
            cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
        sheet.freeze_panes = "A2"
        sheet.column_dimensions["A"].width = 40
        for index in range(2, len(headings) + 1):
            sheet.column_dimensions[get_column_letter(index)].width = (
                22 if len(headings) > 2 else 16
            )

    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
