"""The approved declaration as a Word document (python-docx), laid out as the PDF: A4, margins
3 cm left and 2 cm elsewhere, every run "TH Sarabun New" 16 pt with its complex-script font,
size and Thai language set (Word shapes Thai with the `cs` font), numbers in Thai digits."""

import io
from typing import Any

from prongsai.integrity.declaration_print import english_date, official_date, paragraphs
from prongsai.integrity.models import Declaration
from prongsai.lib.thai import to_thai_digits

FONT = "TH Sarabun New"
SIZE_PT = 16
LANG = "th-TH"
INDENT_CM = 2.5
NUMBER_CM = 1.0


def _w(tag: str) -> Any:
    from docx.oxml.ns import qn

    return qn(f"w:{tag}")


def thai_run(rpr: Any, *, bold: bool = False) -> None:
    """Sarabun at 16 pt, Thai, in the schema's order of w:rPr (rFonts, b, bCs, sz, szCs, lang)."""
    from docx.oxml import OxmlElement

    for child in list(rpr):
        rpr.remove(child)
    fonts = OxmlElement("w:rFonts")
    for key in ("ascii", "hAnsi", "eastAsia", "cs"):
        fonts.set(_w(key), FONT)
    rpr.append(fonts)
    if bold:
        rpr.append(OxmlElement("w:b"))
        rpr.append(OxmlElement("w:bCs"))
    for tag in ("sz", "szCs"):
        size = OxmlElement(f"w:{tag}")
        size.set(_w("val"), str(SIZE_PT * 2))
        rpr.append(size)
    lang = OxmlElement("w:lang")
    for key in ("val", "eastAsia", "bidi"):
        lang.set(_w(key), LANG)
    rpr.append(lang)


def para(document: Any, text: str, *, align: str = "", bold: bool = False, **fmt: Any) -> Any:
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt

    paragraph = document.add_paragraph()
    run = paragraph.add_run(text)
    thai_run(run._r.get_or_add_rPr(), bold=bold)
    alignments = {
        "center": WD_ALIGN_PARAGRAPH.CENTER,
        "justify": WD_ALIGN_PARAGRAPH.THAI_JUSTIFY,  # Thai: spread between characters
        "justify_en": WD_ALIGN_PARAGRAPH.JUSTIFY,
        "": WD_ALIGN_PARAGRAPH.LEFT,
    }
    paragraph.alignment = alignments[align]
    form = paragraph.paragraph_format
    form.space_after = Pt(0)
    form.line_spacing = 1.0
    form.keep_with_next = bool(fmt.get("keep_with_next"))
    for key in ("first_line_indent", "left_indent"):
        if key in fmt:
            setattr(form, key, Cm(fmt[key]))
    if "space_before" in fmt:
        form.space_before = Pt(fmt["space_before"])
    return paragraph


def set_up_page(document: Any) -> None:
    from docx.shared import Cm

    section = document.sections[0]
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    section.left_margin = Cm(3.0)
    section.right_margin = section.top_margin = section.bottom_margin = Cm(2.0)
    normal = document.styles["Normal"]
    thai_run(normal.element.get_or_add_rPr())


def _announcement(
    document: Any,
    *,
    heading: str,
    subject: str,
    preamble: list[str],
    commitments: list[tuple[str, str]],
    closing: str,
    dated: str,
    declaration: Declaration,
    justify: str = "justify",
) -> None:
    para(document, heading, align="center", bold=True, space_before=36)
    para(document, subject, align="center", bold=True)
    para(document, "-" * 20, align="center")
    for text in preamble:
        para(document, text, align=justify, first_line_indent=INDENT_CM)
    for number, text in commitments:
        para(
            document,
            f"{number}.\t{text}",
            align=justify,
            left_indent=INDENT_CM + NUMBER_CM,
            first_line_indent=-NUMBER_CM,
        )
    if closing:
        para(document, closing, first_line_indent=INDENT_CM, space_before=8)
    para(document, dated, left_indent=5.0, space_before=12)
    para(document, f"({declaration.signer_name})", align="center", left_indent=7.0, space_before=60)
    para(document, declaration.signer_position, align="center", left_indent=7.0)


def declaration_docx(declaration: Declaration) -> bytes:
    from docx import Document
    from docx.enum.text import WD_BREAK

    document = Document()
    set_up_page(document)
    agency = declaration.agency
    _announcement(
        document,
        heading=f"ประกาศ{agency.name_th}",
        subject=f"เรื่อง {declaration.title_th}",
        preamble=paragraphs(declaration.preamble_th),
        commitments=[
            (to_thai_digits(number), text)
            for number, text in enumerate(declaration.commitments_list, start=1)
        ],
        closing="จึงประกาศมาเพื่อทราบโดยทั่วกัน",
        dated=f"ประกาศ ณ วันที่ {official_date(declaration.declared_on)}",
        declaration=declaration,
    )
    if declaration.has_english:
        document.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)
        _announcement(
            document,
            heading=f"Announcement of {agency.name_en or agency.name_th}",
            subject=f"Subject: {declaration.title_en}",
            preamble=paragraphs(declaration.preamble_en),
            commitments=[
                (str(number), text)
                for number, text in enumerate(declaration.commitments_en_list, start=1)
            ],
            closing="",
            dated=f"Announced on {english_date(declaration.declared_on)}",
            declaration=declaration,
            justify="justify_en",
        )
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()
