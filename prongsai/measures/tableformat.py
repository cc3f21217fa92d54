"""Measures reports written as documents with tables: HTML pages and Word (.docx) files.

The information is the text layout's (see textformat): cover lines, title, period line and
introduction as paragraphs, then per measure a heading paragraph "๑. มาตรการด้าน…" (``<p>``,
``<h1>``…``<h6>`` or a Word paragraph) followed by a five-column table whose first row is the
column headings.  The body is read in document order.  In a cell, each ``<p>``, ``<li>``,
``<br>``-separated line or Word paragraph is one item; a single text is split at inline
numbers "๑) … ๒) …" exactly as in the text layout.

Problems are reported with the table, row and cell numbers a person sees (from 1).
BeautifulSoup and python-docx are imported inside the functions that need them.
"""

from __future__ import annotations

import io
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from prongsai.measures.document import COLUMN_HEADINGS, Cell, Measure, Numbering, ReportDocument
from prongsai.measures.problems import ImportProblem
from prongsai.measures.textformat import (
    cell_from_chunks,
    collapse,
    duplicate_measure,
    fiscal_year,
    front_matter,
    is_header_row,
    make_row,
    not_a_report,
    parse_heading,
    wrong_cell_count,
)

if TYPE_CHECKING:
    from bs4.element import Tag
    from docx.document import Document as DocxDocument
    from docx.oxml.xmlchemy import BaseOxmlElement
    from docx.table import Table
    from docx.text.paragraph import Paragraph

__all__ = ["parse_docx", "parse_html"]

_ZIP_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0"  # old binary .doc (and .xls) files
_HTML_SKIP = frozenset({"head", "title", "script", "style", "template", "noscript", "svg"})
_HTML_BLOCKS = frozenset(
    {
        "address",
        "article",
        "aside",
        "blockquote",
        "body",
        "center",
        "dd",
        "div",
        "dl",
        "dt",
        "figcaption",
        "figure",
        "footer",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hr",
        "html",
        "li",
        "main",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "ul",
    }
)


@dataclass
class _TableRow:
    cells: list[Cell]
    texts: list[str]  # each cell as one line, for recognising the header row
    is_heading: bool = False  # all cells are <th>


@dataclass
class _Table:
    rows: list[_TableRow] = field(default_factory=list)


def _nested_table(table: int, row: int, cell: int) -> ImportProblem:
    return ImportProblem(
        "ช่องนี้มีตารางซ้อนอยู่ข้างใน ซึ่งนำเข้าไม่ได้ — กรุณาเขียนรายการในช่องเป็นย่อหน้า "
        "หรือเป็นข้อ “๑) … ๒) …” แทนตารางซ้อน",
        table=table,
        row=row,
        cell=cell,
    )


def _assemble(blocks: Iterable[str | _Table]) -> ReportDocument:
    """Turn paragraphs and tables, in document order, into a report."""
    before: list[str] = []
    measures: list[Measure] = []
    seen: set[int] = set()
    current: Measure | None = None
    table_number = 0
    for block in blocks:
        if isinstance(block, str):
            text = collapse(block)
            heading = parse_heading(text) if text else None
            if heading is not None:
                number, name, tail = heading
                if number in seen:
                    raise ImportProblem(duplicate_measure(number, "ที่พบก่อนหน้านี้ในเอกสาร"))
                seen.add(number)
                current = Measure(number=number, name=name, heading_tail=tail)
                measures.append(current)
            elif current is None and text:
                before.append(text)
            # Paragraphs after a table (notes, signatures, empty lines) are not part of a table.
            continue
        table_number += 1
        if current is None:
            raise ImportProblem(
                "ตารางนี้อยู่ก่อนหัวข้อมาตรการแรก — ตารางทุกตารางต้องอยู่ใต้หัวข้อมาตรการของตน "
                "เช่น “๑. มาตรการด้าน… มีผลการดำเนินงาน… ดังนี้” กรุณาเพิ่มหัวข้อไว้เหนือตาราง "
                "หรือลบตารางที่ไม่ใช่ตารางผลการดำเนินการออก",
                table=table_number,
            )
        for row_number, row in enumerate(block.rows, 1):
            if len(row.cells) != len(COLUMN_HEADINGS):
                raise ImportProblem(
                    wrong_cell_count(len(row.cells), tabs=False),
                    table=table_number,
                    row=row_number,
                )
            if row_number == 1 and (row.is_heading or is_header_row(row.texts)):
                continue
            if not any(cell.items for cell in row.cells):
                continue
            current.rows.append(make_row(row.cells))
    if not measures:
        raise not_a_report()
    cover, title, period, introduction = front_matter(before)
    return ReportDocument(
        cover_lines=cover,
        title=title,
        period_line=period,
        introduction=introduction,
        measures=measures,
        fiscal_year=fiscal_year(period),
    )


