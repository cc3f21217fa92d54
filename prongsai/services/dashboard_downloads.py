"""The dashboard's downloads: CSV, XLSX and the quarterly statistics report as PDF.

An official Thai document, in Thai whatever the visitor's language, like the complaint
statistics. The workbook is written by `exports.xlsx`, the response by `exports.responses`,
the PDF by the "print" job (`printing`).
"""

from __future__ import annotations

import csv
import io
from typing import Any

from django.http import Http404, HttpRequest, HttpResponse
from django.template.loader import render_to_string
from django.urls import reverse

from prongsai.agencies.access import get_agency_or_404
from prongsai.agencies.models import Agency
from prongsai.exports.responses import CONTENT_TYPES, Rendered, file_response
from prongsai.lib.thai import thai_date
from prongsai.printing.models import PrintedDocument
from prongsai.services.area_statistics import AreaRanking, figures_for
from prongsai.services.dashboard_format import (
    COLUMNS,
    DEFINITIONS,
    NO_PERSONAL_DATA,
    Period,
    doc_cells,
    document_title,
    file_name,
    number_cells,
    parse_period,
    period_label,
)
from prongsai.services.statistics import Figures, ServiceStatistics

__all__ = [
    "FORMATS",
    "dashboard_file",
    "queue_statistics_pdf",
    "statistics_csv",
    "statistics_pdf",
    "statistics_print_html",
    "statistics_xlsx",
]

FORMATS = ("csv", "xlsx", "pdf")


# --- Downloads ----------------------------------------------------------------------------------


def dashboard_file(request: HttpRequest, agency: str, fmt: str) -> HttpResponse:
    if fmt not in FORMATS:
        raise Http404
    agency_obj = get_agency_or_404(agency)
    period = parse_period(request.GET)
    stats, ranking = figures_for(agency_obj, period.year, period.quarter)
    if fmt == "pdf":
        return _printed_pdf(request, agency_obj, period, stats, ranking)
    if fmt == "xlsx":
        content = statistics_xlsx(agency_obj, period, stats, ranking)
    else:
        content = statistics_csv(agency_obj, period, stats, ranking)
    name = file_name(agency_obj, period, fmt)
    return file_response(Rendered(content, CONTENT_TYPES[fmt], name), inline=False)


def _printed_pdf(
    request: HttpRequest,
    agency: Agency,
    period: Period,
    stats: ServiceStatistics,
    ranking: AreaRanking | None,
) -> HttpResponse:
    """Printed by the "print" job, never here; the newest earlier print of the same period is
    served while a newer one prints."""
    from prongsai.printing.responses import serve_pdf

    document = queue_statistics_pdf(agency, period, stats, ranking)
    back_url = reverse("services:dashboard", kwargs={"agency": agency.slug}) + period.query()
    return serve_pdf(
        request,
        document,
        filename=file_name(agency, period, "pdf"),
        fallback=True,
        context={"agency": agency, "back_url": back_url},
    )


def queue_statistics_pdf(
    agency: Agency, period: Period, stats: ServiceStatistics, ranking: AreaRanking | None
) -> PrintedDocument:
    """The print of these figures, keyed by a fingerprint of its HTML: asked for (and the
    "print" job kicked) the first time these figures are seen. The dashboard page asks too, so
    the PDF is usually ready by the time someone clicks its link."""
    from prongsai.printing.actions import fingerprint, request_print

    html = statistics_print_html(agency, period, stats, ranking)
    group = f"services/statistics/{agency.pk}/{period.year}/{period.quarter or 0}"
    return request_print(key=f"{group}/{fingerprint(html)}", group=group, html=html)


def _detail_rows(
    stats: ServiceStatistics, ranking: AreaRanking | None
) -> tuple[str, list[str], list[list[Any]]]:
    """The per-service table (an agency) or the ranking of the schools (an area office), as a
    sheet name, its headings and rows of numbers."""
    if ranking is not None:
        return (
            "อันดับโรงเรียน",
            ["อันดับ", "โรงเรียน", *COLUMNS],
            [[row.rank, row.agency.name_th, *number_cells(row.figures)] for row in ranking.rows],
        )
    return (
        "งานบริการ",
        ["งานบริการ", "ระยะเวลามาตรฐาน (วัน)", *COLUMNS],
        [[row.name, row.promised_days, *number_cells(row.figures)] for row in stats.services],
    )


