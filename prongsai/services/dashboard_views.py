"""The public usage dashboard of an agency's e-services, its downloads (CSV, XLSX and the
quarterly statistics report as PDF) and one service's monthly figures.

Public on purpose (ITA evidence, ข้อมูลเชิงสถิติการให้บริการ): counts, durations and ratings
only, never a request or a person. The figures come from `services.statistics`. An area office
sees the sum of its schools and the schools ranked.

The period comes from the query string (`?year=<B.E.>&quarter=<1-4>`); anything unreadable falls
back to the current fiscal year and the whole year, so a hand-typed address never fails.

The page speaks the visitor's language (English msgids, Thai catalogue); the downloads are an
official Thai document, in Thai whatever the language, like the complaint statistics. Charts are
inline SVG drawn here (no script, no inline style: the Content-Security-Policy forbids both):
bars are sized in percentages of the chart's width, so the text inside keeps its size on a
phone and on a desktop, and every chart stands beside a table with the same figures.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode

from django.core.cache import cache
from django.http import Http404, HttpRequest, HttpResponse, QueryDict
from django.shortcuts import get_object_or_404, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import pgettext

from prongsai.agencies.access import get_agency_or_404
from prongsai.agencies.models import Agency
from prongsai.lib.fiscal import MAX_YEAR, MIN_YEAR, current_fiscal_year
from prongsai.lib.thai import thai_date
from prongsai.services.models import Service
from prongsai.services.statistics import (
    QUARTERS,
    AreaRanking,
    Figures,
    ServiceStatistics,
    area_ranking,
    quarter_label,
    service_statistics,
)

__all__ = [
    "FORMATS",
    "MAX_YEAR",
    "MIN_YEAR",
    "Period",
    "dashboard",
    "dashboard_file",
    "figures_for",
    "parse_period",
    "service_detail_stats",
    "statistics_csv",
    "statistics_pdf",
    "statistics_print_html",
    "statistics_xlsx",
]

FORMATS = ("csv", "xlsx", "pdf")
YEARS_SHOWN = 5
OFFICE_CACHE_SECONDS = 300
"""How long an area office's figures are kept (see `figures_for`)."""
CONTENT_TYPES = {
    "csv": "text/csv; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "pdf": "application/pdf",
}
NO_PERSONAL_DATA = (
    "ตัวเลขเหล่านี้เป็นจำนวนครั้ง ระยะเวลา และคะแนนความพึงพอใจเท่านั้น ไม่มีข้อมูลส่วนบุคคลของผู้ขอรับบริการ"
)
DEFINITIONS = (
    "นับตามวันที่รับคำขอ (การให้บริการ ณ จุดบริการ นับตามวันที่ให้บริการ และถือว่าแล้วเสร็จ) "
    "ระยะเวลาดำเนินการและร้อยละที่แล้วเสร็จภายในระยะเวลามาตรฐานคิดจากคำขอที่ดำเนินการแล้วเสร็จ "
    "ความพึงพอใจเฉลี่ยจากคะแนนเต็ม 5 "
    "ไตรมาส 1 คือ ต.ค.–ธ.ค. ไตรมาส 2 คือ ม.ค.–มี.ค. ไตรมาส 3 คือ เม.ย.–มิ.ย. ไตรมาส 4 คือ ก.ค.–ก.ย."
)


# --- The period ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Period:
    year: int
    """Fiscal year, B.E."""
    quarter: int | None
    """1-4, or None for the whole year."""

    def query(self) -> str:
        """ "?year=2568" or "?year=2568&quarter=1", for links that keep the period."""
        params: dict[str, int] = {"year": self.year}
        if self.quarter is not None:
            params["quarter"] = self.quarter
        return "?" + urlencode(params)


def _int(value: str | None) -> int | None:
    if value is None:
        return None
    try:
        return int(value.strip())  # int() reads Thai digits too: ๒๕๖๘
    except ValueError:
        return None


def parse_period(params: QueryDict) -> Period:
    """The period asked for; the current fiscal year and the whole year for anything else."""
    year = _int(params.get("year"))
    if year is None or not MIN_YEAR <= year <= MAX_YEAR:
        year = current_fiscal_year(timezone.localdate())
    quarter = _int(params.get("quarter"))
    return Period(year, quarter if quarter in QUARTERS else None)


def _period_label(period: Period) -> str:
    """The period in Thai: "ปีงบประมาณ 2568" or "ไตรมาส 1 (ต.ค.–ธ.ค. 2567) ปีงบประมาณ 2568"."""
    year = f"ปีงบประมาณ {period.year}"
    return (
        year if period.quarter is None else f"{quarter_label(period.year, period.quarter)} {year}"
    )


