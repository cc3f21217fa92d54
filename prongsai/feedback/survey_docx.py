"""The satisfaction report as a Word document (python-docx), the same structure and words as its
PDF (THAI-RULES.md §5.3), laid out in the official style of the other modules' documents: A4,
margins 3 cm left and 2 cm elsewhere, every run "TH Sarabun New" 16 pt with its complex-script
font, size and Thai language set (Word shapes Thai with the `cs` font), numbers in Thai digits,
the figures in bordered tables. Always Thai: an official document."""

import io
from typing import Any

from prongsai.feedback import stats
from prongsai.feedback.plan_queries import PlanRow
from prongsai.lib.thai import thai_date, to_thai_digits

FONT = "TH Sarabun New"
SIZE_PT = 16
TABLE_PT = 14
LANG = "th-TH"


def _w(tag: str) -> Any:
    from docx.oxml.ns import qn

    return qn(f"w:{tag}")


def _thai_run(rpr: Any, *, bold: bool = False, size: int = SIZE_PT) -> None:
    """Sarabun, Thai, in the schema's order of w:rPr (rFonts, b, bCs, sz, szCs, lang)."""
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
        element = OxmlElement(f"w:{tag}")
        element.set(_w("val"), str(size * 2))
        rpr.append(element)
    lang = OxmlElement("w:lang")
    for key in ("val", "eastAsia", "bidi"):
        lang.set(_w(key), LANG)
    rpr.append(lang)


def _para(document: Any, text: str, *, align: str = "", bold: bool = False, **fmt: Any) -> Any:
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt

    paragraph = document.add_paragraph()
    run = paragraph.add_run(to_thai_digits(text))
    _thai_run(run._r.get_or_add_rPr(), bold=bold)
    paragraph.alignment = {
        "center": WD_ALIGN_PARAGRAPH.CENTER,
        "justify": WD_ALIGN_PARAGRAPH.THAI_JUSTIFY,
        "": WD_ALIGN_PARAGRAPH.LEFT,
    }[align]
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


def _heading(document: Any, text: str) -> None:
    _para(document, text, bold=True, space_before=12, keep_with_next=True)


def _body(document: Any, text: str) -> None:
    for line in text.splitlines():
        if line.strip():
            _para(document, line.strip(), align="justify", first_line_indent=2.5)


