"""The loan slip as a Word document (python-docx) for schools that sign on paper: the same
text as the PDF (slip.slip_context), A4, "TH Sarabun New" 16 pt on every run with the complex-
script size and Thai language set (Word shapes Thai with the cs font), the item table as a
"Table Grid", the QR code to the loan as a picture in the header's right cell."""

import io
from typing import Any

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

from prongsai.agencies.models import Agency
from prongsai.assets.models import Loan
from prongsai.assets.slip import Signature, blank_context, slip_context

FONT = "TH Sarabun New"
SIZE = 14
DOTS = "." * 30


def _font(run: Any, *, bold: bool = False, size: int = SIZE) -> None:
    run.bold = bold
    run.font.name = FONT
    run.font.size = Pt(size)
    rpr = run._element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for key in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(key), FONT)
    if bold:
        rpr.append(OxmlElement("w:bCs"))
    size_cs = OxmlElement("w:szCs")
    size_cs.set(qn("w:val"), str(size * 2))
    rpr.append(size_cs)
    lang = OxmlElement("w:lang")
    lang.set(qn("w:val"), "th-TH")
    lang.set(qn("w:bidi"), "th-TH")
    rpr.append(lang)


def _para(
    container: Any,
    text: str = "",
    *,
    bold: bool = False,
    align: Any = None,
    indent: float = 0,
    size: int = SIZE,
) -> Any:
    paragraph = container.add_paragraph()
    paragraph.paragraph_format.space_after = Pt(0)
    paragraph.paragraph_format.space_before = Pt(0)
    paragraph.paragraph_format.line_spacing = 1.0
    if indent:
        paragraph.paragraph_format.first_line_indent = Cm(indent)
    if align is not None:
        paragraph.alignment = align
    if text:
        _font(paragraph.add_run(text), bold=bold, size=size)
    return paragraph


def _signs(document: Any, signs: list[Signature], *, dated: bool = False) -> None:
    table = document.add_table(rows=1, cols=len(signs))
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for cell, sign in zip(table.rows[0].cells, signs, strict=True):
        cell._element.remove(cell.paragraphs[0]._element)
        _para(cell, "", align=WD_ALIGN_PARAGRAPH.CENTER)
        _para(cell, f"ลงชื่อ {DOTS}", align=WD_ALIGN_PARAGRAPH.CENTER)
        _para(cell, f"({sign.name or DOTS})", align=WD_ALIGN_PARAGRAPH.CENTER)
        _para(cell, sign.role, align=WD_ALIGN_PARAGRAPH.CENTER)
        if dated:
            _para(cell, f"วันที่ {sign.day or DOTS}", align=WD_ALIGN_PARAGRAPH.CENTER)


def _qr_png(url: str) -> io.BytesIO:
    import qrcode

    image = qrcode.make(url, box_size=6, border=2)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    buffer.seek(0)
    return buffer


def slip_docx(loan: Loan, url: str) -> bytes:
    return render_docx(slip_context(loan, url), url)


def blank_docx(agency: Agency, url: str) -> bytes:
    """The blank loan form to print and fill by hand (the public page offers it)."""
    return render_docx(blank_context(agency, url), url)


def render_docx(data: dict[str, Any], url: str) -> bytes:
    document = Document()
    section = document.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.left_margin = Cm(2.5)
    section.right_margin = section.top_margin = section.bottom_margin = Cm(1.8)

    head = document.add_table(rows=1, cols=2)
    head.autofit = False
    head.columns[0].width, head.columns[1].width = Cm(13.5), Cm(3.2)
    left, right = head.rows[0].cells
    left.width, right.width = Cm(13.5), Cm(3.2)
    left._element.remove(left.paragraphs[0]._element)
    _para(left, "ใบยืมพัสดุ", bold=True, size=20, align=WD_ALIGN_PARAGRAPH.CENTER)
    _para(left, f"หน่วยงาน {data['agency'].name_th}", align=WD_ALIGN_PARAGRAPH.CENTER)
    _para(left, f"เลขที่ {data['number']}", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _para(left, f"วันที่ {data['requested_on']}", align=WD_ALIGN_PARAGRAPH.RIGHT)
    right.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    right.paragraphs[0].add_run().add_picture(_qr_png(url), width=Cm(2.6))

    on_behalf = f" ในนามของ {data['borrower_agency']}" if data["borrower_agency"] else ""
    days = f" รวม {data['days']} วัน" if data["days"] else ""
    _para(
        document,
        f"ข้าพเจ้า {data['borrower']} ตำแหน่ง {data['position']} สังกัด/กลุ่มงาน {data['unit']} "
        f"โทรศัพท์ {data['phone']}{on_behalf} มีความประสงค์จะขอยืมพัสดุของ "
        f"{data['agency'].name_th} เพื่อ {data['purpose']} สถานที่นำไปใช้ {data['place']} "
        f"ตั้งแต่วันที่ {data['starts_on']} ถึงวันที่ {data['due_on']}{days} ตามรายการต่อไปนี้",
        indent=2,
    )
    table = document.add_table(rows=1, cols=5)
    table.style = "Table Grid"
    table.autofit = False
    widths = (Cm(1.3), Cm(5.0), Cm(1.7), Cm(4.8), Cm(3.9))
    for column, width in zip(table.columns, widths, strict=True):
        column.width = width
    for cell, text, width in zip(
        table.rows[0].cells,
        ("ลำดับที่", "รายการ", "จำนวน", "หมายเลขครุภัณฑ์", "หมายเหตุ"),
        widths,
        strict=True,
    ):
        cell.width = width
        cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        cell.paragraphs[0].paragraph_format.line_spacing = 1.0
        _font(cell.paragraphs[0].add_run(text), bold=True)
    for row in data["rows"]:
        cells = table.add_row().cells
        values = (row.number, row.name, row.quantity, row.asset_number, row.remark)
        for index, (cell, text) in enumerate(zip(cells, values, strict=True)):
            cell.width = widths[index]
            if index in (0, 2):
                cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
            cell.paragraphs[0].paragraph_format.line_spacing = 1.0
            _font(cell.paragraphs[0].add_run(text))
    _para(
        document,
        f"{data['undertaking']} และข้าพเจ้าจะส่งคืนพัสดุในวันที่ {data['return_by']}",
        indent=2,
    )
    _signs(document, data["sign_request"])

    boxes = "   ".join(f"{'☑' if box.ticked else '☐'} {box.label}" for box in data["boxes"])
    _para(document, "")
    _para(document, f"ตรวจสอบแล้ว  {boxes}")
    if data["decision"]:
        note = f" ({data['decision_note']})" if data.get("decision_note") else ""
        _para(document, f"ผลการพิจารณา: {data['decision']}{note}")
    _signs(document, data["sign_check"], dated=True)
    for box, signs, extra in (
        (data["handed_over"], data["sign_hand_over"], ""),
        (data["returned"], data["sign_return"], f" สภาพ {data['condition_back']}"),
    ):
        _para(document, "")
        _para(document, f"{'☑' if box.ticked else '☐'} {box.label}{extra}")
        _signs(document, signs)
    _para(document, "")
    _para(document, "หมายเหตุ", size=14)
    for number, text in data["footnotes"]:
        _para(document, f"({number}) {text}", size=14)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()
