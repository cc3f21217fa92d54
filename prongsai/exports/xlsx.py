"""XLSX workbooks from plain rows: a summary sheet (label, value) and one sheet per table.

The statistics downloads of every module (services, complaints, …) are written here: TH Sarabun
New 14, bold headings and totals, a grey heading row, wrapped text, frozen headings. Every
value goes through `exports.cells.safe_xlsx_append` (no formula, no control character).
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from prongsai.exports.cells import safe_xlsx_append

__all__ = ["FONT_NAME", "FONT_SIZE", "Table", "xlsx_workbook"]

FONT_NAME = "TH Sarabun New"
FONT_SIZE = 14
SUMMARY_WIDTH = 45
HEADING_FILL = "E7E6E6"


@dataclass(frozen=True)
class Table:
    """One sheet: its name, headings and rows (the last row is the total, in bold)."""

    name: str
    headings: Sequence[str]
    rows: Sequence[Sequence[Any]]
    widths: Sequence[int] = field(default_factory=list)
    """Widths of the first columns; the others get `default_width`."""
    default_width: int = 16
    frozen_columns: int = 0
    """How many columns stay in view when scrolling sideways (the heading row always does)."""


def xlsx_workbook(
    summary_title: str, summary: Sequence[Sequence[Any]], tables: Sequence[Table]
) -> bytes:
    """A workbook: the summary sheet (first column and first row bold), then one sheet a table."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    font = Font(name=FONT_NAME, size=FONT_SIZE)
    bold = Font(name=FONT_NAME, size=FONT_SIZE, bold=True)
    fill = PatternFill("solid", fgColor=HEADING_FILL)

    workbook = Workbook()
    first = workbook.active
    assert first is not None
    first.title = summary_title
    for row in summary:
        safe_xlsx_append(first, list(row))
    for cells in first.iter_rows():
        for cell in cells:
            cell.font = bold if cell.column == 1 or cell.row == 1 else font
    first.column_dimensions["A"].width = SUMMARY_WIDTH
    first.column_dimensions["B"].width = SUMMARY_WIDTH

    for table in tables:
        sheet = workbook.create_sheet(table.name)
        safe_xlsx_append(sheet, list(table.headings))
        for row in table.rows:
            safe_xlsx_append(sheet, list(row))
        for cells in sheet.iter_rows():
            for cell in cells:
                header_or_total = cell.row == 1 or cell.row == sheet.max_row
                cell.font = bold if header_or_total else font
                cell.alignment = Alignment(wrap_text=True, vertical="top")
        for cell in sheet[1]:
            cell.fill = fill
            cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
        sheet.freeze_panes = get_column_letter(table.frozen_columns + 1) + "2"
        for index in range(1, len(table.headings) + 1):
            width = table.widths[index - 1] if index <= len(table.widths) else table.default_width
            sheet.column_dimensions[get_column_letter(index)].width = width

    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
