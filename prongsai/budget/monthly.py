"""The monthly spending mail as plain functions: when it goes (the first working day of each
month), which month it reports (the one just ended), and its text (Thai, plain, no links to
anything the reader may not open).

Working days are the working-day calendar's (prongsai.workdays: weekends and the holidays the
administrator keeps); a missed run is made up by the next day's (the command sends once a
month, on or after the first working day)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from prongsai.lib.thai import thai_month_year
from prongsai.workdays.calendar import first_working_day_of_month


def first_working_day(year: int, month: int) -> date:
    return first_working_day_of_month(year, month)


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
