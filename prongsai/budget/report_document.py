"""The published year reports (annual report O13, anti-corruption annual report O38) as
documents: an A4 PDF printed by Chromium off the request path (print source
`budget.year_report`, once per publication), a Word document and an Excel workbook. Thai
official style: Sarabun, Thai numerals, B.E. dates; the totals row is the sum of the rows."""

from __future__ import annotations

import io
from decimal import Decimal
from typing import Any

from prongsai.budget import document, report_queries
from prongsai.budget.models import YearReport
from prongsai.budget.report_queries import ReportData
from prongsai.exports.responses import CONTENT_TYPES, Rendered
from prongsai.exports.xlsx import Table, xlsx_workbook
from prongsai.lib.thai import thai_date, to_thai_digits

SOURCE = "budget.year_report"
HEADER = ["ที่", "โครงการ", "งบประมาณ (บาท)", "ใช้จ่าย (บาท)", "ร้อยละ", "คงเหลือ (บาท)"]


def _percent(value: Any) -> str:
    return "–" if value is None else to_thai_digits(f"{value:.2f}")


def html(data: ReportData) -> str:
    from django.template.loader import render_to_string

    from prongsai.exports.pdf import STATIC_DIR

    assets = {
        "css": document.CSS.read_text(encoding="utf-8"),
        "base_href": (STATIC_DIR / "css").as_uri() + "/",
    }
    context = {
        "agency": data.plan.agency,
        "data": data,
        "year_th": to_thai_digits(data.plan.year),
        "period": document.period(data.first, data.last),
        **assets,
    }
    return render_to_string("budget/report_document.html", context)


def report_source(params: dict[str, Any]) -> str | None:
    """The print HTML of a published report (the "print" job calls this); None when gone."""
    found = (
        YearReport.objects.filter(pk=int(params.get("pk") or 0), published_at__isnull=False)
        .select_related("plan", "plan__agency")
        .first()
    )
    if found is None:
        return None
    return html(report_queries.report_data(found.plan, found.kind, found))


def request_report_pdf(report: YearReport) -> Any:
    from prongsai.printing.actions import request_print

    assert report.published_at is not None
    stamp = report.published_at.strftime("%Y%m%d%H%M%S")
    return request_print(
        key=f"budget/report/{report.pk}/{stamp}",
        group=f"budget/report/{report.pk}",
        source=SOURCE,
        params={"pk": report.pk},
    )


def docx(data: ReportData) -> bytes:
    from docx import Document
    from docx.shared import Cm

    word = Document()
    section = word.sections[0]
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    section.left_margin, section.right_margin = Cm(2.5), Cm(2.0)
    section.top_margin, section.bottom_margin = Cm(2.0), Cm(2.0)
    para = document._para
    para(word, data.title, bold=True, size=20, center=True)
    para(word, data.plan.agency.name_th, bold=True, size=18, center=True)
    para(word, f"ระหว่างวันที่ {document.period(data.first, data.last)}", center=True)
    report = data.report
    if report is not None and report.summary.strip():
        para(word, "๑. สรุปผลการดำเนินงาน", bold=True, size=18)
        para(word, report.summary)
    para(word, "๒. ผลการใช้จ่ายงบประมาณ", bold=True, size=18)
    rows = [
        [
            to_thai_digits(item.project.number),
            item.project.name,
            document.money(item.row.planned),
            document.money(item.row.spent),
            _percent(item.row.percent),
            document.money(item.row.remaining),
        ]
        for item in data.rows
    ]
    total = data.total
    rows.append(
        [
            "",
            "รวม",
            document.money(total.planned),
            document.money(total.spent),
            _percent(total.percent),
            document.money(total.remaining),
        ]
    )
    document._table(word, HEADER, rows, bold_last=True)
    para(word, "๓. ผลการดำเนินงานรายโครงการ", bold=True, size=18)
    for item in data.rows:
        number = to_thai_digits(item.project.number)
        para(word, f"โครงการที่ {number} {item.project.name}", bold=True)
        para(word, item.project.result or "–")
    para(word, "๔. ปัญหาและอุปสรรค", bold=True, size=18)
    para(word, report.problems if report else "–")
    para(word, "๕. ข้อเสนอแนะ", bold=True, size=18)
    para(word, report.suggestions if report else "–")
    if report is not None and report.published_at is not None:
        para(word, f"เผยแพร่เมื่อ {thai_date(report.published_at.date(), thai_digits=True)}")
    buffer = io.BytesIO()
    word.save(buffer)
    return buffer.getvalue()


