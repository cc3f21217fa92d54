"""The service statistics as text and numbers: the period asked for, its Thai label, the
figures formatted for the page, the print document and the spreadsheets, and the wording an
official Thai document needs (title, definitions, the no-personal-data notice).

Shared by the dashboard's views, its downloads and its charts.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode

from django.http import QueryDict
from django.utils import timezone

from prongsai.agencies.models import Agency
from prongsai.lib.fiscal import QUARTERS, current_fiscal_year, is_plausible_year, quarter_label
from prongsai.services.statistics import Figures

__all__ = [
    "COLUMNS",
    "DASH",
    "DEFINITIONS",
    "NO_PERSONAL_DATA",
    "Period",
    "doc_cells",
    "document_title",
    "file_name",
    "fmt_count",
    "fmt_share",
    "number_cells",
    "parse_period",
    "period_label",
    "text_cells",
]

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
    if year is None or not is_plausible_year(year):
        year = current_fiscal_year(timezone.localdate())
    quarter = _int(params.get("quarter"))
    return Period(year, quarter if quarter in QUARTERS else None)


def period_label(period: Period) -> str:
    """The period in Thai: "ปีงบประมาณ 2568" or "ไตรมาส 1 (ต.ค.–ธ.ค. 2567) ปีงบประมาณ 2568"."""
    year = f"ปีงบประมาณ {period.year}"
    return (
        year if period.quarter is None else f"{quarter_label(period.year, period.quarter)} {year}"
    )


# --- Formatting ---------------------------------------------------------------------------------

DASH = "—"


def fmt_count(value: int) -> str:
    return f"{value:,}"


def fmt_share(value: float | None) -> str:
    return DASH if value is None else f"{value * 100:.1f}%"


def fmt_hours(value: float | None) -> str:
    return DASH if value is None else f"{value:,.1f}"


def fmt_rating(value: float | None) -> str:
    return DASH if value is None else f"{value:.2f}"


def text_cells(figures: Figures) -> dict[str, str]:
    """A row's figures as text for the page and the print document."""
    return {
        "received": fmt_count(figures.received),
        "online": fmt_count(figures.online),
        "at_counter": fmt_count(figures.at_counter),
        "online_share": fmt_share(figures.online_share),
        "completed": fmt_count(figures.completed),
        "median_hours": fmt_hours(figures.median_hours),
        "within_standard": fmt_count(figures.within_standard),
        "within_standard_share": fmt_share(figures.within_standard_share),
        "ratings": fmt_count(figures.ratings),
        "mean_rating": fmt_rating(figures.mean_rating),
    }


def doc_cells(figures: Figures) -> dict[str, str]:
    """`_cells` for the print document: the columns say "ร้อยละ", so no per-cent sign."""
    cells = text_cells(figures)
    for key in ("online_share", "within_standard_share"):
        cells[key] = cells[key].removesuffix("%")
    return cells


def _percent(value: float | None, digits: int = 1) -> float | None:
    return None if value is None else round(value * 100, digits)


def _rounded(value: float | None, digits: int) -> float | None:
    return None if value is None else round(value, digits)


def number_cells(figures: Figures) -> list[Any]:
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


# --- Documents ---


def document_title(period: Period) -> str:
    """ "ข้อมูลเชิงสถิติการให้บริการ ไตรมาส 1 ปีงบประมาณ 2568" (or "ประจำปีงบประมาณ 2568")."""
    if period.quarter is None:
        return f"ข้อมูลเชิงสถิติการให้บริการ ประจำปีงบประมาณ {period.year}"
    return f"ข้อมูลเชิงสถิติการให้บริการ ไตรมาส {period.quarter} ปีงบประมาณ {period.year}"


def file_name(agency: Agency, period: Period, fmt: str) -> str:
    quarter = "" if period.quarter is None else f"-q{period.quarter}"
    return f"service-statistics-{agency.slug}-{period.year}{quarter}.{fmt}"
