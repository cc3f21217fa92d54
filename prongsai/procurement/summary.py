"""The monthly summary, แบบ สขร.1, as plain rows in the exact column order of THAI-RULES.md
§4.4 (the page, the printed PDF and the XLSX read the same rows). The form is an official
Thai document: its wording is Thai whatever the reader's language."""

from dataclasses import dataclass
from decimal import Decimal

from django.utils import timezone

from prongsai.agencies.models import Agency
from prongsai.procurement import queries, rules
from prongsai.procurement.models import ZERO, Method, Purchase

FORM = "แบบ สขร.1"
COLUMNS = (
    "ลำดับที่",
    "งานที่จัดซื้อหรือจัดจ้าง",
    "วงเงินที่จะซื้อหรือจ้าง (บาท)",
    "ราคากลาง (บาท)",
    "วิธีซื้อหรือจ้าง",
    "รายชื่อผู้เสนอราคาและราคาที่เสนอ",
    "ผู้ได้รับการคัดเลือกและราคาที่ตกลงซื้อหรือจ้าง",
    "เหตุผลที่คัดเลือกโดยสรุป",
    "เลขที่และวันที่ของสัญญาหรือข้อตกลงในการซื้อหรือจ้าง",
)
# What the form says of a month without rows, or of the month under way (always Thai).
NONE = "ไม่มีการจัดซื้อจัดจ้างในเดือนนี้"
SO_FAR = "ยังไม่สิ้นเดือน: รายการที่บันทึกไว้จนถึงวันที่จัดทำเอกสาร"
NONE_SO_FAR = "ยังไม่สิ้นเดือน: ยังไม่มีการจัดซื้อจัดจ้างที่บันทึกไว้จนถึงวันที่จัดทำเอกสาร"
METHOD_TH: dict[str, str] = {
    Method.SPECIFIC: "วิธีเฉพาะเจาะจง",
    Method.E_MARKET: "วิธีตลาดอิเล็กทรอนิกส์ (e-market)",
    Method.E_BIDDING: "วิธีประกวดราคาอิเล็กทรอนิกส์ (e-bidding)",
    Method.SELECTION: "วิธีคัดเลือก",
}


@dataclass(frozen=True)
class Row:
    number: int
    what: str
    ceiling: str
    reference_price: str
    method: str
    bidders: list[str]
    selected: str
    reason: str
    contract: str
    egp_number: str

    def cells(self) -> list[str]:
        """The nine columns, in order, as text (the XLSX's row)."""
        return [
            str(self.number),
            self.what,
            self.ceiling,
            self.reference_price,
            self.method,
            "\n".join(self.bidders),
            self.selected,
            self.reason,
            self.contract,
        ]


@dataclass(frozen=True)
class Month:
    agency: Agency
    year: int
    month: int
    title: str  # "สรุปผลการดำเนินการจัดซื้อจัดจ้างในรอบเดือน ตุลาคม พ.ศ. 2566"
    rows: list[Row]
    ceiling: Decimal
    amount: Decimal
    state: str = rules.PAST  # rules.PAST, CURRENT or FUTURE on the day it is read

    @property
    def empty(self) -> bool:
        return not self.rows

    @property
    def future(self) -> bool:
        return self.state == rules.FUTURE

    @property
    def current(self) -> bool:
        return self.state == rules.CURRENT


def priced(name: str, price: Decimal) -> str:
    return f"{name} ราคา {rules.money(price)} บาท"


def row(number: int, purchase: Purchase) -> Row:
    contract = purchase.contract_number
    if purchase.contract_date:
        dated = f"ลงวันที่ {rules.short_date(purchase.contract_date)}"
        contract = f"{contract} {dated}".strip()
    return Row(
        number=number,
        what=purchase.what,
        ceiling=rules.money(purchase.ceiling),
        reference_price=rules.money(purchase.reference_price) or "-",
        method=METHOD_TH.get(purchase.method, purchase.method),
        bidders=[
            f"{index}. {priced(bidder.name, bidder.price)}"
            for index, bidder in enumerate(purchase.bidders.all(), start=1)
        ],
        selected=priced(purchase.supplier, purchase.agreed_price),
        reason=purchase.reason,
        contract=contract or "-",
        egp_number=purchase.egp_number,
    )


def month_summary(agency: Agency, year: int, month: int) -> Month:
    purchases = queries.purchases_of_month(agency, year, month)
    return Month(
        agency=agency,
        year=year,
        month=month,
        title=f"สรุปผลการดำเนินการจัดซื้อจัดจ้างในรอบเดือน {rules.month_title(year, month)}",
        rows=[row(number, purchase) for number, purchase in enumerate(purchases, start=1)],
        ceiling=sum((purchase.ceiling for purchase in purchases), start=ZERO),
        amount=sum((purchase.agreed_price for purchase in purchases), start=ZERO),
        state=rules.month_state(year, month, timezone.localdate()),
    )
