"""The school's plan sheet (XLSX or CSV): one row per activity, the project's columns repeated.

Columns, by their Thai headings (order free, extra columns ignored): โครงการที่ | ชื่อโครงการ |
แผนงาน | ผู้รับผิดชอบโครงการ | กิจกรรม | เริ่ม | สิ้นสุด | ประเภทเงิน | งบประมาณ |
ผู้รับผิดชอบกิจกรรม. Every row is checked and each problem named with its row number; the
import then takes all the rows or none (actions.import_plan)."""

from __future__ import annotations

import io
import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from django.utils.translation import gettext as _

from prongsai.agencies.people_import import SheetError, read_table
from prongsai.budget import rules
from prongsai.budget.models import Fund, Plan, Project
from prongsai.exports.cells import safe_xlsx_append
from prongsai.lib.fiscal import fiscal_year_bounds
from prongsai.lib.thai import parse_thai_date

__all__ = ["HEADINGS", "SheetError", "SheetRow", "parse_plan", "read_table", "template_xlsx"]

HEADINGS = {
    "number": "โครงการที่",
    "project": "ชื่อโครงการ",
    "area": "แผนงาน",
    "project_responsible": "ผู้รับผิดชอบโครงการ",
    "activity": "กิจกรรม",
    "starts_on": "เริ่ม",
    "ends_on": "สิ้นสุด",
    "fund": "ประเภทเงิน",
    "amount": "งบประมาณ",
    "responsible": "ผู้รับผิดชอบกิจกรรม",
}
AREAS = {"วิชาการ": "academic", "งบประมาณ": "budget", "บุคคล": "personnel", "ทั่วไป": "general"}
MAX_ROWS = 2000
_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})( 00:00:00)?")


@dataclass
class SheetRow:
    line: int  # the row number in the sheet, as the person sees it
    clean: dict[str, Any] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)


def _key(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _columns(heading: list[str]) -> dict[str, int]:
    found = {_key(text): index for index, text in enumerate(heading)}
    columns = {name: found.get(_key(title), -1) for name, title in HEADINGS.items()}
    missing = [HEADINGS[name] for name, index in columns.items() if index < 0]
    if missing:
        raise SheetError(
            _("The sheet lacks the columns %(names)s. Start from the template.")
            % {"names": ", ".join(missing)}
        )
    return columns


def _date(text: str) -> date | None:
    match = _ISO.fullmatch(text)
    if match:  # a date cell of Excel
        try:
            return date(int(match[1]), int(match[2]), int(match[3]))
        except ValueError:
            return None
    return parse_thai_date(text)


def parse_plan(plan: Plan, table: list[list[str]]) -> list[SheetRow]:
    """Each data row with what it says (clean) or what is wrong with it (errors)."""
    start = next(
        (i for i, row in enumerate(table) if _key(HEADINGS["number"]) in map(_key, row)), None
    )
    if start is None:
        raise SheetError(
            _("The sheet has no heading row with “โครงการที่”. Start from the template.")
        )
    columns = _columns(table[start])
    body = [(start + 2 + i, row) for i, row in enumerate(table[start + 1 :]) if any(row)]
    if not body:
        raise SheetError(_("The sheet has no activity rows under its headings."))
    if len(body) > MAX_ROWS:
        raise SheetError(_("The sheet has more than %(n)s rows.") % {"n": MAX_ROWS})
    funds = {_key(f.name): f.pk for f in Fund.objects.filter(plan=plan)}
    taken = set(Project.objects.filter(plan=plan).values_list("number", flat=True))
    names: dict[int, str] = {}
    rows = []
    for line, cells in body:
        values = {
            name: (cells[index].strip() if index < len(cells) else "")
            for name, index in columns.items()
        }
        rows.append(_check(plan, line, values, funds, taken, names))
    return rows


def _check(
    plan: Plan,
    line: int,
    values: dict[str, str],
    funds: dict[str, int],
    taken: set[int],
    names: dict[int, str],
) -> SheetRow:
    row = SheetRow(line)
    errors, clean = row.errors, row.clean
    number_text = values["number"].removesuffix(".0")
    if not number_text.isdigit() or not 1 <= int(number_text) <= 999:
        errors.append(_("โครงการที่: type the project's number (1 to 999)."))
    else:
        number = int(number_text)
        clean["number"] = number
        if number in taken:
            errors.append(
                _("Project %(number)s is already in the plan; give the new project another number.")
                % {"number": number}
            )
        elif values["project"] and names.setdefault(number, values["project"]) != values["project"]:
            errors.append(
                _("Project %(number)s has another name on an earlier row: “%(name)s”.")
                % {"number": number, "name": names[number]}
            )
    for name, message in (
        ("project", _("ชื่อโครงการ: type the project's name.")),
        ("activity", _("กิจกรรม: type the activity.")),
        ("project_responsible", _("ผู้รับผิดชอบโครงการ: type who is responsible.")),
    ):
        if not values[name]:
            errors.append(message)
        clean[name] = values[name][:300]
    clean["responsible"] = (values["responsible"] or values["project_responsible"])[:200]
    area = AREAS.get(_key(values["area"]))
    if area is None:
        errors.append(_("แผนงาน: write วิชาการ, งบประมาณ, บุคคล or ทั่วไป."))
    clean["area"] = area
    for name in ("starts_on", "ends_on"):
        day = _date(values[name])
        if day is None:
            errors.append(
                _("%(column)s: type the date as day/month/B.E. year, for example 1/10/2566.")
                % {"column": HEADINGS[name]}
            )
        elif not rules.in_year(day, plan.year):
            errors.append(
                _("%(column)s: the date is outside fiscal year %(year)s.")
                % {"column": HEADINGS[name], "year": plan.year}
            )
        clean[name] = day.isoformat() if day else None
    if clean["starts_on"] and clean["ends_on"] and clean["ends_on"] < clean["starts_on"]:
        errors.append(_("สิ้นสุด: the activity ends before it starts."))
    fund = funds.get(_key(values["fund"]))
    if fund is None:
        errors.append(
            _(
                "ประเภทเงิน: “%(name)s” is not a kind of money of this plan; add it first or "
                "fix the name."
            )
            % {"name": values["fund"][:60]}
        )
    clean["fund"] = fund
    amount = rules.parse_baht(values["amount"] or "0", allow_zero=True)
    if amount is None:
        errors.append(_("งบประมาณ: type the amount in baht, 0 or more, for example 3500."))
    clean["amount"] = str(amount) if amount is not None else None
    return row


def template_xlsx(plan: Plan) -> bytes:
    """The blank sheet: the headings, one example row, and the plan's kinds of money."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "แผนปฏิบัติการ"
    safe_xlsx_append(sheet, list(HEADINGS.values()))
    start, _end = fiscal_year_bounds(plan.year)
    fund = Fund.objects.filter(plan=plan).order_by("order", "pk").first()
    safe_xlsx_append(
        sheet,
        [1, "โครงการตัวอย่าง", "วิชาการ", "นางสมใจ ใฝ่ดี", "กิจกรรมตัวอย่าง",
         f"{start.day}/{start.month}/{start.year + 543}", f"31/12/{start.year + 543}",
         fund.name if fund else "", "3500", "นางสมใจ ใฝ่ดี"],
    )  # fmt: skip
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    funds = workbook.create_sheet("ประเภทเงิน")
    for each in Fund.objects.filter(plan=plan).order_by("order", "pk"):
        safe_xlsx_append(funds, [each.name])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
