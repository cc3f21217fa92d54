"""The spreadsheet export, read back with openpyxl."""

import io

from openpyxl import load_workbook

from prongsai.lib.thai import to_thai_digits
from prongsai.measures.report_xlsx import INFO_SHEET, MEASURES_SHEET, XLSX_HEADINGS, report_xlsx
from prongsai.measures.thaibreak import numbered_items
from tests.exports import seed_document, small_document


def _lines(cell):
    return "\n".join(f"{label} {text}" if label else text for label, text in numbered_items(cell))


def test_rows_read_back():
    doc = seed_document()
    workbook = load_workbook(io.BytesIO(report_xlsx(doc)))
    assert workbook.sheetnames == [MEASURES_SHEET, INFO_SHEET]
    sheet = workbook[MEASURES_SHEET]
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == XLSX_HEADINGS
    expected = [
        (
            to_thai_digits(measure.number),
            measure.name,
            _lines(row.steps),
            row.responsible,
            _lines(row.summary),
            _lines(row.outcome),
            row.due,
        )
        for measure in doc.measures
        for row in measure.rows
    ]
    assert rows[1:] == expected
    assert sheet.freeze_panes == "A2"
    assert all(cell.font.bold for cell in sheet[1])
    assert sheet["C2"].alignment.wrap_text
    assert sheet.column_dimensions["C"].width >= 30


def test_items_one_per_line_with_thai_numbers():
    workbook = load_workbook(io.BytesIO(report_xlsx(small_document())))
    sheet = workbook[MEASURES_SHEET]
    assert sheet["C2"].value == "๑) ตรวจคุณภาพน้ำ\n๒) ซ่อมปี่พาทย์"
    assert sheet["F2"].value == "๑. น้ำสะอาด\n๒. ปี่ใช้ได้"
    assert sheet["E2"].value == "ศึกษาดูงานที่ญี่ปุ่น"


def test_report_information_sheet():
    doc = seed_document()
    workbook = load_workbook(io.BytesIO(report_xlsx(doc)))
    values = [row[1] for row in workbook[INFO_SHEET].iter_rows(values_only=True)]
    for line in doc.cover_lines:
        if line.strip():
            assert line in values
    assert doc.title in values
    assert doc.period_line in values
    assert doc.introduction in values