def xlsx(data: ReportData) -> bytes:
    agency = data.plan.agency
    summary = [
        ["หน่วยงาน", agency.name_th],
        ["รายงาน", data.title],
        ["ช่วงเวลา", f"{thai_date(data.first)} – {thai_date(data.last)}"],
        ["ปัญหาและอุปสรรค", data.report.problems if data.report else ""],
        ["ข้อเสนอแนะ", data.report.suggestions if data.report else ""],
    ]
    rows: list[list[object]] = [
        [
            item.project.number,
            item.project.name,
            item.row.planned,
            item.row.spent,
            item.row.percent if item.row.percent is not None else "",
            item.row.remaining,
            item.project.result,
        ]
        for item in data.rows
    ]
    total = data.total
    rows.append(
        [
            "",
            "รวม",
            total.planned,
            total.spent,
            total.percent if total.percent is not None else "",
            total.remaining,
            "",
        ]
    )
    header = ["ที่", "โครงการ", "งบประมาณ", "ใช้จ่าย", "ร้อยละ", "คงเหลือ", "ผลการดำเนินงาน"]
    table = Table("ผลการดำเนินงาน", header, rows, widths=[6, 45, 14, 14, 8, 14, 60])
    return xlsx_workbook("สรุป", summary, [table])


def rendered(data: ReportData, fmt: str) -> Rendered:
    """The report as a download: "docx" or "xlsx"."""
    slug = data.plan.agency.slug
    name = f"{report_queries.SLUGS[data.kind]}-report-{slug}-{data.plan.year}.{fmt}"
    content = docx(data) if fmt == "docx" else xlsx(data)
    return Rendered(content, CONTENT_TYPES[fmt], name)


# ---------------------------------------------------------------- the anti-corruption plan (O36)


def anti_plan_title(year: int) -> str:
    return f"แผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. {to_thai_digits(year)}"


def _anti_rows(projects: list[Any]) -> list[tuple[Any, list[Any], Any]]:
    return [
        (
            project,
            list(project.activities.all()),
            sum((a.amount for a in project.activities.all()), Decimal("0.00")),
        )
        for project in projects
    ]


def anti_plan_docx(plan: Any, projects: list[Any]) -> bytes:
    """The anti-corruption action plan as a Word document: per project its activities, period,
    budget and responsible person, and the grand total."""
    from docx import Document
    from docx.shared import Cm

    word = Document()
    section = word.sections[0]
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    section.left_margin, section.right_margin = Cm(2.5), Cm(2.0)
    para = document._para
    para(word, anti_plan_title(plan.year), bold=True, size=20, center=True)
    para(word, plan.agency.name_th, bold=True, size=18, center=True)
    grand = Decimal("0.00")
    for project, activities, total in _anti_rows(projects):
        grand += total
        number = to_thai_digits(project.number)
        para(word, f"โครงการที่ {number} {project.name}", bold=True)
        para(word, f"ผู้รับผิดชอบ: {project.responsible}")
        rows = [
            [
                a.name,
                document.period(a.starts_on, a.ends_on),
                document.money(a.amount),
                a.responsible,
            ]
            for a in activities
        ]
        rows.append(["รวม", "", document.money(total), ""])
        header = ["กิจกรรม/ขั้นตอน", "ระยะเวลา", "งบประมาณ", "ผู้รับผิดชอบ"]
        document._table(word, header, rows, bold_last=True)
    para(word, f"รวมงบประมาณทั้งสิ้น {document.money(grand)} บาท", bold=True)
    buffer = io.BytesIO()
    word.save(buffer)
    return buffer.getvalue()


def anti_plan_xlsx(plan: Any, projects: list[Any]) -> bytes:
    rows: list[list[object]] = []
    grand = Decimal("0.00")
    for project, activities, total in _anti_rows(projects):
        grand += total
        for activity in activities:
            rows.append(
                [
                    project.number,
                    project.name,
                    activity.name,
                    thai_date(activity.starts_on),
                    thai_date(activity.ends_on),
                    activity.fund.name,
                    activity.amount,
                    activity.responsible,
                ]
            )
    rows.append(["", "รวม", "", "", "", "", grand, ""])
    header = ["ที่", "โครงการ", "กิจกรรม", "เริ่ม", "สิ้นสุด", "ประเภทเงิน", "งบประมาณ", "ผู้รับผิดชอบ"]
    table = Table("แผนป้องกันการทุจริต", header, rows, widths=[6, 40, 40, 14, 14, 25, 14, 25])
    summary = [["หน่วยงาน", plan.agency.name_th], ["แผน", anti_plan_title(plan.year)]]
    return xlsx_workbook("สรุป", summary, [table])


def anti_plan_file(plan: Any, projects: list[Any], fmt: str) -> Rendered:
    content = anti_plan_docx(plan, projects) if fmt == "docx" else anti_plan_xlsx(plan, projects)
    name = f"anti-corruption-plan-{plan.agency.slug}-{plan.year}.{fmt}"
    return Rendered(content, CONTENT_TYPES[fmt], name)
