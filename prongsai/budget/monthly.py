"""The monthly spending mail as plain functions: when it goes (the first working day of each
month), which month it reports (the one just ended), and its text (Thai, plain, no links to
anything the reader may not open).

Working days: Monday to Friday except the fixed-date national holidays below (วันขึ้นปีใหม่,
วันแรงงาน, วันฉัตรมงคล, วันเฉลิมพระชนมพรรษาพระราชินี, …). Holidays that move (วันมาฆบูชา,
วันสงกรานต์ substitutes) are the working-day calendar's to add; a mail sent a day early or
late on such a day is harmless, and a missed run is made up by the next day's (the command
sends once a month, on or after the first working day)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from prongsai.lib.thai import thai_month_year

FIXED_HOLIDAYS = {(1, 1), (4, 6), (5, 1), (5, 4), (6, 3), (7, 28), (8, 12), (10, 13)}
FIXED_HOLIDAYS |= {(10, 23), (12, 5), (12, 10), (12, 31)}


def is_working_day(day: date) -> bool:
    return day.weekday() < 5 and (day.month, day.day) not in FIXED_HOLIDAYS


def first_working_day(year: int, month: int) -> date:
    day = date(year, month, 1)
    while not is_working_day(day):
        day += timedelta(days=1)
    return day


def month_reported(today: date) -> tuple[date, date]:
    """The first and last day of the month before `today`'s."""
    last = today.replace(day=1) - timedelta(days=1)
    return last.replace(day=1), last


def due(today: date) -> bool:
    """On or after the first working day of the month (a run missed is made up later)."""
    return today >= first_working_day(today.year, today.month)


@dataclass(frozen=True)
class Line:
    number: int
    name: str
    month_spent: Decimal
    spent_to_date: Decimal
    budget_to_date: Decimal
    budget: Decimal

    @property
    def over_budget(self) -> bool:
        return self.spent_to_date > self.budget


def _baht(value: Decimal) -> str:
    return f"{value:,.2f}"


def compose(
    *, agency: str, first: date, whose: str, lines: list[Line], link: str
) -> tuple[str, str]:
    """(subject, body) of one person's mail."""
    month = thai_month_year(first.year + 543, first.month)
    subject = f"สรุปการใช้จ่ายงบประมาณ เดือน{month} {agency}"
    out = [
        f"สรุปการใช้จ่ายงบประมาณเทียบกับแผน เดือน{month}",
        f"{agency} — {whose}",
        "",
    ]
    for line in lines:
        flag = " [เกินงบประมาณ]" if line.over_budget else ""
        out += [
            f"โครงการที่ {line.number} {line.name}{flag}",
            f"  จ่ายในเดือน {_baht(line.month_spent)} บาท",
            f"  จ่ายสะสม {_baht(line.spent_to_date)} บาท "
            f"(แผนถึงไตรมาสนี้ {_baht(line.budget_to_date)} บาท, "
            f"งบประมาณทั้งปี {_baht(line.budget)} บาท)",
        ]
    month_total = sum((line.month_spent for line in lines), Decimal("0.00"))
    to_date = sum((line.spent_to_date for line in lines), Decimal("0.00"))
    budget = sum((line.budget for line in lines), Decimal("0.00"))
    out += [
        "",
        f"รวม {len(lines)} โครงการ: จ่ายในเดือน {_baht(month_total)} บาท, "
        f"จ่ายสะสม {_baht(to_date)} บาท จากงบประมาณ {_baht(budget)} บาท",
        "",
        f"ดูรายละเอียด: {link}",
    ]
    return subject, "\n".join(out)
