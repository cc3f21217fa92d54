"""The published assessment and its follow-up reports as Word documents (python-docx): A4
landscape, every run "TH Sarabun New" 16 pt (14 pt in tables) with its complex-script font,
size and Thai language set (Word shapes Thai with the `cs` font), numbers in Thai digits."""

import io
from typing import Any

from prongsai.lib.thai import thai_date, to_thai_digits
from prongsai.risks import rules
from prongsai.risks.document import TITLES, context
from prongsai.risks.models import Assessment

FONT = "TH Sarabun New"
LANG = "th-TH"


def _w(tag: str) -> Any:
    from docx.oxml.ns import qn

    return qn(f"w:{tag}")


def _thai_run(run: Any, *, bold: bool = False, size: int = 16) -> None:
    from docx.oxml import OxmlElement

    rpr = run._r.get_or_add_rPr()
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
        element = OxmlElement(f"w:{tag}")
        element.set(_w("val"), str(size * 2))
        rpr.append(element)
    lang = OxmlElement("w:lang")
    for key in ("val", "eastAsia", "bidi"):
        lang.set(_w(key), LANG)
    rpr.append(lang)


def _para(document: Any, text: str, *, center: bool = False, bold: bool = False) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    paragraph = document.add_paragraph()
    _thai_run(paragraph.add_run(to_thai_digits(text)), bold=bold)
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER if center else WD_ALIGN_PARAGRAPH.LEFT
    paragraph.paragraph_format.space_after = Pt(0)


def _table(document: Any, rows: list[list[str]], widths_cm: tuple[float, ...]) -> None:
    from docx.shared import Cm

    table = document.add_table(rows=len(rows), cols=len(widths_cm))
    table.style = "Table Grid"
    table.autofit = False
    for index, row in enumerate(rows):
        for column, text in enumerate(row):
            cell = table.cell(index, column)
            cell.width = Cm(widths_cm[column])
            _thai_run(cell.paragraphs[0].add_run(to_thai_digits(text)), bold=index == 0, size=14)


def _setup(document: Any) -> None:
    from docx.enum.section import WD_ORIENT
    from docx.shared import Cm

    section = document.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Cm(29.7), Cm(21.0)
    section.left_margin = section.right_margin = Cm(2.0)
    section.top_margin = section.bottom_margin = Cm(1.5)


def _date(value: Any) -> str:
    return thai_date(value, thai_digits=True)


def document_docx(assessment: Assessment, kind: str) -> bytes:
    from docx import Document

    values = context(assessment, kind)
    data = values["data"]
    document = Document()
    _setup(document)
    _para(document, TITLES[kind], center=True, bold=True)
    _para(document, f"ประจำปีงบประมาณ พ.ศ. {assessment.year}", center=True, bold=True)
    _para(document, assessment.agency.name_th, center=True, bold=True)
    if kind == "assessment":
        if assessment.summary:
            _para(document, assessment.summary)
        counts = " ".join(f"{label} {number} ความเสี่ยง" for _k, label, _l, _h, number in data.counts)
        _para(document, f"ระดับความเสี่ยง = โอกาส × ผลกระทบ: {counts}")
        rows = [
            [
                "ที่",
                "กระบวนงาน/งาน",
                "เหตุการณ์ความเสี่ยง",
                "ผู้ที่อาจเกี่ยวข้อง (ตำแหน่ง)",
                "โอกาส × ผลกระทบ",
                "ระดับ",
                "การควบคุมที่มีอยู่",
                "มาตรการเพิ่มเติม (ผู้รับผิดชอบ, กำหนดเสร็จ)",
            ]
        ]
        for row in data.rows:
            risk = row.risk
            measures = "\n".join(
                f"{measure.action} ({measure.owner}, {_date(measure.due_on)})"
                for measure in row.measures
            )
            rows.append(
                [
                    str(risk.number),
                    risk.process,
                    risk.description,
                    risk.involved_roles,
                    f"{risk.likelihood} × {risk.impact} = {row.score}",
                    str(rules.THAI_LEVELS[row.level]),
                    risk.existing_controls or "-",
                    measures or "-",
                ]
            )
        _table(document, rows, (1.0, 3.0, 5.0, 3.2, 2.4, 1.8, 4.0, 5.3))
        _para(document, f"ที่มาของเกณฑ์: {assessment.bands_source}")
    else:
        rows = [["ที่", "ความเสี่ยง", "มาตรการ", "ผู้รับผิดชอบ", "วันที่ติดตาม", "สถานะ", "ผลการดำเนินการ"]]
        for line in values["lines"]:
            found = line.latest
            rows.append(
                [
                    str(line.risk.number),
                    line.risk.description,
                    line.measure.action,
                    line.measure.owner,
                    _date(found.recorded_on) if found else "-",
                    str(rules.THAI_PROGRESS[found.progress]) if found else "ยังไม่รายงาน",
                    found.done if found else "-",
                ]
            )
        _table(document, rows, (1.0, 5.0, 5.0, 3.0, 3.0, 2.5, 6.2))
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()
