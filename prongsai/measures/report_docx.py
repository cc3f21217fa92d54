"""The measures report as a Word document (python-docx), in the style Thai offices use.

A4, margins 2.5 cm left and 2 cm elsewhere, every run in "TH Sarabun New" 16 pt — the font Thai
offices have installed; Word substitutes where it is missing. Thai is a complex script, so each
run (and the Normal style and the document defaults) carries `w:rFonts` ascii/hAnsi/eastAsia/cs,
`w:sz` and `w:szCs`, and `w:lang` th-TH with bidi th-TH, in the schema order of `w:rPr` (Word
rejects files whose order is wrong). The cover page comes first; the title starts on a new
page. One "Table Grid" table per measure: five columns whose widths are set on the grid
(`w:tblGrid`) and on every cell, the header row repeated on each page (`w:tblHeader`) and kept
whole (`w:cantSplit`), body rows that split across pages (a measure's one tall row starts under
its heading, which keeps with the table), and a cell's items as separate paragraphs with their
Thai numbering ("๑)", "๑.") before a tab. Page numbers are a `PAGE` field in the footer, in the
section's `w:pgNumType w:fmt="thaiNumbers"` (see PAGE_NUMBER_FORMAT); the cover (a different
first page) has none.

No soft breaks (U+200B) here: Word breaks Thai lines with its own dictionary.
"""

from __future__ import annotations

import io
from typing import Any

from prongsai.measures.document import ReportDocument
from prongsai.measures.thaibreak import introduction_paragraphs, numbered_items

__all__ = ["COLUMN_WIDTHS_CM", "FONT", "FONT_SIZE_PT", "LANG", "report_docx"]

FONT = "TH Sarabun New"
FONT_SIZE_PT = 16
LANG = "th-TH"
PAGE_WIDTH_CM, PAGE_HEIGHT_CM = 21.0, 29.7
MARGIN_LEFT_CM, MARGIN_CM = 2.5, 2.0
TEXT_WIDTH_CM = PAGE_WIDTH_CM - MARGIN_LEFT_CM - MARGIN_CM  # 16.5 cm
COLUMN_SHARES = (0.29, 0.14, 0.24, 0.20, 0.13)  # as in report.css
COLUMN_WIDTHS_CM = tuple(round(TEXT_WIDTH_CM * share, 2) for share in COLUMN_SHARES)
HANGING_CM = 0.75  # where an item's text starts after its "๑)" label
# Page numbers in Thai digits: the section's number format, read by a PAGE field without a
# format switch. Word renders "thaiNumbers" as ๑ ๒ ๓; LibreOffice (7.4 to current) does not map
# it and shows 1 2 3, whereas every "\\* Thai…" field switch (ThaiArabic too) shows ก ข ค there.
PAGE_NUMBER_FORMAT = "thaiNumbers"

# The order of w:rPr's children in the WordprocessingML schema (CT_RPr), for inserting in place.
# fmt: off
_RPR_ORDER = (
    "rStyle", "rFonts", "b", "bCs", "i", "iCs", "caps", "smallCaps", "strike", "dstrike",
    "outline", "shadow", "emboss", "imprint", "noProof", "snapToGrid", "vanish", "webHidden",
    "color", "spacing", "w", "kern", "position", "sz", "szCs", "highlight", "u", "effect", "bdr",
    "shd", "fitText", "vertAlign", "rtl", "cs", "em", "lang", "eastAsianLayout", "specVanish",
    "oMath",
)
# … and of w:trPr's (CT_TrPr).
_TRPR_ORDER = (
    "cnfStyle", "divId", "gridBefore", "gridAfter", "wBefore", "wAfter", "cantSplit", "trHeight",
    "tblHeader", "tblCellSpacing", "jc", "hidden", "ins", "del", "trPrChange",
)
# … and of w:tblPr's (CT_TblPr).
_TBLPR_ORDER = (
    "tblStyle", "tblpPr", "tblOverlap", "bidiVisual", "tblStyleRowBandSize",
    "tblStyleColBandSize", "tblW", "jc", "tblCellSpacing", "tblInd", "tblBorders", "shd",
    "tblLayout", "tblCellMar", "tblLook", "tblCaption", "tblDescription", "tblPrChange",
)
# … and of w:sectPr's (CT_SectPr).
_SECTPR_ORDER = (
    "headerReference", "footerReference", "footnotePr", "endnotePr", "type", "pgSz", "pgMar",
    "paperSrc", "pgBorders", "lnNumType", "pgNumType", "cols", "formProt", "vAlign", "noEndnote",
    "titlePg", "textDirection", "bidi", "rtlGutter", "docGrid", "printerSettings",
    "sectPrChange",
)
# fmt: on


