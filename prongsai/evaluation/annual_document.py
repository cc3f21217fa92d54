"""The annual HR report as a document: plain tables (Thai, Thai numerals, B.E.) that the printed
PDF (prongsai.printing, off the request path) and the Word file both lay out."""

import io
from typing import Any

from django.template.loader import render_to_string

from prongsai.evaluation.models import StaffType
from prongsai.evaluation.printing import LEVELS_TH
from prongsai.lib.thai import thai_date, to_thai_digits

TYPES_TH = {
    StaffType.TEACHER: "ข้าราชการครู",
    StaffType.GOVERNMENT_EMPLOYEE: "พนักงานราชการ",
    StaffType.PERMANENT_EMPLOYEE: "ลูกจ้างประจำ",
    StaffType.CONTRACT: "ลูกจ้างชั่วคราว",
}
HIDDEN = "น้อยกว่า ๕ คน ไม่แสดง"
SOURCE = "evaluation.annual"


def _n(value: Any) -> str:
    return to_thai_digits("–" if value is None else str(value))


def _distribution(item: dict[str, Any]) -> list[list[str]]:
    rows = [["ประเภทบุคลากร", "จำนวน", *LEVELS_TH.values()]]
    for group in item["groups"]:
        kind = TYPES_TH.get(group["code"], str(group["staff_type"]))
        if group["counts"] is None:
            rows.append([kind, HIDDEN] + [""] * len(LEVELS_TH))
        else:
            rows.append([kind, _n(group["size"]), *(_n(c) for c in group["counts"])])
    if item["counts"] is not None:
        rows.append(["รวม", _n(item["total"]), *(_n(c) for c in item["counts"])])
    return rows


def sections(report: dict[str, Any]) -> list[dict[str, Any]]:
    """[{heading, lines, table}] in the report's order."""
    found: list[dict[str, Any]] = []
    for item in report["rounds"]:
        round_ = item["round"]
        lines = [
            f"ผู้รับการประเมิน {_n(item['in_round'])} คน ประเมินแล้ว {_n(item['assessed'])} คน "
            f"รับทราบผลแล้ว {_n(item['acknowledged'])} คน",
            f"คำขอทบทวนผล {_n(item['reviews']['requested'])} รายการ "
            f"(ยืนตามผลเดิม {_n(item['reviews']['kept'])} แก้ไขผล {_n(item['reviews']['changed'])})",
        ]
        found.append(
            {
                "heading": f"ผลการประเมินผลการปฏิบัติงาน ครั้งที่ {_n(round_.number)}",
                "lines": lines,
                "table": _distribution(item) if item["groups"] else [],
            }
        )
    for item in report["ethics"]:
        found.append(
            {
                "heading": f"การประเมินจริยธรรมเจ้าหน้าที่ของรัฐ ครั้งที่ {_n(item['round'].number)}",
                "lines": [f"ค่าเฉลี่ยร้อยละ {_n(item['mean'])}"] if item["mean"] else [],
                "table": _distribution(item),
            }
        )
    training = report["training"]
    lines = [
        f"บุคลากร {_n(training['staff'])} คน ได้รับการพัฒนา {_n(training['trained'])} คน "
        f"รวม {_n(training['courses'])} หลักสูตร {_n(training['hours'])} ชั่วโมง "
        f"เฉลี่ย {_n(training['mean'])} ชั่วโมงต่อคน"
    ]
    table = []
    if training["rows"]:
        table = [["ชื่อ–สกุล", "หลักสูตร", "ชั่วโมง"]] + [
            [row["person"].display_name, _n(row["courses"]), _n(row["hours"])]
            for row in training["rows"]
        ]
    found.append({"heading": "การพัฒนาบุคลากร", "lines": lines, "table": table})
    return found


def title(report: dict[str, Any]) -> str:
    return f"รายงานผลการบริหารและพัฒนาทรัพยากรบุคคลประจำปีงบประมาณ พ.ศ. {_n(report['year'])}"


def annual_html(report: dict[str, Any]) -> str:
    from django.utils import timezone

    from prongsai.exports.pdf import print_assets

    context = {
        "title": title(report),
        "agency_name": report["agency"].name_th,
        "sections": sections(report),
        "made_on": thai_date(timezone.localdate(), thai_digits=True),
        "css": render_to_string("evaluation/form.css"),
        "base_href": print_assets("report.css")["base_href"],
    }
    return render_to_string("evaluation/annual_document.html", context)


def _thai(run: Any, *, bold: bool = False) -> None:
    from docx.oxml.ns import qn
    from docx.shared import Pt

    run.font.name = "TH Sarabun New"
    run.font.size = Pt(16)
    run.bold = bold
    fonts = run._r.get_or_add_rPr().get_or_add_rFonts()
    for key in ("w:eastAsia", "w:cs"):
        fonts.set(qn(key), "TH Sarabun New")
    run._r.get_or_add_rPr().get_or_add_sz()


def annual_docx(report: dict[str, Any]) -> bytes:
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm

    document = Document()
    section = document.sections[0]
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    section.left_margin = Cm(3.0)
    section.right_margin = section.top_margin = section.bottom_margin = Cm(2.0)
    for text in (title(report), report["agency"].name_th):
        paragraph = document.add_paragraph()
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        _thai(paragraph.add_run(text), bold=True)
    for part in sections(report):
        _thai(document.add_paragraph().add_run(part["heading"]), bold=True)
        for line in part["lines"]:
            _thai(document.add_paragraph().add_run(line))
        if part["table"]:
            table = document.add_table(rows=len(part["table"]), cols=len(part["table"][0]))
            table.style = "Table Grid"
            for r, row in enumerate(part["table"]):
                for c, text in enumerate(row):
                    _thai(table.cell(r, c).paragraphs[0].add_run(text), bold=r == 0)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def annual_source(params: dict[str, Any]) -> str | None:
    """The print source: the report of an agency and year, in full or aggregates only."""
    from prongsai.agencies.models import Agency
    from prongsai.evaluation import report_queries

    agency = Agency.objects.filter(pk=int(params.get("agency") or 0)).first()
    if agency is None:
        return None
    names = bool(params.get("names"))
    return annual_html(report_queries.annual_report(agency, int(params["year"]), names=names))


def request_annual_pdf(agency: Any, year: int, *, names: bool) -> Any:
    """Ask the printing service for the report as it reads now (a new file when the figures
    change: the key is the fingerprint of the HTML)."""
    from prongsai.evaluation import report_queries
    from prongsai.printing.actions import fingerprint, request_print

    html = annual_html(report_queries.annual_report(agency, year, names=names))
    group = f"evaluation/annual/{agency.pk}/{year}/{'full' if names else 'aggregate'}"
    return request_print(
        key=f"{group}/{fingerprint(html)}",
        group=group,
        source=SOURCE,
        params={"agency": agency.pk, "year": year, "names": names},
    )