# --- Formatting ---------------------------------------------------------------------------------

DASH = "—"


def _count(value: int) -> str:
    return f"{value:,}"


def _share(value: float | None) -> str:
    return DASH if value is None else f"{value * 100:.1f}%"


def _hours(value: float | None) -> str:
    return DASH if value is None else f"{value:,.1f}"


def _rating(value: float | None) -> str:
    return DASH if value is None else f"{value:.2f}"


def _cells(figures: Figures) -> dict[str, str]:
    """A row's figures as text for the page and the print document."""
    return {
        "received": _count(figures.received),
        "online": _count(figures.online),
        "at_counter": _count(figures.at_counter),
        "online_share": _share(figures.online_share),
        "completed": _count(figures.completed),
        "median_hours": _hours(figures.median_hours),
        "within_standard": _count(figures.within_standard),
        "within_standard_share": _share(figures.within_standard_share),
        "ratings": _count(figures.ratings),
        "mean_rating": _rating(figures.mean_rating),
    }


def _doc_cells(figures: Figures) -> dict[str, str]:
    """`_cells` for the print document: the columns say "ร้อยละ", so no per-cent sign."""
    cells = _cells(figures)
    for key in ("online_share", "within_standard_share"):
        cells[key] = cells[key].removesuffix("%")
    return cells


def _percent(value: float | None, digits: int = 1) -> float | None:
    return None if value is None else round(value * 100, digits)


def _rounded(value: float | None, digits: int) -> float | None:
    return None if value is None else round(value, digits)


def _values(figures: Figures) -> list[Any]:
    """A row's figures as numbers for the spreadsheets, in COLUMNS order."""
    return [
        figures.received,
        figures.online,
        figures.at_counter,
        _percent(figures.online_share),
        figures.completed,
        _rounded(figures.median_hours, 1),
        figures.within_standard,
        _percent(figures.within_standard_share),
        figures.ratings,
        _rounded(figures.mean_rating, 2),
    ]


COLUMNS = [
    "จำนวนผู้ขอรับบริการ",
    "ช่องทางออนไลน์",
    "ณ จุดบริการ",
    "ร้อยละช่องทางออนไลน์",
    "ดำเนินการแล้วเสร็จ",
    "ค่ามัธยฐานระยะเวลาดำเนินการ (ชั่วโมง)",
    "แล้วเสร็จภายในระยะเวลามาตรฐาน",
    "ร้อยละที่แล้วเสร็จภายในระยะเวลามาตรฐาน",
    "จำนวนผู้ประเมินความพึงพอใจ",
    "ความพึงพอใจเฉลี่ย (เต็ม 5)",
]


# --- Charts (inline SVG) ------------------------------------------------------------------------

ROW_HEIGHT = 40
TEXT_Y = 15
BAR_Y = 21
BAR_HEIGHT = 12
LABEL_LENGTH = 48


@dataclass(frozen=True)
class Segment:
    css: str
    x: str
    width: str


@dataclass(frozen=True)
class Bar:
    label: str
    value: str
    title: str
    text_y: int
    bar_y: int
    segments: list[Segment]


@dataclass(frozen=True)
class Chart:
    id: str
    title: str
    description: str
    height: int
    bar_height: int
    bars: list[Bar]
    legend: list[tuple[str, str]]


def _pct(value: float) -> str:
    return f"{max(0.0, min(value, 100.0)):.3f}".rstrip("0").rstrip(".") + "%"


def _short(label: str) -> str:
    return label if len(label) <= LABEL_LENGTH else label[: LABEL_LENGTH - 1].rstrip() + "…"


def _bar(index: int, label: str, value: str, title: str, segments: list[Segment]) -> Bar:
    top = index * ROW_HEIGHT
    return Bar(_short(label), value, title, top + TEXT_Y, top + BAR_Y, segments)


def _chart(
    chart_id: str, title: str, description: str, bars: list[Bar], legend: list[tuple[str, str]]
) -> Chart:
    return Chart(chart_id, title, description, len(bars) * ROW_HEIGHT, BAR_HEIGHT, bars, legend)