# --- HTML -------------------------------------------------------------------------------------


def _html_walk(node: Tag, *, tables: bool) -> list[str | Tag]:
    """Lines of text and (with ``tables``) table elements under ``node``, in order.

    Block elements and ``<br>`` end a line; inline elements (``<b>``, ``<span>``, links)
    continue it.  Comments, scripts and styles are skipped.
    """
    from bs4.element import NavigableString, PreformattedString, Tag

    out: list[str | Tag] = []
    pending: list[str] = []

    def flush() -> None:
        text = collapse("".join(pending))
        pending.clear()
        if text:
            out.append(text)

    def walk(parent: Tag) -> None:
        for child in parent.children:
            if isinstance(child, PreformattedString):
                continue  # comments, doctype, CDATA, processing instructions
            if isinstance(child, NavigableString):
                pending.append(str(child))
                continue
            if not isinstance(child, Tag):
                continue
            name = (child.name or "").lower()
            if name in _HTML_SKIP:
                continue
            if name == "table":
                flush()
                if not tables:
                    raise _NestedTableError
                out.append(child)
                continue
            if name == "br":
                flush()
                continue
            if name in _HTML_BLOCKS:
                flush()
                walk(child)
                flush()
                continue
            walk(child)

    walk(node)
    flush()
    return out


class _NestedTableError(Exception):
    """A table inside a table cell; turned into an ImportProblem with the cell's place."""


def _html_table(table: Tag, number: int) -> _Table:
    from bs4.element import Tag

    result = _Table()
    rows = [tr for tr in table.find_all("tr") if tr.find_parent("table") is table]
    for row_number, tr in enumerate(rows, 1):
        cells: list[Cell] = []
        texts: list[str] = []
        tags = [tag for tag in tr.find_all(["td", "th"], recursive=False) if isinstance(tag, Tag)]
        for cell_number, tag in enumerate(tags, 1):
            try:
                chunks = _html_walk(tag, tables=False)
            except _NestedTableError:
                raise _nested_table(number, row_number, cell_number) from None
            lines = [chunk for chunk in chunks if isinstance(chunk, str)]
            ordered = tag.find("ol") is not None
            numbering = Numbering.PAREN if ordered else Numbering.NONE
            cells.append(cell_from_chunks(lines, list_numbering=numbering))
            texts.append(" ".join(lines))
        is_heading = bool(tags) and all((tag.name or "").lower() == "th" for tag in tags)
        result.rows.append(_TableRow(cells=cells, texts=texts, is_heading=is_heading))
    return result


def parse_html(content: bytes | str) -> ReportDocument:
    """Read a report from an HTML page of heading paragraphs and five-column tables.

    Bytes are decoded by their BOM or ``<meta charset>``, else as UTF-8 (with fallbacks).
    Raises ImportProblem for a file that is not HTML, a table before the first measure
    heading, a row without five cells (naming the table and row) or no measure heading.
    """
    from bs4 import BeautifulSoup
    from bs4.element import Tag

    if isinstance(content, bytes):
        if content.startswith(_ZIP_MAGIC):
            raise ImportProblem(
                "ไฟล์นี้เป็นไฟล์ Word (.docx) หรือไฟล์บีบอัด ไม่ใช่หน้าเว็บ (HTML) — "
                "กรุณาเลือกนำเข้าแบบไฟล์ Word หรือบันทึกเอกสารเป็น HTML ก่อน"
            )
        if b"\x00" in content and not content.startswith((b"\xff\xfe", b"\xfe\xff")):
            raise _not_html()
    elif "\x00" in content:
        raise _not_html()
    soup = BeautifulSoup(content, "html.parser")
    if soup.find() is None:
        raise _not_html()
    blocks: list[str | _Table] = []
    table_number = 0
    for item in _html_walk(soup, tables=True):
        if isinstance(item, Tag):
            table_number += 1
            blocks.append(_html_table(item, table_number))
        else:
            blocks.append(item)
    return _assemble(blocks)


def _not_html() -> ImportProblem:
    return ImportProblem(
        "ไฟล์นี้ไม่ใช่หน้าเว็บ (HTML) ที่อ่านได้ — กรุณาบันทึกรายงานเป็นไฟล์ .html "
        "ที่มีหัวข้อมาตรการและตาราง หรือนำเข้าเป็นไฟล์ Word (.docx) หรือไฟล์ข้อความแทน"
    )