def _w(tag: str) -> str:
    from docx.oxml.ns import qn

    return str(qn(f"w:{tag}"))


def _put(parent: Any, child: Any, order: tuple[str, ...] = _RPR_ORDER) -> None:
    """Insert `child` into `parent`, replacing any element of its tag, in schema order."""
    for old in parent.findall(child.tag):
        parent.remove(old)
    name = child.tag.split("}")[1]
    rank = order.index(name)
    for index, existing in enumerate(parent):
        existing_name = str(existing.tag).split("}")[-1]
        if existing_name in order and order.index(existing_name) > rank:
            parent.insert(index, child)
            return
    parent.append(child)


def _element(tag: str, **attributes: str) -> Any:
    from docx.oxml import OxmlElement

    element = OxmlElement(f"w:{tag}")
    for key, value in attributes.items():
        element.set(_w(key), value)
    return element


def _thai_rpr(rpr: Any, *, size_pt: float = FONT_SIZE_PT, bold: bool = False) -> None:
    """Make `rpr` (a w:rPr) TH Sarabun New at `size_pt`, Thai, optionally bold."""
    half_points = str(round(size_pt * 2))
    _put(rpr, _element("rFonts", ascii=FONT, hAnsi=FONT, eastAsia=FONT, cs=FONT))
    for tag in ("b", "bCs"):
        if bold:
            _put(rpr, _element(tag))
        else:
            for old in rpr.findall(_w(tag)):
                rpr.remove(old)
    _put(rpr, _element("sz", val=half_points))
    _put(rpr, _element("szCs", val=half_points))
    _put(rpr, _element("lang", val=LANG, eastAsia=LANG, bidi=LANG))


def _run(paragraph: Any, text: str, *, size_pt: float = FONT_SIZE_PT, bold: bool = False) -> Any:
    run = paragraph.add_run()
    _thai_rpr(run._r.get_or_add_rPr(), size_pt=size_pt, bold=bold)
    # Tabs and line breaks as Word elements, the rest as text.
    for index, line in enumerate(text.split("\n")):
        if index:
            run.add_break()
        for part_index, part in enumerate(line.split("\t")):
            if part_index:
                run.add_tab()
            if part:
                run._r.add_t(part)
    return run


def _set_up_styles(document: Any) -> None:
    from docx.shared import Pt

    styles = document.styles
    defaults = styles.element.find(_w("docDefaults"))
    if defaults is not None:
        rpr_default = defaults.find(_w("rPrDefault"))
        if rpr_default is not None and rpr_default.find(_w("rPr")) is not None:
            _thai_rpr(rpr_default.find(_w("rPr")))
    normal = styles["Normal"]
    _thai_rpr(normal.element.get_or_add_rPr())
    fmt = normal.paragraph_format
    fmt.space_before = Pt(0)
    fmt.space_after = Pt(0)
    fmt.line_spacing = 1.0


def _set_up_page(document: Any) -> None:
    from docx.enum.section import WD_ORIENT
    from docx.shared import Cm

    section = document.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width = Cm(PAGE_WIDTH_CM)
    section.page_height = Cm(PAGE_HEIGHT_CM)
    section.left_margin = Cm(MARGIN_LEFT_CM)
    section.right_margin = Cm(MARGIN_CM)
    section.top_margin = Cm(MARGIN_CM)
    section.bottom_margin = Cm(MARGIN_CM)
    section.header_distance = Cm(1.0)
    section.footer_distance = Cm(1.0)
    section.different_first_page_header_footer = True  # the cover has no page number

    from docx.enum.text import WD_ALIGN_PARAGRAPH

    # An explicit, empty first-page footer: the cover shows no number.
    section.first_page_footer.is_linked_to_previous = False
    _put(section._sectPr, _element("pgNumType", fmt=PAGE_NUMBER_FORMAT), _SECTPR_ORDER)
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _page_field(footer)


def _page_field(paragraph: Any) -> None:
    """A PAGE field (numbered as the section says: Thai digits): begin, instruction, separate,
    a cached "๒", end."""
    for kind, text in (
        ("begin", None),
        ("instr", " PAGE "),
        ("separate", None),
        ("text", "๒"),
        ("end", None),
    ):
        run = paragraph.add_run()
        _thai_rpr(run._r.get_or_add_rPr())
        if kind == "instr":
            instr = _element("instrText")
            instr.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
            instr.text = text
            run._r.append(instr)
        elif kind == "text":
            run._r.add_t(text or "")
        else:
            run._r.append(_element("fldChar", fldCharType=kind))


