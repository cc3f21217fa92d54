"""The approved plan as a plan book (เล่มแผนปฏิบัติการประจำปี): HTML printed to an A4 PDF by
Chromium off the request path (prongsai.printing), and a Word document (python-docx).

Layout as schools print it (THAI-RULES.md §4.2): a cover; part 2, the strategies served (OBEC,
area office, school); part 3, the income estimate and allocation by fund and work area, and by
quarter; part 4, the projects, each with its sheet (work area, strategies served, unit,
responsible person, continuing or new, period, rationale, objectives, targets) and its table of
activities (activity | period | budget | responsible). Sarabun, Thai numerals, B.E. dates.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from prongsai.budget import queries, rules
from prongsai.budget.models import Plan, Project
from prongsai.lib.thai import thai_date, to_thai_digits

SOURCE = "budget.plan"
CSS = Path(__file__).resolve().parent / "plan_book.css"
AREA_NAMES = {
    "academic": "วิชาการ",
    "budget": "งบประมาณ",
    "personnel": "บุคคล",
    "general": "ทั่วไป",
}
LEVEL_NAMES = {"obec": "สพฐ.", "area": "สพท.", "school": "สถานศึกษา"}
NATURE_NAMES = {"continuing": "โครงการต่อเนื่อง", "new": "โครงการใหม่"}


def money(value: Any) -> str:
    """ "๑,๒๓๔.๕๐"; a zero is a dash, as plan books print it."""
    if not value:
        return "–"
    return to_thai_digits(f"{value:,.2f}")


def period(start: Any, end: Any) -> str:
    first = thai_date(start, short=True, thai_digits=True)
    return f"{first} – {thai_date(end, short=True, thai_digits=True)}"


def serves(project: Project) -> str:
    """ "สพฐ. ๑, ๓ / สพท. ๒ / สถานศึกษา ๔": the strategies the project serves, by level."""
    parts = []
    for level, name in LEVEL_NAMES.items():
        numbers = sorted(s.number for s in project.strategies.all() if s.level == level)
        if numbers:
            parts.append(f"{name} {to_thai_digits(', '.join(map(str, numbers)))}")
    return " / ".join(parts) or "–"


def context(plan: Plan) -> dict[str, Any]:
    projects = queries.projects(plan)
    table = queries.allocation(plan)
    return {
        "agency": plan.agency,
        "plan": plan,
        "year_th": to_thai_digits(plan.year),
        "strategies": [
            (LEVEL_NAMES[level], [s for s in queries.strategies(plan) if s.level == level])
            for level in LEVEL_NAMES
        ],
        "area_names": [AREA_NAMES[area] for area in rules.AREAS],
        "table": table,
        "projects": [
            {
                "project": project,
                "area": AREA_NAMES.get(project.area, ""),
                "serves": serves(project),
                "nature": NATURE_NAMES.get(project.nature, ""),
                "period": period(project.starts_on, project.ends_on),
                "activities": [
                    (a, period(a.starts_on, a.ends_on)) for a in project.activities.all()
                ],
                "total": sum((a.amount for a in project.activities.all()), rules.ZERO),
            }
            for project in projects
        ],
        "grand_total": table.total.allocated,
    }


def plan_html(plan: Plan) -> str:
    from django.template.loader import render_to_string

    from prongsai.exports.pdf import STATIC_DIR

    assets = {
        "css": CSS.read_text(encoding="utf-8"),
        "base_href": (STATIC_DIR / "css").as_uri() + "/",
    }
    return render_to_string("budget/plan_document.html", {**context(plan), **assets})


def plan_source(params: dict[str, Any]) -> str | None:
    """The print HTML of an approved plan (the "print" job calls this); None when gone."""
    plan = (
        Plan.objects.filter(pk=int(params.get("pk") or 0), status=Plan.Status.APPROVED)
        .select_related("agency")
        .first()
    )
    return None if plan is None else plan_html(plan)


def request_plan_pdf(plan: Plan) -> Any:
    from prongsai.printing.actions import request_print

    stamp = plan.approved_at.strftime("%Y%m%d%H%M%S") if plan.approved_at else "0"
    return request_print(
        key=f"budget/plan/{plan.pk}/{stamp}",
        group=f"budget/plan/{plan.pk}",
        source=SOURCE,
        params={"pk": plan.pk},
    )


# ---------------------------------------------------------------- Word


FONT = "TH Sarabun New"


def _font(run: Any, *, bold: bool = False, size: int = 16) -> None:
    from docx.oxml.ns import qn
    from docx.shared import Pt

    run.bold = bold
    run.font.size = Pt(size)
    run.font.name = FONT
    rpr = run._r.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.insert(0, fonts)
    for attribute in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(attribute), FONT)
    size_cs = rpr.makeelement(qn("w:szCs"), {qn("w:val"): str(size * 2)})
    rpr.append(size_cs)
    if bold:
        rpr.append(rpr.makeelement(qn("w:bCs"), {}))


def _para(
    document: Any, text: str, *, bold: bool = False, size: int = 16, center: bool = False
) -> Any:
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    paragraph = document.add_paragraph()
    if center:
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _font(paragraph.add_run(text), bold=bold, size=size)
    return paragraph


def _table(
    document: Any, header: list[str], rows: list[list[str]], *, bold_last: bool = False
) -> None:
    """A bordered table across the text width (16.5 cm): the first column wider, numbers
    right-aligned, 14 pt (TH Sarabun New is narrow: an amount of millions fits 2.5 cm)."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm

    count = len(header)
    first = 4.0 if count > 4 else 6.5
    widths = [first] + [(16.5 - first) / (count - 1)] * (count - 1)
    if header[:1] == ["กิจกรรม/ขั้นตอน"]:
        widths = [6.5, 4.0, 2.8, 3.2]
    table = document.add_table(rows=1, cols=count)
    table.style = "Table Grid"
    table.autofit = False
    for column, width in zip(table._tbl.tblGrid.gridCol_lst, widths, strict=True):
        column.w = Cm(width)  # the grid is what LibreOffice (and Word on open) lays out by
    for cell, text, width in zip(table.rows[0].cells, header, widths, strict=True):
        cell.width = Cm(width)
        cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        _font(cell.paragraphs[0].add_run(text), bold=True, size=14)
    for index, row in enumerate(rows):
        cells = table.add_row().cells
        for position, (cell, text) in enumerate(zip(cells, row, strict=True)):
            cell.width = Cm(widths[position])
            if position > 0 and text[:1] in "๐๑๒๓๔๕๖๗๘๙–":
                cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
            bold = bold_last and index == len(rows) - 1
            _font(cell.paragraphs[0].add_run(text), bold=bold, size=14)


