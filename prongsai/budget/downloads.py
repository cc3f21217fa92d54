"""The budget reports as Excel workbooks (prongsai.exports.xlsx): a summary sheet and the
report's table, its last row the total. Text cells go through exports.cells (no formulas)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from prongsai.agencies.models import Agency
from prongsai.budget import queries, rules
from prongsai.budget.models import Plan
from prongsai.exports.responses import CONTENT_TYPES, Rendered
from prongsai.exports.xlsx import Table, xlsx_workbook
from prongsai.lib.fiscal import quarter_label
from prongsai.lib.thai import thai_date


def _summary(agency: Agency, title: str, first: date, last: date) -> list[list[str]]:
    return [
        ["หน่วยงาน", agency.name_th],
        ["รายงาน", title],
        ["ช่วงเวลา", f"{thai_date(first)} – {thai_date(last)}"],
    ]


def quarter_xlsx(agency: Agency, plan: Plan, quarter: int) -> Rendered:
    report = queries.quarter_report(plan, quarter)
    title = f"รายงานผลการใช้จ่ายงบประมาณ {quarter_label(plan.year, quarter)} ปีงบประมาณ {plan.year}"
    rows: list[list[object]] = [
        [row.name, row.brought_forward, row.received, row.spent, row.balance] for row in report.rows
    ]
    total = report.total
    rows.append(["รวม", total.brought_forward, total.received, total.spent, total.balance])
    table = Table(
        f"ไตรมาส {quarter}",
        ["บัญชี/ประเภทเงิน", "ยอดยกมา", "รับในไตรมาส", "จ่ายในไตรมาส", "คงเหลือ"],
        rows,
        widths=[40],
    )
    content = xlsx_workbook("สรุป", _summary(agency, title, report.first, report.last), [table])
    return Rendered(
        content, CONTENT_TYPES["xlsx"], f"budget-{agency.slug}-{plan.year}-q{quarter}.xlsx"
    )


def half_year_xlsx(agency: Agency, plan: Plan, *, anti_corruption: bool = False) -> Rendered:
    """The six-month report (O12), or that of the anti-corruption plan's projects (O37)."""
    first, last = rules.half_year(plan.year)
    items, total = queries.progress(plan, first, last, anti_corruption=anti_corruption)
    title = f"รายงานการกำกับติดตามการดำเนินงานและการใช้งบประมาณ รอบ 6 เดือน ปีงบประมาณ {plan.year}"
    if anti_corruption:
        title = f"รายงานการกำกับติดตามการดำเนินการป้องกันการทุจริต รอบ 6 เดือน ปีงบประมาณ {plan.year}"
    rows: list[list[object]] = [
        [
            item.project.number,
            item.project.name,
            item.project.responsible,
            item.row.planned,
            item.row.spent,
            item.row.percent if item.row.percent is not None else "",
            item.row.remaining,
            f"{item.row.started}/{item.row.activities}",
        ]
        for item in items
    ]
    percent = total.percent if total.percent is not None else Decimal(0)
    rows.append(["", "รวม", "", total.planned, total.spent, percent, total.remaining, ""])
    table = Table(
        "รอบ 6 เดือน",
        ["ที่", "โครงการ", "ผู้รับผิดชอบ", "งบประมาณทั้งปี", "ใช้จ่าย ต.ค.–มี.ค.", "ร้อยละ",
         "คงเหลือ", "กิจกรรมที่ดำเนินการ"],
        rows,
        widths=[6, 45, 25],
    )  # fmt: skip
    content = xlsx_workbook("สรุป", _summary(agency, title, first, last), [table])
    name = f"budget-{agency.slug}-{plan.year}-{'anti-corruption-' if anti_corruption else ''}half"
    return Rendered(content, CONTENT_TYPES["xlsx"], f"{name}.xlsx")