def volume_chart(stats: ServiceStatistics, chart_id: str = "chart-volume") -> Chart:
    """Requests received each month, online and at the counter stacked."""
    largest = max((row.figures.received for row in stats.months), default=0) or 1
    bars = []
    for index, row in enumerate(stats.months):
        figures = row.figures
        online = figures.online / largest * 100
        counter = figures.at_counter / largest * 100
        segments = []
        if figures.online:
            segments.append(Segment("bar-online", "0", _pct(online)))
        if figures.at_counter:
            segments.append(Segment("bar-counter", _pct(online), _pct(counter)))
        title = _(
            "%(month)s: %(received)s received, %(online)s online, %(counter)s at the counter"
        ) % {
            "month": row.label,
            "received": _count(figures.received),
            "online": _count(figures.online),
            "counter": _count(figures.at_counter),
        }
        bars.append(_bar(index, row.label, _count(figures.received), title, segments))
    return _chart(
        chart_id,
        _("Requests received by month"),
        _("Online and at the counter, stacked. The same figures are in the table by month."),
        bars,
        [
            ("bar-online", pgettext("service statistics", "Online")),
            ("bar-counter", pgettext("service statistics", "At the counter")),
        ],
    )


def standard_chart(
    rows: list[tuple[str, Figures]], description: str, chart_id: str = "chart-standard"
) -> Chart:
    """The share completed within the standard, one bar per row (service or month)."""
    bars = []
    for index, (label, figures) in enumerate(rows):
        share = figures.within_standard_share
        segments = [] if not share else [Segment("bar-standard", "0", _pct(share * 100))]
        title = _(
            "%(label)s: %(share)s completed within the standard (%(within)s of %(timed)s)"
        ) % {
            "label": label,
            "share": _share(share),
            "within": _count(figures.within_standard),
            "timed": _count(figures.timed),
        }
        bars.append(_bar(index, label, _share(share), title, segments))
    return _chart(
        chart_id,
        _("Completed within the standard"),
        description,
        bars,
        [("bar-standard", _("Share completed within the standard time"))],
    )


# --- The page -----------------------------------------------------------------------------------


def figures_for(
    agency: Agency, year: int, quarter: int | None
) -> tuple[ServiceStatistics, AreaRanking | None]:
    """The statistics of an agency, or of an area office's schools with their ranking.

    An area's figures are summed from its schools' monthly rollups (`ServiceMonth`), not from
    their requests (see docs/benchmarks.md); they are still kept in the cache for
    OFFICE_CACHE_SECONDS, so a repeat view costs nothing. A school's own figures are read from
    its requests and always fresh.
    """
    if agency.kind != Agency.Kind.AREA_OFFICE:
        return service_statistics([agency.pk], year, quarter), None
    today = timezone.localdate()
    key = f"services:area-ranking:{agency.pk}:{year}:{quarter or 0}:{today.isoformat()}"
    ranking = cache.get(key)
    if not isinstance(ranking, AreaRanking):
        ranking = area_ranking(agency, year, quarter, today=today)
        cache.set(key, ranking, OFFICE_CACHE_SECONDS)
    return ranking.statistics, ranking


def _figures_for(agency: Agency, period: Period) -> tuple[ServiceStatistics, AreaRanking | None]:
    return figures_for(agency, period.year, period.quarter)


def _year_choices(selected: int) -> list[int]:
    current = current_fiscal_year(timezone.localdate())
    years = list(range(current, current - YEARS_SHOWN, -1))
    if selected not in years:
        years.append(selected)
    return sorted(years, reverse=True)


def _filter_context(period: Period) -> dict[str, Any]:
    return {
        "period": period,
        "years": _year_choices(period.year),
        "quarter_choices": [(quarter, quarter_label(period.year, quarter)) for quarter in QUARTERS],
        "period_label": _period_label(period),
    }


def _month_rows(stats: ServiceStatistics) -> list[dict[str, Any]]:
    return [{"label": row.label, "cells": _cells(row.figures)} for row in stats.months]


def _quarter_rows(stats: ServiceStatistics) -> list[dict[str, Any]]:
    return [{"label": row.label, "cells": _cells(row.figures)} for row in stats.quarters]


