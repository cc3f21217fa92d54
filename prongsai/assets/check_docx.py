"""The annual check's documents as one Word file (python-docx): the same text as the PDF
(check_documents.documents), TH Sarabun New, each document from a new page, the damaged list
in a landscape section."""

import io
from typing import Any

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.shared import Cm

from prongsai.assets.check_documents import Documents, Person
from prongsai.assets.slip_docx import _font, _para

CENTER = WD_ALIGN_PARAGRAPH.CENTER
SIGN = "ลงชื่อ " + "." * 40
LAW = "ระเบียบกระทรวงการคลังว่าด้วยการจัดซื้อจัดจ้างและการบริหารพัสดุภาครัฐ พ.ศ. ๒๕๖๐ ข้อ ๒๑๓"


def _sign(document: Any, name: str, role: str) -> None:
    _para(document, "")
    for text in (SIGN, f"({name})", role):
        paragraph = _para(document, text, align=WD_ALIGN_PARAGRAPH.CENTER)
        paragraph.paragraph_format.left_indent = Cm(7)


def _page_break(document: Any) -> None:
    _para(document).add_run().add_break(WD_BREAK.PAGE)


def _memo_head(document: Any, doc: Documents, day: str, subject: str) -> None:
    _para(document, "บันทึกข้อความ", bold=True, size=24, align=CENTER)
    _para(document, f"ส่วนราชการ  {doc.agency_name}")
    _para(document, f"ที่  {'.' * 30}  วันที่  {day}")
    _para(document, f"เรื่อง  {subject}")
    _para(document, f"เรียน  ผู้อำนวยการ{doc.agency_name}")


def _members(document: Any, members: list[Person]) -> None:
    for person in members:
        position = f" ตำแหน่ง {person.position}" if person.position else ""
        paragraph = _para(document, f"{person.number}. {person.name}{position} {person.role}")
        paragraph.paragraph_format.left_indent = Cm(2.5)


def _table(document: Any, heads: list[str], rows: list[list[str]]) -> None:
    table = document.add_table(rows=1, cols=len(heads))
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, heads, strict=True):
        cell.paragraphs[0].alignment = CENTER
        _font(cell.paragraphs[0].add_run(text), bold=True, size=12)
    for row in rows:
        cells = table.add_row().cells
        for cell, text in zip(cells, row, strict=True):
            _font(cell.paragraphs[0].add_run(text), size=12)


def _committee_signs(document: Any, members: list[Person]) -> None:
    for person in members:
        _sign(document, person.name, person.role)


