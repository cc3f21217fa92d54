"""Purchases read from a sheet (the e-GP export or the school's own), checked row by row with
Thai messages; nothing is saved here. Headings are matched by name, in any order, with the
other names people and e-GP use for the same column."""

import re
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from django.utils.translation import gettext as _

from prongsai.agencies.people_import import SheetError, read_table
from prongsai.lib.fiscal import fiscal_year_bounds
from prongsai.lib.thai import parse_thai_date
from prongsai.procurement import rules
from prongsai.procurement.actions import PurchaseData
from prongsai.procurement.models import Method

__all__ = ["HEADINGS", "SheetError", "SheetRow", "parse_purchases", "read_table"]

HEADINGS = [
    ("purchased_on", "วันที่จัดซื้อจัดจ้าง"),
    ("what", "งานที่จัดซื้อหรือจัดจ้าง"),
    ("ceiling", "วงเงินที่จะซื้อหรือจ้าง"),
    ("reference_price", "ราคากลาง"),
    ("method", "วิธีซื้อหรือจ้าง"),
    ("bidders", "รายชื่อผู้เสนอราคาและราคาที่เสนอ"),
    ("supplier", "ผู้ได้รับการคัดเลือก"),
    ("agreed_price", "ราคาที่ตกลงซื้อหรือจ้าง"),
    ("reason", "เหตุผลที่คัดเลือกโดยสรุป"),
    ("contract_number", "เลขที่สัญญา"),
    ("contract_date", "วันที่สัญญา"),
    ("egp_number", "เลขที่โครงการ"),
    ("durable", "ครุภัณฑ์"),
]
ALIASES = {
    "วันที่": "purchased_on",
    "รายการ": "what",
    "ชื่อโครงการ": "what",
    "วงเงิน": "ceiling",
    "วงเงินงบประมาณ": "ceiling",
    "วิธีการจัดหา": "method",
    "วิธีการจัดซื้อจัดจ้าง": "method",
    "ผู้เสนอราคา": "bidders",
    "ผู้ชนะ": "supplier",
    "ผู้ชนะการเสนอราคา": "supplier",
    "ผู้ขาย/ผู้รับจ้าง": "supplier",
    "ราคาที่ตกลง": "agreed_price",
    "จำนวนเงิน": "agreed_price",
    "เหตุผล": "reason",
    "เลขที่ใบสั่งซื้อ": "contract_number",
    "เลขที่สัญญาหรือใบสั่ง": "contract_number",
    "เลขที่โครงการe-gp": "egp_number",
    "เลขที่โครงการในระบบe-gp": "egp_number",
}
REQUIRED = ("purchased_on", "what", "ceiling", "method", "supplier", "agreed_price")
MAX_ROWS = 2000
EXAMPLE = [
    "05/10/2566",
    "จัดซื้อกระดาษถ่ายเอกสาร A4 จำนวน 50 รีม",
    "๖,๐๐๐",
    "6,000",
    "เฉพาะเจาะจง",
    "ร้านสมใจพาณิชย์ 5,750; ร้านดีเลิศ 5,900",
    "ร้านสมใจพาณิชย์",
    "5,750 บาท",
    "ราคาต่ำสุด เสนอราคาไม่เกินวงเงิน",
    "1/2567",
    "05/10/2566",
    "66109012345",
    "ไม่ใช่",
]
_EXCEL_DATETIME = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:[ T]00:00:00)?$")
_YES = {"ใช่", "yes", "y", "1", "true", "ครุภัณฑ์", "/", "✓"}


def _key(text: str) -> str:
    return "".join(str(text).split()).lower()


COLUMNS = (
    {_key(thai): name for name, thai in HEADINGS}
    | {_key(name): name for name, _thai in HEADINGS}
    | {_key(alias): name for alias, name in ALIASES.items()}
)


def heading_row() -> list[str]:
    return [thai for _name, thai in HEADINGS]


def parse_method(text: str) -> str | None:
    lowered = _key(text)
    if not lowered:
        return None
    if "เฉพาะเจาะจง" in lowered or lowered == "specific":
        return Method.SPECIFIC
    if "e-market" in lowered or "emarket" in lowered or "ตลาดอิเล็กทรอนิกส์" in lowered:
        return Method.E_MARKET
    if "e-bidding" in lowered or "ebidding" in lowered or "ประกวดราคา" in lowered:
        return Method.E_BIDDING
    if "คัดเลือก" in lowered or lowered == "selection":
        return Method.SELECTION
    return None


def _date(text: str) -> date | None:
    excel = _EXCEL_DATETIME.match(text.strip())
    if excel:  # a date cell of an XLSX, read as a Christian-era date
        try:
            return date(int(excel[1]), int(excel[2]), int(excel[3]))
        except ValueError:
            return None
    return parse_thai_date(text)


@dataclass
class SheetRow:
    line: int
    values: dict[str, str]
    clean: dict[str, Any] = field(default_factory=dict)  # JSON-safe: signed into the preview
    errors: list[str] = field(default_factory=list)