def plan_docx(plan: Plan) -> bytes:
    from docx import Document
    from docx.shared import Cm

    data = context(plan)
    document = Document()
    section = document.sections[0]
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    section.left_margin, section.right_margin = Cm(2.5), Cm(2.0)
    section.top_margin, section.bottom_margin = Cm(2.0), Cm(2.0)
    year = data["year_th"]
    _para(document, "แผนปฏิบัติการประจำปี", bold=True, size=24, center=True)
    _para(document, f"ปีงบประมาณ พ.ศ. {year}", bold=True, size=20, center=True)
    _para(document, plan.agency.name_th, bold=True, size=20, center=True)
    _para(document, "ส่วนที่ ๒ ทิศทางการพัฒนา: กลยุทธ์ที่สนอง", bold=True, size=18)
    for level, items in data["strategies"]:
        if not items:
            continue
        _para(document, f"กลยุทธ์ {level}", bold=True)
        for strategy in items:
            _para(document, f"{to_thai_digits(strategy.number)}. {strategy.title}")
    _para(document, "ส่วนที่ ๓ ประมาณการรายรับและการจัดสรรงบประมาณ", bold=True, size=18)
    table = data["table"]
    every = [*table.rows, table.total]
    _para(document, "๓.๑ ประมาณการรายรับ", bold=True)
    rows = [
        [
            row.name or "รวม",
            money(row.brought_forward),
            money(row.estimate),
            money(row.available),
            money(row.allocated),
            money(row.reserve),
        ]
        for row in every
    ]
    header = ["ประเภทเงิน", "ยอดยกมา", "ประมาณการรับ", "รวมรายรับ", "จัดสรรตามแผน", "คงเหลือ (สำรอง)"]
    _table(document, header, rows, bold_last=True)
    _para(document, "๓.๒ การจัดสรรงบประมาณตามแผนงาน", bold=True)
    header = ["ประเภทเงิน", *data["area_names"], "รวมจัดสรร"]
    rows = [
        [row.name or "รวม", *[money(v) for v in row.areas], money(row.allocated)] for row in every
    ]
    _table(document, header, rows, bold_last=True)
    _para(document, "ส่วนที่ ๔ โครงการ/กิจกรรม", bold=True, size=18)
    for item in data["projects"]:
        project = item["project"]
        _para(document, f"โครงการที่ {to_thai_digits(project.number)} {project.name}", bold=True)
        for label, value in (
            ("แผนงาน", item["area"]),
            ("สนองกลยุทธ์", item["serves"]),
            ("หน่วยงานที่รับผิดชอบ", project.unit.name_th if project.unit else "–"),
            ("ผู้รับผิดชอบ", project.responsible),
            ("ลักษณะโครงการ", item["nature"]),
            ("ระยะเวลาดำเนินการ", item["period"]),
        ):
            _para(document, f"{label}: {value}")
        for label, value in (
            ("๑. หลักการและเหตุผล", project.rationale),
            ("๒. วัตถุประสงค์", project.objectives),
            ("๓. เป้าหมาย เชิงปริมาณ", project.target_quantity),
            ("   เชิงคุณภาพ", project.target_quality),
        ):
            _para(document, label, bold=True)
            _para(document, value)
        _para(document, "๔. กิจกรรม/ขั้นตอนการดำเนินงาน", bold=True)
        rows = [
            [activity.name, when, money(activity.amount), activity.responsible]
            for activity, when in item["activities"]
        ]
        rows.append(["รวม", "", money(item["total"]), ""])
        _table(document, ["กิจกรรม/ขั้นตอน", "ระยะเวลา", "งบประมาณ", "ผู้รับผิดชอบ"], rows, bold_last=True)
    _para(document, f"รวมงบประมาณทั้งสิ้น {money(data['grand_total'])} บาท", bold=True)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()