def dashboard(request: HttpRequest, agency: str) -> HttpResponse:
    agency_obj = get_agency_or_404(agency)
    period = parse_period(request.GET)
    stats, ranking = _figures_for(agency_obj, period)
    query = period.query()
    context: dict[str, Any] = {
        "agency": agency_obj,
        "stats": stats,
        "is_office": ranking is not None,
        "total": _cells(stats.total),
        "month_rows": _month_rows(stats),
        "quarter_rows": _quarter_rows(stats),
        "volume_chart": volume_chart(stats),
        "downloads": [
            (
                fmt,
                reverse("services:dashboard_file", kwargs={"agency": agency_obj.slug, "fmt": fmt})
                + query,
            )
            for fmt in FORMATS
        ],
        **_filter_context(period),
    }
    if ranking is not None:
        context["rank_rows"] = [
            {
                "rank": row.rank,
                "agency": row.agency,
                "url": reverse("services:dashboard", kwargs={"agency": row.agency.slug}) + query,
                "cells": _cells(row.figures),
            }
            for row in ranking.rows
        ]
        context["standard_chart"] = standard_chart(
            [(row.label, row.figures) for row in stats.months],
            _("One bar per month. The same figures are in the table by month."),
        )
    else:
        context["service_rows"] = [
            {
                "name": row.name,
                "promised_days": row.promised_days,
                "is_active": row.is_active,
                "url": reverse(
                    "services:service_detail_stats",
                    kwargs={"agency": agency_obj.slug, "pk": row.id},
                )
                + query,
                "cells": _cells(row.figures),
            }
            for row in stats.services
        ]
        context["standard_chart"] = standard_chart(
            [(row.name, row.figures) for row in stats.services],
            _("One bar per service. The same figures are in the table by service."),
        )
    return render(request, "services/dashboard.html", context)


def service_detail_stats(request: HttpRequest, agency: str, pk: int) -> HttpResponse:
    """One public service's figures by month (its catalogue page links here)."""
    agency_obj = get_agency_or_404(agency)
    service = get_object_or_404(Service, agency=agency_obj, pk=pk, audience=Service.Audience.PUBLIC)
    period = parse_period(request.GET)
    stats = service_statistics(
        [agency_obj.pk], period.year, period.quarter, service_ids=[service.pk]
    )
    context = {
        "agency": agency_obj,
        "service": service,
        "stats": stats,
        "total": _cells(stats.total),
        "month_rows": _month_rows(stats),
        "quarter_rows": _quarter_rows(stats),
        "volume_chart": volume_chart(stats),
        "dashboard_url": reverse("services:dashboard", kwargs={"agency": agency_obj.slug})
        + period.query(),
        **_filter_context(period),
    }
    return render(request, "services/dashboard_service.html", context)


# --- Downloads ----------------------------------------------------------------------------------


def _title(period: Period) -> str:
    """ "ข้อมูลเชิงสถิติการให้บริการ ไตรมาส 1 ปีงบประมาณ 2568" (or "ประจำปีงบประมาณ 2568")."""
    if period.quarter is None:
        return f"ข้อมูลเชิงสถิติการให้บริการ ประจำปีงบประมาณ {period.year}"
    return f"ข้อมูลเชิงสถิติการให้บริการ ไตรมาส {period.quarter} ปีงบประมาณ {period.year}"


def _filename(agency: Agency, period: Period, fmt: str) -> str:
    quarter = "" if period.quarter is None else f"-q{period.quarter}"
    return f"service-statistics-{agency.slug}-{period.year}{quarter}.{fmt}"


def dashboard_file(request: HttpRequest, agency: str, fmt: str) -> HttpResponse:
    if fmt not in FORMATS:
        raise Http404
    agency_obj = get_agency_or_404(agency)
    period = parse_period(request.GET)
    stats, ranking = _figures_for(agency_obj, period)
    if fmt == "pdf":
        return _printed_pdf(request, agency_obj, period, stats, ranking)
    if fmt == "xlsx":
        content = statistics_xlsx(agency_obj, period, stats, ranking)
    else:
        content = statistics_csv(agency_obj, period, stats, ranking)
    response = HttpResponse(content, content_type=CONTENT_TYPES[fmt])
    disposition = "inline" if fmt == "pdf" else "attachment"
    response["Content-Disposition"] = (
        f'{disposition}; filename="{_filename(agency_obj, period, fmt)}"'
    )
    return response


def _printed_pdf(
    request: HttpRequest,
    agency: Agency,
    period: Period,
    stats: ServiceStatistics,
    ranking: AreaRanking | None,
) -> HttpResponse:
    """Keyed by a fingerprint of its HTML and printed by the "print" job, never here; the
    newest earlier print of the same period is served while a newer one prints."""
    from prongsai.printing.actions import fingerprint, request_print
    from prongsai.printing.responses import serve_pdf

    html = statistics_print_html(agency, period, stats, ranking)
    group = f"services/statistics/{agency.pk}/{period.year}/{period.quarter or 0}"
    document = request_print(key=f"{group}/{fingerprint(html)}", group=group, html=html)
    back_url = reverse("services:dashboard", kwargs={"agency": agency.slug}) + period.query()
    return serve_pdf(
        request,
        document,
        filename=_filename(agency, period, "pdf"),
        fallback=True,
        context={"agency": agency, "back_url": back_url},
    )


