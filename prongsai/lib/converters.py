"""URL path converters, registered once in ``prongsai/urls.py``."""

from __future__ import annotations

from prongsai.lib.fiscal import MAX_YEAR, MIN_YEAR, is_plausible_year

__all__ = ["BuddhistYearConverter"]


class BuddhistYearConverter:
    """URL converter ``<be_year:year>``: a Buddhist-era year inside MIN_YEAR..MAX_YEAR.

    Registered once in ``prongsai/urls.py``; any other number answers 404 before a view runs.
    Plain Python (Django calls ``to_python`` and treats ``ValueError`` as "no match").
    """

    regex = "[0-9]+"

    def to_python(self, value: str) -> int:
        year = int(value)
        if not is_plausible_year(year):
            raise ValueError(f"year {year} outside {MIN_YEAR}-{MAX_YEAR}")
        return year

    def to_url(self, value: int) -> str:
        return str(int(value))
