"""HTML and Word versions of the seed read back to the same report as the text layout."""

import io
from html import escape
from pathlib import Path

import pytest
from docx import Document

from prongsai.lib.thai import to_thai_digits
from prongsai.measures.document import COLUMN_HEADINGS, Cell, Numbering, ReportDocument
from prongsai.measures.problems import ImportProblem
from prongsai.measures.tableformat import parse_docx, parse_html
from prongsai.measures.textformat import parse_text

FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "measures-report-2566.txt"


@pytest.fixture(scope="module")
def doc() -> ReportDocument:
    return parse_text(FIXTURE.read_text(encoding="utf-8"))


def _numbered(cell: Cell) -> list[str]:
    """The cell's items with their numbers written out, one per paragraph."""
    if cell.numbering is Numbering.NONE:
        return list(cell.items)
    mark = ")" if cell.numbering is Numbering.PAREN else "."
    return [f"{to_thai_digits(i)}{mark} {item}" for i, item in enumerate(cell.items, 1)]


def _html_cell(cell: Cell) -> str:
    """Vary the markup so every way of writing items is read: <ol>, <p>, <br>, plain text."""
    if len(cell.items) <= 1:
        return escape(cell.text)
    if cell.numbering is Numbering.PAREN:
        return "<ol>" + "".join(f"<li>{escape(item)}</li>" for item in cell.items) + "</ol>"
    if cell.numbering is Numbering.DOT:
        return "".join(f"<p>{escape(item)}</p>" for item in _numbered(cell))
    return "<br>".join(escape(item) for item in cell.items)


def _html(doc: ReportDocument, *, extra_row: str = "") -> str:
    parts = ["<!DOCTYPE html><html><head><meta charset='utf-8'><title>รายงาน</title></head><body>"]
    parts += [f"<p>{escape(line)}</p>" for line in doc.cover_lines]
    parts.append(f"<h1>{escape(doc.title)}</h1>")
    parts.append(f"<p><b>{escape(doc.period_line)}</b></p>")
    parts += [f"<p>{escape(line)}</p>" for line in doc.introduction.split("\n")]
    for measure in doc.measures:
        parts.append(f"<h2>{escape(measure.heading)}</h2>")
        parts.append("<table><thead><tr>")
        parts += [f"<th>{escape(heading)}</th>" for heading in COLUMN_HEADINGS]
        parts.append("</tr></thead><tbody>")
        for row in measure.rows:
            cells = [
                _html_cell(row.steps),
                escape(row.responsible),
                _html_cell(row.summary),
                _html_cell(row.outcome),
                f"<span>{escape(row.due)}</span>",
            ]
            parts.append("<tr>" + "".join(f"<td>{cell}</td>" for cell in cells) + "</tr>")
        if measure.number == 2:
            parts.append(extra_row)
        parts.append("</tbody></table><p></p>")
    parts.append("<p>ลงชื่อ ผู้อำนวยการโรงเรียน</p></body></html>")
    return "\n".join(parts)


def _docx(doc: ReportDocument, *, short_row_in: int | None = None) -> bytes:
    document = Document()
    for line in doc.cover_lines:
        document.add_paragraph(line)
    document.add_heading(doc.title, level=1)
    document.add_paragraph(doc.period_line)
    for line in doc.introduction.split("\n"):
        document.add_paragraph(line)
    for measure in doc.measures:
        document.add_heading(measure.heading, level=2)
        table = document.add_table(rows=1, cols=5)
        for cell, heading in zip(table.rows[0].cells, COLUMN_HEADINGS, strict=True):
            cell.text = heading
        for row in measure.rows:
            cells = table.add_row().cells
            values = [row.steps, Cell([row.responsible]), row.summary, row.outcome, Cell([row.due])]
            for cell, value in zip(cells, values, strict=True):
                paragraphs = _numbered(value) or [""]
                cell.paragraphs[0].text = paragraphs[0]
                for text in paragraphs[1:]:
                    cell.add_paragraph(text)
        if measure.number == short_row_in:
            short = table.add_row()
            short._tr.remove(short._tr.tc_lst[-1])
        document.add_paragraph("")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _problem(call, *args) -> ImportProblem:
    with pytest.raises(ImportProblem) as caught:
        call(*args)
    return caught.value


# --- HTML -------------------------------------------------------------------------------------


def test_html_reads_back_the_text_parse(doc):
    assert parse_html(_html(doc)) == doc


def test_html_bytes_read_back_the_text_parse(doc):
    assert parse_html(_html(doc).encode("utf-8")) == doc


