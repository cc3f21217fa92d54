"""The Word export, read back with python-docx. Its pagination in LibreOffice is checked by
scripts/check_docx_pages.py (make bench), which needs soffice."""

import io

import pytest
from docx import Document
from docx.oxml.ns import qn
from docx.shared import Cm

from prongsai.measures.report_docx import (
    _RPR_ORDER,
    COLUMN_WIDTHS_CM,
    FONT,
    report_docx,
)
from prongsai.measures.thaibreak import ZWSP, numbered_items
from tests.exports import seed_document, small_document


def _open(doc):
    return Document(io.BytesIO(report_docx(doc)))


@pytest.fixture(scope="module")
def seed():
    doc = seed_document()
    return doc, _open(doc)


def _runs(document):
    """(where, run) for every run: the cover and title (larger sizes), then the rest (16 pt)."""
    title = next(
        i for i, p in enumerate(document.paragraphs) if p.paragraph_format.page_break_before
    )
    for index, paragraph in enumerate(document.paragraphs):
        for run in paragraph.runs:
            yield ("cover" if index <= title else run.text[:20]), run
    for table in document.tables:
        for row in table.rows:
            for cell in row.cells:
                for paragraph in cell.paragraphs:
                    for run in paragraph.runs:
                        yield run.text[:20], run
    for section in document.sections:
        for paragraph in section.footer.paragraphs:
            for run in paragraph.runs:
                yield "footer", run


def _check_rpr(rpr, where):
    assert rpr is not None, where
    fonts = rpr.find(qn("w:rFonts"))
    for attribute in ("ascii", "hAnsi", "eastAsia", "cs"):
        assert fonts.get(qn(f"w:{attribute}")) == FONT, (where, attribute)
    size = rpr.find(qn("w:sz")).get(qn("w:val"))
    assert size == "32" or where == "cover", where
    assert rpr.find(qn("w:szCs")).get(qn("w:val")) == size
    lang = rpr.find(qn("w:lang"))
    assert lang.get(qn("w:val")) == "th-TH"
    assert lang.get(qn("w:bidi")) == "th-TH"
    names = [child.tag.split("}")[1] for child in rpr]
    assert names == sorted(names, key=_RPR_ORDER.index), (where, names)


def test_fonts_sizes_and_language_everywhere(seed):
    _doc, document = seed
    normal = document.styles["Normal"]
    _check_rpr(normal.element.rPr, "Normal")
    assert normal.font.name == FONT
    runs = list(_runs(document))
    assert len(runs) > 100
    for where, run in runs:
        _check_rpr(run._r.rPr, where)


def test_page_a4_margins_and_thai_page_numbers(seed):
    _doc, document = seed
    section = document.sections[0]
    assert abs(section.page_width - Cm(21)) < Cm(0.01)
    assert abs(section.page_height - Cm(29.7)) < Cm(0.01)
    assert abs(section.left_margin - Cm(2.5)) < Cm(0.01)
    for margin in (section.right_margin, section.top_margin, section.bottom_margin):
        assert abs(margin - Cm(2)) < Cm(0.01)
    assert section.different_first_page_header_footer
    footer_xml = section.footer._element.xml
    # Thai digits (๑ ๒ ๓) from the section's format; a "\\* ThaiArabic" switch reads as ก ข ค
    # in LibreOffice.
    assert "PAGE" in footer_xml
    assert "ThaiArabic" not in footer_xml
    assert "\\*" not in footer_xml
    number_format = section._sectPr.find(qn("w:pgNumType"))
    assert number_format is not None
    assert number_format.get(qn("w:fmt")) == "thaiNumbers"
    assert 'w:fldCharType="begin"' in footer_xml
    assert 'w:fldCharType="end"' in footer_xml
    assert "PAGE" not in section.first_page_footer._element.xml


def test_cover_then_title_on_a_new_page(seed):
    doc, document = seed
    texts = [p.text for p in document.paragraphs]
    cover = [line for line in doc.cover_lines if line.strip()]
    assert texts[: len(cover)] == cover
    title = document.paragraphs[len(cover)]
    assert title.text == doc.title
    assert title.paragraph_format.page_break_before
    assert all(run.bold for run in title.runs)
    assert doc.period_line in texts
    headings = [p for p in document.paragraphs if p.text in {m.heading for m in doc.measures}]
    assert len(headings) == len(doc.measures)
    assert all(run.bold for p in headings for run in p.runs)
    # A heading keeps with its table's first lines, never alone at a page's foot.
    assert all(p.paragraph_format.keep_with_next for p in headings)
    for paragraph in headings:
        following = paragraph._p.getnext()
        assert following is not None
        assert following.tag == qn("w:tbl")


def test_one_table_per_measure_with_widths_and_repeated_header(seed):
    doc, document = seed
    assert len(document.tables) == len(doc.measures)
    for table, measure in zip(document.tables, doc.measures, strict=True):
        assert table.style.name == "Table Grid"
        grid = [col.width for col in table.columns]
        assert len(grid) == 5
        for width, expected in zip(grid, COLUMN_WIDTHS_CM, strict=True):
            assert abs(width - Cm(expected)) < Cm(0.01)
        assert len(table.rows) == 1 + len(measure.rows)
        header = table.rows[0]._tr.trPr
        assert header is not None
        assert header.find(qn("w:tblHeader")) is not None
        assert header.find(qn("w:cantSplit")) is not None
        for row in table.rows[1:]:
            # A body row splits across pages: a tall row starts under its heading.
            tr_pr = row._tr.trPr
            assert tr_pr is None or tr_pr.find(qn("w:tblHeader")) is None
            assert tr_pr is None or tr_pr.find(qn("w:cantSplit")) is None
        assert [c.text for c in table.rows[0].cells] == list(doc.column_headings)
        for cell in table.rows[1].cells:
            assert cell.width is not None


def _expected(cell):
    return "\n".join(f"{label}\t{text}" if label else text for label, text in numbered_items(cell))


@pytest.mark.parametrize("make", [seed_document, small_document])
def test_every_cell_holds_the_data(make):
    doc = make()
    document = _open(doc)
    for table, measure in zip(document.tables, doc.measures, strict=True):
        for table_row, row in zip(table.rows[1:], measure.rows, strict=True):
            cells = table_row.cells
            assert cells[0].text == _expected(row.steps)
            assert cells[1].text == row.responsible
            assert cells[2].text == _expected(row.summary)
            assert cells[3].text == _expected(row.outcome)
            assert cells[4].text == row.due
            # One paragraph per item.
            assert len(cells[0].paragraphs) == max(1, len(row.steps.items))
    assert ZWSP not in document.element.xml


def test_small_document_keeps_stacked_marks():
    document = _open(small_document())
    first = document.tables[0].rows[1].cells
    assert first[0].text == "๑)\tตรวจคุณภาพน้ำ\n๒)\tซ่อมปี่พาทย์"
    assert first[2].text == "ศึกษาดูงานที่ญี่ปุ่น"
    assert first[3].text == "๑.\tน้ำสะอาด\n๒.\tปี่ใช้ได้"