def _cover(document: Any, doc: ReportDocument) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    lines = [line.strip() for line in doc.cover_lines]
    first = True
    gap_before = False
    for line in lines:
        if not line:
            gap_before = True
            continue
        paragraph = document.add_paragraph()
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        fmt = paragraph.paragraph_format
        fmt.space_before = Pt(120 if first else (48 if gap_before else 0))
        _run(paragraph, line, size_pt=24 if first else 20, bold=True)
        # After the title, a blank line's worth of space even when the source had none.
        gap_before = first
        first = False


def _cell_paragraphs(cell: Any, items: list[tuple[str, str]], *, center: bool = False) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm

    paragraphs = iter(cell.paragraphs)  # a new cell holds one empty paragraph: use it first
    for label, text in items or [("", "")]:
        paragraph = next(paragraphs, None) or cell.add_paragraph()
        if center:
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if label:
            fmt = paragraph.paragraph_format
            fmt.left_indent = Cm(HANGING_CM)
            fmt.first_line_indent = Cm(-HANGING_CM)
            _run(paragraph, f"{label}\t{text}")
        else:
            _run(paragraph, text)


def _row_properties(row: Any, *, header: bool) -> None:
    """The header row repeats on every page and never splits; a body row may split across
    pages, so a measure's one tall row starts under its heading instead of on the next page."""
    if header:
        tr_pr = row._tr.get_or_add_trPr()
        _put(tr_pr, _element("cantSplit"), _TRPR_ORDER)
        _put(tr_pr, _element("tblHeader"), _TRPR_ORDER)


def _table(
    document: Any, headings: tuple[str, ...], rows: list[list[list[tuple[str, str]]]]
) -> Any:
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm

    widths = [Cm(w) for w in COLUMN_WIDTHS_CM]
    table = document.add_table(rows=1 + len(rows), cols=len(widths))
    table.style = document.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    table_width = _element("tblW", w=str(sum(w.twips for w in widths)), type="dxa")
    _put(table._tbl.tblPr, table_width, _TBLPR_ORDER)
    for column, width in zip(table.columns, widths, strict=True):
        column.width = width
    for row_index, row in enumerate(table.rows):
        _row_properties(row, header=row_index == 0)
        for column_index, cell in enumerate(row.cells):
            cell.width = widths[column_index]
            if row_index == 0:
                paragraph = cell.paragraphs[0]
                paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
                _run(paragraph, headings[column_index], bold=True)
            else:
                items = rows[row_index - 1][column_index]
                _cell_paragraphs(cell, items, center=column_index in (1, 4))
    return table


def report_docx(doc: ReportDocument) -> bytes:
    """The report as a .docx file."""
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt

    from prongsai.exports.cells import strip_controls

    doc = strip_controls(doc)  # XML cannot hold U+000B, U+001B, …: python-docx would fail
    document = Document()
    _set_up_styles(document)
    _set_up_page(document)
    core = document.core_properties
    core.title = doc.title
    core.language = LANG
    core.author = ""

    # The default document holds one empty paragraph; drop it so the cover starts the page.
    body = document.element.body
    for paragraph in list(body.iterchildren(_w("p"))):
        body.remove(paragraph)

    _cover(document, doc)

    title = document.add_paragraph()
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    title.paragraph_format.page_break_before = True
    _run(title, doc.title, size_pt=18, bold=True)

    period = document.add_paragraph()
    period.alignment = WD_ALIGN_PARAGRAPH.CENTER
    period.paragraph_format.space_after = Pt(8)
    _run(period, doc.period_line, bold=True)

    for text in introduction_paragraphs(doc.introduction):
        intro = document.add_paragraph()
        intro.alignment = WD_ALIGN_PARAGRAPH.THAI_JUSTIFY
        intro.paragraph_format.first_line_indent = Cm(2.5)
        intro.paragraph_format.space_after = Pt(8)
        _run(intro, text)

    for measure in doc.measures:
        heading = document.add_paragraph()
        fmt = heading.paragraph_format
        fmt.first_line_indent = Cm(1.25)
        fmt.space_before = Pt(10)
        fmt.space_after = Pt(4)
        fmt.keep_with_next = True
        fmt.keep_together = True
        _run(heading, measure.heading, bold=True)
        rows = [
            [
                numbered_items(row.steps),
                [("", row.responsible)],
                numbered_items(row.summary),
                numbered_items(row.outcome),
                [("", row.due)],
            ]
            for row in measure.rows
        ]
        _table(document, tuple(doc.column_headings), rows)

    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()
