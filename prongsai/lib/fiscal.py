"""Thai government fiscal years (ปีงบประมาณ), quarters and the six-month round.

Integrity plans, ITA evidence and progress reports are all keyed to the fiscal year, which
runs 1 October to 30 September and is named by the Buddhist-era year in which it ends:
FY 2567 = 1 Oct 2023 - 30 Sep 2024.  Quarter 1 is Oct-Dec, Q2 Jan-Mar, Q3 Apr-Jun, Q4 Jul-Sep,
and the six-month report (รอบ ๖ เดือน) covers 1 Oct - 31 Mar.
"""

from __future__ import annotations

import statistics as pystats
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from prongsai.lib.thai import BE_OFFSET, THAI_MONTHS_SHORT, be_year

__all__ = [
    "MAX_YEAR",
    "MIN_YEAR",
    "QUARTERS",
    "FiscalYear",
    "current_fiscal_year",
    "fiscal_month_order",
    "fiscal_quarter",
    "fiscal_year",
    "fiscal_year_bounds",
    "half_year_bounds",
    "is_plausible_year",
    "median",
    "month_label",
    "quarter_bounds",
    "quarter_label",
    "quarter_months",
    "quarter_of_month",
]

MIN_YEAR = 2500
"""The earliest Buddhist-era year any form, URL or import accepts (2500 = 1957)."""
MAX_YEAR = 2700
"""The latest Buddhist-era year accepted (2700 = 2157)."""
QUARTERS = (1, 2, 3, 4)


def is_plausible_year(year_be: int) -> bool:
    """Whether ``year_be`` lies in the accepted range MIN_YEAR..MAX_YEAR."""
    return MIN_YEAR <= year_be <= MAX_YEAR


_FIRST_MONTH = 10
"""The fiscal year starts in October."""


def _start_ce_year(year_be: int) -> int:
    """CE year in which fiscal year ``year_be`` starts (1 October)."""
    return year_be - BE_OFFSET - 1


def fiscal_year(value: date) -> int:
    """Buddhist-era fiscal year containing ``value``; October onwards belongs to the next one."""
    return value.year + BE_OFFSET + (1 if value.month >= _FIRST_MONTH else 0)


def fiscal_quarter(value: date) -> int:
    """Fiscal quarter (1-4) containing ``value``: Q1 = Oct-Dec … Q4 = Jul-Sep."""
    return quarter_of_month(value.month)


def fiscal_year_bounds(year_be: int) -> tuple[date, date]:
    """Inclusive first and last day of fiscal year ``year_be``, for date-range filters."""
    start = _start_ce_year(year_be)
    return date(start, 10, 1), date(start + 1, 9, 30)


_QUARTER_MONTHS: dict[int, tuple[int, int, int, int]] = {
    # quarter: (start year offset, start month, end month, end day)
    1: (0, 10, 12, 31),
    2: (1, 1, 3, 31),
    3: (1, 4, 6, 30),
    4: (1, 7, 9, 30),
}


def quarter_bounds(year_be: int, quarter: int) -> tuple[date, date]:
    """Inclusive first and last day of ``quarter`` (1-4) of fiscal year ``year_be``.

    Raises ``ValueError`` for any other quarter so bad URL or form input cannot slip through.
    """
    if isinstance(quarter, bool) or quarter not in _QUARTER_MONTHS:
        raise ValueError(f"ไตรมาสต้องเป็น 1 ถึง 4 (ได้รับ {quarter!r})")
    offset, first_month, last_month, last_day = _QUARTER_MONTHS[quarter]
    year = _start_ce_year(year_be) + offset
    return date(year, first_month, 1), date(year, last_month, last_day)


def quarter_months(year_be: int, quarter: int) -> tuple[str, int]:
    """("ต.ค.–ธ.ค.", 2565): the quarter's first and last months and the B.E. year they are in."""
    first, last = quarter_bounds(year_be, quarter)
    months = f"{THAI_MONTHS_SHORT[first.month - 1]}–{THAI_MONTHS_SHORT[last.month - 1]}"
    return months, be_year(first.year)


def quarter_label(year_be: int, quarter: int) -> str:
    """ "ไตรมาส 1 (ต.ค.–ธ.ค. 2565)": the quarter's months and the B.E. year they fall in."""
    months, year = quarter_months(year_be, quarter)
    return f"ไตรมาส {quarter} ({months} {year})"


def quarter_of_month(month: int) -> int:
    """Fiscal quarter (1-4) of a calendar month: October-December is quarter 1."""
    return (month - _FIRST_MONTH) % 12 // 3 + 1


def month_label(year: int, month: int) -> str:
    """ "ต.ค. 2567": a calendar month (CE year) the way the statistics name it."""
    return f"{THAI_MONTHS_SHORT[month - 1]} {be_year(year)}"


def median(values: Sequence[float]) -> float | None:
    """The median of ``values`` as a float, or None when there are none."""
    return float(pystats.median(values)) if values else None


def half_year_bounds(year_be: int) -> tuple[date, date]:
    """Inclusive bounds of the six-month round (รอบ ๖ เดือน): 1 October - 31 March."""
    start = _start_ce_year(year_be)
    return date(start, 10, 1), date(start + 1, 3, 31)


def fiscal_month_order(year_be: int) -> list[tuple[int, int]]:
    """The 12 ``(ce_year, month)`` pairs of the fiscal year in order, October to September.

    Lets monthly tables and charts iterate in fiscal rather than calendar order.
    """
    start = _start_ce_year(year_be)
    return [(start, month) for month in range(10, 13)] + [
        (start + 1, month) for month in range(1, 10)
    ]


def current_fiscal_year(today: date | None = None) -> int:
    """Fiscal year of ``today`` (default: :meth:`date.today`); injectable for tests."""
    return fiscal_year(today if today is not None else date.today())


@dataclass(frozen=True, slots=True)
class FiscalYear:
    """A fiscal year as a value object, for code that passes one around with its bounds."""

    year_be: int

    @classmethod
    def from_date(cls, value: date) -> FiscalYear:
        """The fiscal year containing ``value``."""
        return cls(fiscal_year(value))

    @property
    def start(self) -> date:
        """1 October of the preceding CE year."""
        return fiscal_year_bounds(self.year_be)[0]

    @property
    def end(self) -> date:
        """30 September."""
        return fiscal_year_bounds(self.year_be)[1]

    def quarter(self, quarter: int) -> tuple[date, date]:
        """Inclusive bounds of one quarter; see :func:`quarter_bounds`."""
        return quarter_bounds(self.year_be, quarter)

    def __contains__(self, value: object) -> bool:
        """``some_date in FiscalYear(2567)``."""
        return isinstance(value, date) and self.start <= _as_date(value) <= self.end

    def __str__(self) -> str:
        return f"ปีงบประมาณ พ.ศ. {self.year_be}"


def _as_date(value: date) -> date:
    """Drop the time part of a datetime so it compares with plain dates."""
    return date(value.year, value.month, value.day)