def test_html_cell_markup_variants():
    html = (
        "<h3>๑. มาตรการด้านน้ำ มีผลการดำเนินงาน ดังนี้</h3><table>"
        "<tr><td>ขั้นตอน/วิธีการปฏิบัติ</td><td>ผู้รับผิดชอบ</td><td>สรุปผลการดำเนินการ</td>"
        "<td>ผลลัพธ์หรือความสำเร็จ</td><td>กำหนดการแล้วเสร็จ</td></tr>"
        "<tr><td>๑) ตักน้ำ ๒) เป่าปี่</td><td><p>ครู</p><p>ญี่ปุ่น</p></td>"
        "<td><ul><li>ก</li><li>ข</li></ul></td><td>ค<!-- note --><br/>ง</td>"
        "<td>กันยายน   ๒๕๖๖</td></tr></table>"
    )
    row = parse_html(html).measures[0].rows[0]
    assert row.steps == Cell(["ตักน้ำ", "เป่าปี่"], Numbering.PAREN)
    assert row.responsible == "ครู ญี่ปุ่น"
    assert row.summary == Cell(["ก", "ข"], Numbering.NONE)
    assert row.outcome == Cell(["ค", "ง"], Numbering.NONE)
    assert row.due == "กันยายน ๒๕๖๖"


def test_html_row_with_four_cells_names_table_and_row(doc):
    extra = "<tr>" + "<td>ก</td>" * 4 + "</tr>"
    problem = _problem(parse_html, _html(doc, extra_row=extra))
    assert (problem.table, problem.row) == (2, 3)
    assert str(problem).startswith("ตารางที่ 2 แถวที่ 3: แถวนี้มี 4 ช่อง ต้องมี 5 ช่อง")


def test_html_table_before_any_heading():
    html = "<p>ปก</p><table><tr>" + "<td>ก</td>" * 5 + "</tr></table><h2>๑. มาตรการด้านก</h2>"
    problem = _problem(parse_html, html)
    assert problem.table == 1
    assert "ก่อนหัวข้อมาตรการแรก" in str(problem)


def test_html_nested_table_names_the_cell():
    nested = "<table><tr><td>x</td></tr></table>"
    html = (
        "<h2>๑. มาตรการด้านก</h2><table><tr>"
        + "".join(f"<td>{h}</td>" for h in COLUMN_HEADINGS)
        + "</tr><tr><td>ก</td><td>ข</td><td>"
        + nested
        + "</td><td>ง</td><td>จ</td></tr></table>"
    )
    problem = _problem(parse_html, html)
    assert (problem.table, problem.row, problem.cell) == (1, 2, 3)
    assert str(problem).startswith("ตารางที่ 1 แถวที่ 2 ช่องที่ 3: ")


def test_html_without_headings_is_not_a_report():
    assert "ไม่พบหัวข้อมาตรการ" in str(_problem(parse_html, "<p>สวัสดี</p>"))


@pytest.mark.parametrize(
    "content", [b"\x00\x01\x02binary\xff", b"just some words", "", b"PK\x03\x04rest"]
)
def test_not_html(content):
    assert isinstance(_problem(parse_html, content), ImportProblem)


def test_duplicate_heading_in_html():
    html = "<h2>๑. มาตรการด้านก</h2><h2>๑. มาตรการด้านข</h2>"
    assert "ซ้ำ" in _problem(parse_html, html).message


# --- DOCX ---------------------------------------------------------------------------------------


def test_docx_reads_back_the_text_parse(doc):
    assert parse_docx(_docx(doc)) == doc


def test_docx_row_with_four_cells_names_table_and_row(doc):
    problem = _problem(parse_docx, _docx(doc, short_row_in=3))
    assert (problem.table, problem.row) == (3, 3)
    assert "มี 4 ช่อง" in str(problem)


@pytest.mark.parametrize(
    "content", [b"not a word file", b"", b"PK\x03\x04broken zip", b"\xd0\xcf\x11\xe0old doc"]
)
def test_bad_docx_bytes(content):
    problem = _problem(parse_docx, content)
    assert "Word" in str(problem)
    assert problem.line is problem.table is None


def test_bad_docx_message():
    assert str(_problem(parse_docx, b"hello")).startswith("ไฟล์นี้ไม่ใช่ไฟล์ Word (.docx) ที่เปิดได้")


def test_docx_numbered_and_bulleted_lists():
    document = Document()
    document.add_paragraph("๑. มาตรการด้านก มีผลการดำเนินงาน ดังนี้")
    table = document.add_table(rows=2, cols=5)
    for cell, heading in zip(table.rows[0].cells, COLUMN_HEADINGS, strict=True):
        cell.text = heading
    steps, responsible, summary, outcome, due = table.rows[1].cells
    steps.paragraphs[0].text = "ตักน้ำ"
    steps.paragraphs[0].style = "List Number"
    steps.add_paragraph("เป่าปี่", style="List Number")
    summary.paragraphs[0].text = "ก"
    summary.paragraphs[0].style = "List Bullet"
    summary.add_paragraph("ข", style="List Bullet")
    responsible.text = "ครู"
    outcome.text = "ดี"
    due.text = "กันยายน ๒๕๖๖"
    buffer = io.BytesIO()
    document.save(buffer)
    row = parse_docx(buffer.getvalue()).measures[0].rows[0]
    assert row.steps == Cell(["ตักน้ำ", "เป่าปี่"], Numbering.PAREN)
    assert row.summary == Cell(["ก", "ข"], Numbering.NONE)