def check_docx(doc: Documents) -> bytes:
    document = Document()
    section = document.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.left_margin, section.right_margin = Cm(3), Cm(2)
    section.top_margin = section.bottom_margin = Cm(1.5)

    _memo_head(
        document,
        doc,
        doc.appointed_on,
        f"ขอแต่งตั้งคณะกรรมการตรวจสอบพัสดุประจำปีงบประมาณ {doc.year}",
    )
    _para(
        document,
        f"ด้วย{LAW} กำหนดให้หัวหน้าหน่วยงานของรัฐแต่งตั้งผู้รับผิดชอบในการตรวจสอบพัสดุ "
        f"ซึ่งมิใช่เจ้าหน้าที่ ตรวจสอบการรับจ่ายพัสดุในงวดตั้งแต่วันที่ {doc.period} "
        "และตรวจนับพัสดุประเภทที่คงเหลืออยู่เพียงวันสิ้นงวดนั้น โดยเริ่มดำเนินการในวันเปิดทำการวันแรก"
        "ของปีงบประมาณถัดไป และรายงานผลภายใน ๓๐ วันทำการ จึงเห็นควรแต่งตั้งคณะกรรมการ ประกอบด้วย",
        indent=2.5,
    )
    _members(document, doc.members)
    _para(document, "จึงเรียนมาเพื่อโปรดพิจารณา หากเห็นชอบโปรดลงนามในคำสั่งที่แนบมาพร้อมนี้", indent=2.5)
    _sign(document, doc.officer, "หัวหน้าเจ้าหน้าที่พัสดุ")
    _page_break(document)

    _para(document, f"คำสั่ง{doc.agency_name}", bold=True, size=16, align=CENTER)
    _para(document, f"ที่ {doc.order_number}", bold=True, size=16, align=CENTER)
    _para(
        document,
        f"เรื่อง แต่งตั้งคณะกรรมการตรวจสอบพัสดุประจำปีงบประมาณ {doc.year}",
        bold=True,
        size=16,
        align=CENTER,
    )
    _para(document, "-" * 20, align=CENTER)
    _para(
        document,
        f"เพื่อให้การตรวจสอบพัสดุประจำปีเป็นไปตาม{LAW} จึงแต่งตั้งบุคคลซึ่งมิใช่เจ้าหน้าที่พัสดุ"
        f"ต่อไปนี้เป็นคณะกรรมการตรวจสอบพัสดุประจำปีงบประมาณ {doc.year}",
        indent=2.5,
    )
    _members(document, doc.members)
    _para(
        document,
        f"ให้คณะกรรมการตรวจสอบการรับจ่ายพัสดุในงวดตั้งแต่วันที่ {doc.period} ว่าถูกต้องหรือไม่ "
        "พัสดุคงเหลือมีตัวอยู่ตรงตามบัญชีหรือทะเบียนหรือไม่ มีพัสดุใดชำรุด เสื่อมคุณภาพ หรือสูญไป"
        "เพราะเหตุใด หรือพัสดุใดไม่จำเป็นต้องใช้ต่อไป โดยเริ่มดำเนินการตรวจสอบในวันที่ "
        f"{doc.starts_on} และรายงานผลภายในวันที่ {doc.due_on}",
        indent=2.5,
    )
    _para(document, "ทั้งนี้ ตั้งแต่บัดนี้เป็นต้นไป", indent=2.5)
    _para(document, f"สั่ง ณ วันที่ {doc.appointed_on}", indent=2.5)
    _sign(document, doc.director, f"ผู้อำนวยการ{doc.agency_name}")
    _page_break(document)

    _memo_head(document, doc, doc.reported_on, f"รายงานผลการตรวจสอบพัสดุประจำปีงบประมาณ {doc.year}")
    _para(
        document,
        f"ตามคำสั่ง{doc.agency_name} ที่ {doc.order_number} ลงวันที่ {doc.appointed_on} "
        f"แต่งตั้งคณะกรรมการตรวจสอบพัสดุประจำปีงบประมาณ {doc.year} นั้น คณะกรรมการได้เริ่ม"
        f"ดำเนินการตรวจสอบเมื่อวันที่ {doc.starts_on} บัดนี้ได้ดำเนินการเสร็จแล้ว ผลปรากฏดังนี้",
        indent=2.5,
    )
    for number, text in doc.findings:
        _para(document, f"({number}) {text}").paragraph_format.left_indent = Cm(2.5)
    if doc.remarks:
        _para(document, doc.remarks, indent=2.5)
    _para(
        document,
        "จึงเรียนมาเพื่อโปรดทราบ และโปรดพิจารณาส่งสำเนารายงานไปยังสำนักงานการตรวจเงินแผ่นดินและหน่วยงานต้นสังกัด",
        indent=2.5,
    )
    _committee_signs(document, doc.members)
    _para(document, "ความเห็นของผู้อำนวยการ  ทราบ – รายงาน สตง.")
    _sign(document, doc.director, f"ผู้อำนวยการ{doc.agency_name}")
    _page_break(document)

    _para(document, f"บัญชีวัสดุคงเหลือ ณ วันที่ {doc.as_at}", bold=True, size=16, align=CENTER)
    _para(document, doc.agency_name, align=CENTER)
    rows = [line.cells for line in doc.consumables]
    rows.append(["", "รวม", "", "", doc.consumables_total])
    _table(document, ["ที่", "รายการวัสดุ", "หน่วยนับ", "คงเหลือ", "มูลค่าคงเหลือ (บาท)"], rows)
    _committee_signs(document, doc.members)
    _page_break(document)

    _para(document, f"บัญชีครุภัณฑ์คงเหลือ ณ วันที่ {doc.as_at}", bold=True, size=16, align=CENTER)
    _para(document, doc.agency_name, align=CENTER)
    rows = [line.cells for line in doc.durables]
    rows.append(["", "", "รวม", "", doc.durables_total, ""])
    _table(document, ["ที่", "เลขครุภัณฑ์", "รายการ", "จำนวน", "ราคาทุน (บาท)", "สภาพ"], rows)
    _committee_signs(document, doc.members)

    wide = document.add_section(WD_SECTION.NEW_PAGE)
    wide.orientation = WD_ORIENT.LANDSCAPE
    wide.page_width, wide.page_height = Cm(29.7), Cm(21)
    wide.left_margin = wide.right_margin = Cm(1.5)
    _para(
        document,
        f"บัญชีพัสดุชำรุด เสื่อมสภาพ สูญไป หรือไม่จำเป็นต้องใช้ ประจำปีงบประมาณ {doc.year}",
        bold=True,
        size=16,
        align=CENTER,
    )
    _para(document, doc.agency_name, align=CENTER)
    heads = [
        "ที่",
        "รายการครุภัณฑ์",
        "รหัสครุภัณฑ์",
        "ยี่ห้อ/รุ่น",
        "ชำรุด",
        "เสื่อมสภาพ",
        "สูญไป",
        "ไม่จำเป็นต้องใช้",
        "วันที่ได้มา",
        "ราคาตามทะเบียน",
        "หมายเหตุ",
    ]
    _table(document, heads, [[text for text, _align in line] for line in doc.damaged])
    _committee_signs(document, doc.members)

    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()