def parse_purchases(table: list[list[str]], *, year: int) -> list[SheetRow]:
    """Check every row against the fiscal year; each carries its Thai errors. SheetError for
    the file as a whole."""
    non_empty = [
        (index, row) for index, row in enumerate(table, start=1) if any(str(c).strip() for c in row)
    ]
    if not non_empty:
        raise SheetError(_("The file is empty."))
    heading_line, heading = non_empty[0]
    columns = [COLUMNS.get(_key(cell), "") for cell in heading]
    if any(name not in columns for name in REQUIRED):
        raise SheetError(
            _("Line %(line)d must be the heading row with the columns %(columns)s.")
            % {"line": heading_line, "columns": ", ".join(heading_row())}
        )
    if len(non_empty) - 1 > MAX_ROWS:
        raise SheetError(_("At most %(max)d purchases per file.") % {"max": MAX_ROWS})
    rows = []
    for line, cells in non_empty[1:]:
        values = {
            column: str(cell).strip()
            for column, cell in zip(columns, cells, strict=False)
            if column
        }
        row = SheetRow(line=line, values=values)
        _check_row(row, year)
        rows.append(row)
    if not rows:
        raise SheetError(_("The file has a heading row but no purchases under it."))
    return rows


def _amount(row: SheetRow, name: str, label: str, *, required: bool) -> None:
    typed = row.values.get(name, "")
    if not typed:
        if required:
            row.errors.append(_("“%(column)s” is empty") % {"column": label})
        row.clean[name] = None
        return
    value = rules.parse_baht(typed)
    if value is None:
        row.errors.append(
            _(
                "“%(column)s”: “%(value)s” is not an amount in baht above zero "
                "(for example 1,500.50)"
            )
            % {"column": label, "value": typed[:40]}
        )
    row.clean[name] = None if value is None else str(value)


def _check_row(row: SheetRow, year: int) -> None:
    values, clean, errors = row.values, row.clean, row.errors
    labels = dict(HEADINGS)
    day = _date(values.get("purchased_on", ""))
    start, end = fiscal_year_bounds(year)
    if day is None:
        errors.append(
            _(
                "the date “%(value)s” is not a date (write day/month/B.E. year, "
                "for example 05/10/2566)"
            )
            % {"value": values.get("purchased_on", "")[:40]}
        )
    elif not start <= day <= end:
        errors.append(
            _("the date %(date)s is outside fiscal year %(year)s")
            % {"date": rules.short_date(day), "year": year}
        )
    clean["purchased_on"] = day.isoformat() if day else None
    for name in ("what", "supplier", "reason", "contract_number", "egp_number"):
        clean[name] = " ".join(values.get(name, "").split())
    for name in ("what", "supplier"):
        if not clean[name]:
            errors.append(_("“%(column)s” is empty") % {"column": labels[name]})
    for name, limit in (
        ("what", 300),
        ("supplier", 200),
        ("reason", 300),
        ("contract_number", 60),
        ("egp_number", 30),
    ):
        if len(clean[name]) > limit:
            errors.append(
                _("“%(column)s” is longer than %(max)d characters")
                % {"column": labels[name], "max": limit}
            )
    clean["reason"] = clean["reason"] or "ราคาต่ำสุด"
    _amount(row, "ceiling", labels["ceiling"], required=True)
    _amount(row, "reference_price", labels["reference_price"], required=False)
    _amount(row, "agreed_price", labels["agreed_price"], required=True)
    both = clean["ceiling"] and clean["agreed_price"]
    if both and Decimal(clean["agreed_price"]) > Decimal(clean["ceiling"]):
        errors.append(_("the agreed price is above the ceiling"))
    method = parse_method(values.get("method", ""))
    if method is None:
        errors.append(
            _("the method “%(value)s” is unknown; write เฉพาะเจาะจง, e-market, e-bidding or คัดเลือก")
            % {"value": values.get("method", "")[:40]}
        )
    clean["method"] = method
    bidders, bidder_errors = rules.parse_bidders(values.get("bidders", ""))
    errors.extend(bidder_errors)
    clean["bidders"] = [[bidder.name, str(bidder.price)] for bidder in bidders]
    contract = values.get("contract_date", "")
    contract_day = _date(contract) if contract else None
    if contract and contract_day is None:
        errors.append(
            _("the contract date “%(value)s” is not a date (write day/month/B.E. year)")
            % {"value": contract[:40]}
        )
    clean["contract_date"] = contract_day.isoformat() if contract_day else None
    clean["durable"] = _key(values.get("durable", "")) in _YES


def purchase_data(clean: dict[str, Any]) -> PurchaseData:
    """A checked row (from the signed preview) as the action's data."""
    return PurchaseData(
        purchased_on=date.fromisoformat(clean["purchased_on"]),
        what=clean["what"],
        ceiling=Decimal(clean["ceiling"]),
        reference_price=Decimal(clean["reference_price"]) if clean["reference_price"] else None,
        method=clean["method"],
        supplier=clean["supplier"],
        agreed_price=Decimal(clean["agreed_price"]),
        reason=clean["reason"],
        contract_number=clean["contract_number"],
        contract_date=date.fromisoformat(clean["contract_date"])
        if clean["contract_date"]
        else None,
        egp_number=clean["egp_number"],
        durable=clean["durable"],
        bidders=[rules.BidderLine(name, Decimal(price)) for name, price in clean["bidders"]],
    )
