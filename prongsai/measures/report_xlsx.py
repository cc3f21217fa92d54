"""The measures report as a spreadsheet (openpyxl): one row per table row, for sorting and
filtering rather than printing.

Sheet "มาตรการ": ลำดับ (the measure's number), มาตรการ (its name), then the five columns; a cell's
items one per line with their Thai numbering, wrapped; the header bold and frozen with an
autofilter. Sheet "ข้อมูลรายงาน": the cover lines, title, period line and introduction.
"""

from __future__ import annotations

import io

from prongsai.exports.cells import safe_xlsx_append, strip_controls
from prongsai.lib.thai import to_thai_digits
from prongsai.measures.document import Cell, ReportDocument
from prongsai.measures.thaibreak import numbered_items

__all__ = ["INFO_SHEET", "MEASURES_SHEET", "XLSX_HEADINGS", "cell_lines", "report_xlsx"]

MEASURES_SHEET = "มาตรการ"
INFO_SHEET = "ข้อมูลรายงาน"
XLSX_HEADINGS = (
    "ลำดับ",
    "มาตรการ",
    "ขั้นตอน/วิธีการปฏิบัติ",
    "ผู้รับผิดชอบ",
    "สรุปผลการดำเนินการ",
    "ผลลัพธ์",
    "กำหนดการแล้วเสร็จ",
)
# Column widths in characters; Thai marks take no width, so these run generous.
WIDTHS = (8, 30, 50, 20, 45, 40, 16)
FONT_NAME = "TH Sarabun New"
FONT_SIZE = 14


def cell_lines(cell: Cell) -> str:
    """A cell's items one per line, each with its Thai numbering ("๑) …") when it has one."""
    return "\n".join(f"{label} {text}" if label else text for label, text in numbered_items(cell))


def report_xlsx(doc: ReportDocument) -> bytes:
    """The report as an .xlsx workbook (texts through `exports.cells`: never a formula)."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.worksheet.properties import PageSetupProperties

    doc = strip_controls(doc)
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = MEASURES_SHEET

    font = Font(name=FONT_NAME, size=FONT_SIZE)
    bold = Font(name=FONT_NAME, size=FONT_SIZE, bold=True)
    wrap = Alignment(wrap_text=True, vertical="top")
    centre = Alignment(wrap_text=True, vertical="top", horizontal="center")
    thin = Side(style="thin", color="808080")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)

    safe_xlsx_append(sheet, XLSX_HEADINGS)
    for cell in sheet[1]:
        cell.font = bold
        cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
        cell.fill = PatternFill("solid", fgColor="E7E6E6")
        cell.border = border
    for measure in doc.measures:
        for row in measure.rows:
            safe_xlsx_append(
                sheet,
                [
                    to_thai_digits(measure.number),
                    measure.name,
                    cell_lines(row.steps),
                    row.responsible,
                    cell_lines(row.summary),
                    cell_lines(row.outcome),
                    row.due,
                ],
            )
            for index, cell in enumerate(sheet[sheet.max_row]):
                cell.font = font
                cell.alignment = centre if index in (0, 6) else wrap
                cell.border = border
    for index, width in enumerate(WIDTHS):
        sheet.column_dimensions[chr(ord("A") + index)].width = width
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = sheet.dimensions
    sheet.print_title_rows = "1:1"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)

    info = workbook.create_sheet(INFO_SHEET)
    rows: list[tuple[str, str]] = [("หน้าปก", line) for line in doc.cover_lines if line.strip()]
    rows += [
        ("ชื่อรายงาน", doc.title),
        ("ช่วงเวลา", doc.period_line),
        ("บทนำ", doc.introduction),
    ]
    if doc.fiscal_year:
        rows.append(("ปีงบประมาณ", to_thai_digits(doc.fiscal_year)))
    for label, value in rows:
        safe_xlsx_append(info, [label, value])
        info.cell(info.max_row, 1).font = bold
        info.cell(info.max_row, 1).alignment = Alignment(vertical="top")
        info.cell(info.max_row, 2).font = font
        info.cell(info.max_row, 2).alignment = wrap
    info.column_dimensions["A"].width = 16
    info.column_dimensions["B"].width = 100

    workbook.properties.title = doc.title
    workbook.properties.language = "th-TH"
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