def statistics_csv(
    agency: Agency, period: Period, stats: ServiceStatistics, ranking: AreaRanking | None
) -> bytes:
    """Every table in one CSV (UTF-8 with a BOM so spreadsheet programs read the Thai): a first
    column says which table a row belongs to."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    _writerow(writer, ["ตาราง", "รายการ", "อันดับ", "ระยะเวลามาตรฐาน (วัน)", *COLUMNS])
    if ranking is not None:
        for rank_row in ranking.rows:
            _writerow(
                writer,
                ["โรงเรียน", rank_row.agency.name_th, rank_row.rank, "", *_csv(rank_row.figures)],
            )
    else:
        for service in stats.services:
            _writerow(
                writer,
                ["งานบริการ", service.name, "", service.promised_days, *_csv(service.figures)],
            )
    for month in stats.months:
        _writerow(writer, ["รายเดือน", month.label, "", "", *_csv(month.figures)])
    for quarter in stats.quarters:
        _writerow(writer, ["รายไตรมาส", quarter.label, "", "", *_csv(quarter.figures)])
    _writerow(writer, ["รวม", agency.name_th, "", "", *_csv(stats.total)])
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def _writerow(writer: Any, values: list[Any]) -> None:
    from prongsai.exports.cells import csv_row

    writer.writerow(csv_row(values))


def _csv(figures: Figures) -> list[Any]:
    return ["" if value is None else value for value in number_cells(figures)]


def statistics_xlsx(
    agency: Agency, period: Period, stats: ServiceStatistics, ranking: AreaRanking | None
) -> bytes:
    """A summary sheet, then the services (or the schools ranked), the months and the quarters."""
    from prongsai.exports.xlsx import Table, xlsx_workbook

    summary: list[list[Any]] = [
        [document_title(period)],
        ["หน่วยงาน", agency.name_th],
        ["สังกัด", agency.parent.name_th if agency.parent else ""],
        ["ช่วงเวลา", f"{period_label(period)}: {thai_date(stats.start)} – {thai_date(stats.end)}"],
        ["ข้อมูล ณ วันที่", thai_date(stats.as_of)],
        *([label, value] for label, value in zip(COLUMNS, number_cells(stats.total), strict=True)),
        [],
        [DEFINITIONS],
        [NO_PERSONAL_DATA],
    ]
    detail_name, detail_headings, detail_rows = _detail_rows(stats, ranking)
    if ranking is not None:
        total_row = [None, "รวมทุกโรงเรียน", *number_cells(stats.total)]
        detail_widths = [8, 40]
    else:
        total_row = ["รวม", None, *number_cells(stats.total)]
        detail_widths = [40, 14]
    total = ["รวม", *number_cells(stats.total)]
    tables = [
        Table(
            detail_name,
            detail_headings,
            [*detail_rows, total_row],
            detail_widths,
            frozen_columns=2,
        ),
        Table(
            "รายเดือน",
            ["เดือน", *COLUMNS],
            [[row.label, *number_cells(row.figures)] for row in stats.months] + [total],
            [16],
            frozen_columns=1,
        ),
        Table(
            "รายไตรมาส",
            ["ไตรมาส", *COLUMNS],
            [[row.label, *number_cells(row.figures)] for row in stats.quarters] + [total],
            [28],
            frozen_columns=1,
        ),
    ]
    return xlsx_workbook("สรุป", summary, tables)


# --- PDF ----------------------------------------------------------------------------------------


def statistics_print_html(
    agency: Agency, period: Period, stats: ServiceStatistics, ranking: AreaRanking | None
) -> str:
    """The print document, with dashboard.css (see `exports.pdf.print_assets`)."""
    from prongsai.exports.pdf import print_assets

    context: dict[str, Any] = {
        "agency": agency,
        "stats": stats,
        "period": period,
        "title": document_title(period),
        "period_label": period_label(period),
        "is_office": ranking is not None,
        "total": doc_cells(stats.total),
        "month_rows": [{"label": r.label, "cells": doc_cells(r.figures)} for r in stats.months],
        "quarter_rows": [{"label": r.label, "cells": doc_cells(r.figures)} for r in stats.quarters],
        "no_personal_data": NO_PERSONAL_DATA,
        "definitions": DEFINITIONS,
        **print_assets("dashboard.css"),
    }
    if ranking is not None:
        context["rank_rows"] = [
            {"rank": row.rank, "agency": row.agency, "cells": doc_cells(row.figures)}
            for row in ranking.rows
        ]
    else:
        context["service_rows"] = [
            {"name": row.name, "promised_days": row.promised_days, "cells": doc_cells(row.figures)}
            for row in stats.services
        ]
    return render_to_string("services/statistics_print.html", context)


def statistics_pdf(
    agency: Agency, period: Period, stats: ServiceStatistics, ranking: AreaRanking | None
) -> bytes:
    """The statistics as an A4 PDF (Chromium, Sarabun, Thai numerals)."""
    from prongsai.exports.pdf import html_to_pdf

    return html_to_pdf(statistics_print_html(agency, period, stats, ranking))