# --- Word (.docx) ----------------------------------------------------------------------------


def _docx_list_format(paragraph: Paragraph, numbering: BaseOxmlElement | None) -> str | None:
    """The number format of a Word list paragraph ("decimal", "bullet", …) or None.

    The list may be set on the paragraph or by its style (e.g. "List Number").
    """
    num_pr: Any = None  # CT_NumPr; python-docx types it loosely
    p_pr = paragraph._p.pPr
    if p_pr is not None and p_pr.numPr is not None:
        num_pr = p_pr.numPr
    else:
        style = paragraph.style
        while style is not None and num_pr is None:
            style_pr = style.element.pPr
            if style_pr is not None and style_pr.numPr is not None:
                num_pr = style_pr.numPr
            style = style.base_style
    if num_pr is None:
        return None
    num_id = num_pr.numId.val if num_pr.numId is not None else None
    if num_id is None or num_id == 0:
        return None  # numId 0 switches numbering off
    level = num_pr.ilvl.val if num_pr.ilvl is not None else 0
    if numbering is None:
        return "decimal"
    abstract = numbering.xpath(f'./w:num[@w:numId="{int(num_id)}"]/w:abstractNumId/@w:val')
    if not abstract:
        return None
    formats = numbering.xpath(
        f'./w:abstractNum[@w:abstractNumId="{int(abstract[0])}"]'
        f'/w:lvl[@w:ilvl="{int(level)}"]/w:numFmt/@w:val'
    )
    return str(formats[0]) if formats else "decimal"


def _docx_numbering(document: DocxDocument) -> BaseOxmlElement | None:
    try:
        part = document.part.numbering_part
    except (KeyError, NotImplementedError):
        return None
    element: BaseOxmlElement = part.element
    return element


def _docx_table(table: Table, number: int, numbering: BaseOxmlElement | None) -> _Table:
    from docx.table import _Cell

    result = _Table()
    for row_number, row in enumerate(table.rows, 1):
        cells: list[Cell] = []
        texts: list[str] = []
        # The row's own <w:tc> elements: a merged (gridSpan) cell counts once, as it looks.
        for cell_number, tc in enumerate(row._tr.tc_lst, 1):
            cell = _Cell(tc, table)
            if cell.tables:
                raise _nested_table(number, row_number, cell_number)
            lines: list[str] = []
            listed = False
            for paragraph in cell.paragraphs:
                if collapse(paragraph.text):
                    list_format = _docx_list_format(paragraph, numbering)
                    listed = listed or (list_format not in (None, "bullet", "none"))
                lines.extend(paragraph.text.split("\n"))
            numbering_style = Numbering.PAREN if listed else Numbering.NONE
            cells.append(cell_from_chunks(lines, list_numbering=numbering_style))
            texts.append(" ".join(lines))
        result.rows.append(_TableRow(cells=cells, texts=texts))
    return result


def parse_docx(content: bytes) -> ReportDocument:
    """Read a report from a Word (.docx) file of paragraphs and five-column tables.

    Paragraphs and tables are read in the order they appear in the body.  Raises
    ImportProblem for a file Word cannot open, and for the same layout problems as
    :func:`parse_html`.
    """
    from docx import Document
    from docx.table import Table

    if content.startswith(_OLE_MAGIC):
        raise ImportProblem(
            "ไฟล์นี้เป็นไฟล์ Word รุ่นเก่า (.doc) ซึ่งนำเข้าไม่ได้ — กรุณาเปิดใน Word แล้วเลือก "
            "“บันทึกเป็น” ชนิด Word Document (.docx) แล้วนำเข้าไฟล์ใหม่"
        )
    try:
        document = Document(io.BytesIO(content))
    except Exception as error:  # python-docx raises many kinds for a broken or foreign file
        raise ImportProblem(
            "ไฟล์นี้ไม่ใช่ไฟล์ Word (.docx) ที่เปิดได้ — กรุณาตรวจว่าเลือกไฟล์ถูกต้องและไฟล์ไม่เสีย "
            "ลองเปิดใน Word แล้ว “บันทึกเป็น” .docx อีกครั้ง หรือนำเข้าเป็นไฟล์ข้อความแทน"
        ) from error
    numbering = _docx_numbering(document)
    blocks: list[str | _Table] = []
    table_number = 0
    for item in document.iter_inner_content():
        if isinstance(item, Table):
            table_number += 1
            blocks.append(_docx_table(item, table_number, numbering))
        else:
            blocks.extend(item.text.split("\n"))
    return _assemble(blocks)