def _detail_rows(
    stats: ServiceStatistics, ranking: AreaRanking | None
) -> tuple[str, list[str], list[list[Any]]]:
    """The per-service table (an agency) or the ranking of the schools (an area office), as a
    sheet name, its headings and rows of numbers."""
    if ranking is not None:
        return (
            "อันดับโรงเรียน",
            ["อันดับ", "โรงเรียน", *COLUMNS],
            [[row.rank, row.agency.name_th, *_values(row.figures)] for row in ranking.rows],
        )
    return (
        "งานบริการ",
        ["งานบริการ", "ระยะเวลามาตรฐาน (วัน)", *COLUMNS],
        [[row.name, row.promised_days, *_values(row.figures)] for row in stats.services],
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
    return ["" if value is None else value for value in _values(figures)]


FONT_NAME = "TH Sarabun New"
FONT_SIZE = 14


def statistics_xlsx(
    agency: Agency, period: Period, stats: ServiceStatistics, ranking: AreaRanking | None
) -> bytes:
    """A summary sheet, then the services (or the schools ranked), the months and the quarters."""
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
    summary_rows: list[list[Any]] = [
        [_title(period)],
        ["หน่วยงาน", agency.name_th],
        ["สังกัด", agency.parent.name_th if agency.parent else ""],
        ["ช่วงเวลา", f"{_period_label(period)}: {thai_date(stats.start)} – {thai_date(stats.end)}"],
        ["ข้อมูล ณ วันที่", thai_date(stats.as_of)],
        *([label, value] for label, value in zip(COLUMNS, _values(stats.total), strict=True)),
        [],
        [DEFINITIONS],
        [NO_PERSONAL_DATA],
    ]
    for row in summary_rows:
        safe_xlsx_append(summary, row)
    for cells in summary.iter_rows():
        for cell in cells:
            cell.font = bold if cell.column == 1 or cell.row == 1 else font
    summary.column_dimensions["A"].width = 45
    summary.column_dimensions["B"].width = 45

    detail_name, detail_headings, detail_rows = _detail_rows(stats, ranking)
    if ranking is not None:
        total_row = [None, "รวมทุกโรงเรียน", *_values(stats.total)]
        detail_widths = [8, 40]
    else:
        total_row = ["รวม", None, *_values(stats.total)]
        detail_widths = [40, 14]
    tables: list[tuple[str, list[str], list[list[Any]], list[int]]] = [
        (detail_name, detail_headings, [*detail_rows, total_row], detail_widths),
        (
            "รายเดือน",
            ["เดือน", *COLUMNS],
            [[row.label, *_values(row.figures)] for row in stats.months]
            + [["รวม", *_values(stats.total)]],
            [16],
        ),
        (
            "รายไตรมาส",
            ["ไตรมาส", *COLUMNS],
            [[row.label, *_values(row.figures)] for row in stats.quarters]
            + [["รวม", *_values(stats.total)]],
            [28],
        ),
    ]
    for name, headings, rows, widths in tables:
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
        sheet.freeze_panes = get_column_letter(len(widths) + 1) + "2"
        for index in range(1, len(headings) + 1):
            width = widths[index - 1] if index <= len(widths) else 16
            sheet.column_dimensions[get_column_letter(index)].width = width

    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


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
        "title": _title(period),
        "period_label": _period_label(period),
        "is_office": ranking is not None,
        "total": _doc_cells(stats.total),
        "month_rows": [{"label": r.label, "cells": _doc_cells(r.figures)} for r in stats.months],
        "quarter_rows": [
            {"label": r.label, "cells": _doc_cells(r.figures)} for r in stats.quarters
        ],
        "no_personal_data": NO_PERSONAL_DATA,
        "definitions": DEFINITIONS,
        **print_assets("dashboard.css"),
    }
    if ranking is not None:
        context["rank_rows"] = [
            {"rank": row.rank, "agency": row.agency, "cells": _doc_cells(row.figures)}
            for row in ranking.rows
        ]
    else:
        context["service_rows"] = [
            {"name": row.name, "promised_days": row.promised_days, "cells": _doc_cells(row.figures)}
            for row in stats.services
        ]
    return render_to_string("services/statistics_print.html", context)


def statistics_pdf(
    agency: Agency, period: Period, stats: ServiceStatistics, ranking: AreaRanking | None
) -> bytes:
    """The statistics as an A4 PDF (Chromium, Sarabun, Thai numerals)."""
    from prongsai.exports.pdf import html_to_pdf

    return html_to_pdf(statistics_print_html(agency, period, stats, ranking))