def _table(document: Any, rows: list[list[str]], widths_cm: tuple[float, ...]) -> None:
    """A bordered table, its first row bold and repeated on every page; widths set on every
    cell (Word reads those, LibreOffice the grid)."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.shared import Cm

    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    table.style = "Table Grid"
    table.autofit = False
    for column, width in zip(table.columns, widths_cm, strict=True):
        column.width = Cm(width)
    header = table.rows[0]._tr.get_or_add_trPr()
    header.append(OxmlElement("w:tblHeader"))
    for row_index, row in enumerate(rows):
        for column, text in enumerate(row):
            cell = table.cell(row_index, column)
            cell.width = Cm(widths_cm[column])
            paragraph = cell.paragraphs[0]
            if column > 0 and row_index > 0 and widths_cm[column] < 3:
                paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
            run = paragraph.add_run(to_thai_digits(text))
            _thai_run(run._r.get_or_add_rPr(), bold=row_index == 0, size=TABLE_PT)


def _figure(value: float | None) -> str:
    return "–" if value is None else f"{value:.2f}"


def _results(document: Any, context: dict[str, Any]) -> None:
    survey, found = context["survey"], context["results"]
    overall = found.overall
    _heading(document, "๕. ผลการสำรวจ")
    if overall.n:
        _para(
            document,
            f"ภาพรวม ค่าเฉลี่ย (x̄) = {_figure(overall.mean)} ส่วนเบี่ยงเบนมาตรฐาน (S.D.) = "
            f"{_figure(overall.sd)} อยู่ในระดับ{stats.level(overall.mean, survey.bands)} "
            f"ผู้ตอบพึงพอใจ (ระดับ ๔–๕) ร้อยละ {_figure(overall.satisfied)}",
            align="justify",
            first_line_indent=2.5,
        )
    eservice = found.eservice
    if eservice is not None:
        _para(
            document,
            f"คะแนนความพึงพอใจที่ผู้ใช้บริการให้ผ่านระบบบริการออนไลน์ (e-Service) ที่สำรวจในช่วงเวลาเดียวกัน "
            f"จำนวน {eservice.n:,} ครั้ง ค่าเฉลี่ย {_figure(eservice.mean)} S.D. {_figure(eservice.sd)} "
            "นับรวมในผลภาพรวม"
            if eservice.n
            else "ไม่มีการให้คะแนนผ่านระบบบริการออนไลน์ (e-Service) ที่สำรวจในช่วงเวลาดังกล่าว",
            align="justify",
            first_line_indent=2.5,
        )
    rows = [["ด้าน", "x̄", "S.D.", "ระดับ"]]
    for part in found.sections:
        if part.rating and part.rating.n:
            rows.append(
                [
                    part.section.title,
                    _figure(part.rating.mean),
                    _figure(part.rating.sd),
                    stats.level(part.rating.mean, survey.bands),
                ]
            )
    if len(rows) > 1:
        _para(document, "ตารางที่ ๒ ค่าเฉลี่ยและส่วนเบี่ยงเบนมาตรฐาน รายด้าน", space_before=6)
        _table(document, rows, (9.0, 2.0, 2.0, 3.0))
    ranked = context["ranked"]
    if ranked:
        rows = [["อันดับ", "รายการ", "x̄", "S.D.", "ระดับ"]]
        for number, item in enumerate(ranked, start=1):
            rows.append(
                [
                    str(number),
                    item.question.text,
                    _figure(item.rating.mean),
                    _figure(item.rating.sd),
                    stats.level(item.rating.mean, survey.bands),
                ]
            )
        _para(document, "ตารางที่ ๓ รายการเรียงตามค่าเฉลี่ยจากมากไปน้อย", space_before=6)
        _table(document, rows, (1.5, 8.0, 1.8, 1.8, 2.9))


def _suggestions(document: Any, context: dict[str, Any]) -> None:
    _heading(document, "๖. ข้อเสนอแนะ")
    themes = context["themes"] if context["text_items"] else []
    if not themes:
        _para(document, "ไม่มีข้อเสนอแนะเป็นลายลักษณ์อักษร", first_line_indent=2.5)
        return
    _para(
        document,
        "ข้อเสนอแนะจัดกลุ่มตามคำที่พบซ้ำ (จำนวนคำตอบในแต่ละกลุ่ม) พร้อมตัวอย่างคำตอบ",
        first_line_indent=2.5,
    )
    for number, theme in enumerate(themes, start=1):
        label = f"“{theme.word}”" if theme.word else "ข้อเสนอแนะอื่น ๆ"
        _para(document, f"๖.{number} {label} ({theme.count} คำตอบ)", left_indent=1.0)
        for text in list(dict.fromkeys(theme.texts))[:5]:  # the same words once
            _para(document, f"– {text}", left_indent=2.0)


def _conclusion(document: Any, context: dict[str, Any]) -> None:
    survey, found, ranked = context["survey"], context["results"], context["ranked"]
    _heading(document, "๗. สรุปผล")
    if survey.conclusion:
        _body(document, survey.conclusion)
    elif ranked:
        top, bottom = ranked[0], ranked[-1]
        _para(
            document,
            f"ค่าเฉลี่ยภาพรวมเท่ากับ {_figure(found.overall.mean)} รายการที่มีค่าเฉลี่ยสูงสุดคือ "
            f"“{top.question.text}” ({_figure(top.rating.mean)}) รายการที่มีค่าเฉลี่ยต่ำสุด "
            f"ซึ่งควรปรับปรุงเป็นลำดับแรกคือ “{bottom.question.text}” ({_figure(bottom.rating.mean)})",
            align="justify",
            first_line_indent=2.5,
        )
    else:
        _para(document, "ไม่มีการให้คะแนน", first_line_indent=2.5)
    if survey.recommendations:
        _heading(document, "๘. ข้อเสนอแนะและการนำผลไปใช้")
        _body(document, survey.recommendations)


def _plan(document: Any, rows: list[PlanRow], year: int) -> None:
    _heading(document, f"แผนพัฒนาปรับปรุงการให้บริการ ปีงบประมาณ พ.ศ. {year}")
    table = [["ที่", "กิจกรรม", "ผู้รับผิดชอบ", "กำหนดแล้วเสร็จ", "ความก้าวหน้า"]]
    for number, row in enumerate(rows, start=1):
        owner = " ".join(
            part for part in (row.action.unit and row.action.unit.name_th, row.action.owner) if part
        )
        table.append(
            [
                str(number),
                row.action.title,
                owner,
                thai_date(row.action.due_on, short=True),
                f"{row.status_label} ร้อยละ {row.percent}",
            ]
        )
    _table(document, table, (1.0, 6.0, 3.5, 2.6, 2.9))


def report_docx(context: dict[str, Any], plan: list[PlanRow], plan_year: int) -> bytes:
    """The report of `context` (survey_public_views' report context), with the improvement
    plan when there is one."""
    from docx import Document
    from docx.shared import Cm

    survey, found, agency = context["survey"], context["results"], context["agency"]
    document = Document()
    section = document.sections[0]
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    section.left_margin = Cm(3.0)
    section.right_margin = section.top_margin = section.bottom_margin = Cm(2.0)
    _para(document, "รายงานผลการสำรวจความพึงพอใจ", align="center", bold=True)
    _para(document, survey.title, align="center", bold=True)
    _para(document, agency.name_th, align="center", bold=True)
    _para(
        document,
        f"เก็บข้อมูลระหว่างวันที่ {thai_date(survey.opens_on)} ถึงวันที่ {thai_date(survey.closes_on)}",
        align="center",
    )
    _heading(document, "๑. วัตถุประสงค์")
    _body(
        document,
        survey.description
        or f"เพื่อทราบระดับความพึงพอใจของผู้รับบริการที่มีต่อการดำเนินงานของ{agency.name_th} "
        "และนำผลไปปรับปรุงการให้บริการ",
    )
    _heading(document, "๒. ประชากรและกลุ่มตัวอย่าง")
    if survey.population:
        sample = (
            f"ประชากร {survey.population:,} คน ขนาดกลุ่มตัวอย่างตาม{survey.get_method_display()} "
            f"{found.target:,} คน"
        )
    else:
        sample = (
            "ไม่ทราบจำนวนประชากร ขนาดกลุ่มตัวอย่างสำหรับประชากรที่ไม่ทราบจำนวน (Cochran) "
            f"{found.target:,} คน"
        )
    paper = f" (จากแบบสอบถามกระดาษ {found.paper:,} ฉบับ)" if found.paper else ""
    _para(
        document,
        f"{sample} มีผู้ตอบ {found.responses:,} คน{paper}",
        align="justify",
        first_line_indent=2.5,
    )
    if found.groups:
        rows = [["กลุ่มผู้ตอบ", "จำนวน (คน)", "ร้อยละ"]]
        rows += [[group or "–", f"{n:,}", f"{percent:.2f}"] for group, n, percent in found.groups]
        rows.append(["รวม", f"{found.responses:,}", "100.00"])
        _para(document, "ตารางที่ ๑ จำนวนและร้อยละของผู้ตอบ จำแนกตามกลุ่ม", space_before=6)
        _table(document, rows, (9.0, 3.5, 3.5))
    _heading(document, "๓. เครื่องมือที่ใช้")
    _para(
        document,
        f"แบบสอบถามมาตราส่วนประมาณค่า ๕ ระดับ (๕ = มากที่สุด … ๑ = น้อยที่สุด) จำนวน "
        f"{context['rating_count']} ข้อ และคำถามปลายเปิดสำหรับข้อเสนอแนะ",
        align="justify",
        first_line_indent=2.5,
    )
    _heading(document, "๔. สถิติที่ใช้และเกณฑ์การแปลผล")
    _para(
        document,
        "ความถี่ ร้อยละ ค่าเฉลี่ย (x̄) และส่วนเบี่ยงเบนมาตรฐาน (S.D.) แปลความหมายค่าเฉลี่ยดังนี้",
        align="justify",
        first_line_indent=2.5,
    )
    for lower, upper, word in context["bands"]:
        _para(document, f"ค่าเฉลี่ย {lower:.2f}–{upper:.2f} หมายถึง พึงพอใจระดับ{word}", left_indent=2.5)
    _results(document, context)
    _suggestions(document, context)
    _conclusion(document, context)
    if plan:
        _plan(document, plan, plan_year)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()
