"""The loans as a sheet (CSV or XLSX) for the asset officer, the director and those who
oversee the agency: one row a loan, its items in one cell, Thai headings, B.E. dates."""

from typing import Any

from django.utils import timezone

from prongsai.assets.models import Loan
from prongsai.lib.thai import date_input_text

HEADINGS = [
    "เลขที่",
    "วันที่ขอยืม",
    "ผู้ยืม",
    "หน่วยงานที่ยืม",
    "ประเภทการยืม",
    "วัตถุประสงค์",
    "สถานที่นำไปใช้",
    "ตั้งแต่วันที่",
    "กำหนดส่งคืน",
    "สถานะ",
    "ผู้อนุมัติ (ข้อ 208)",
    "ผู้พิจารณา",
    "วันที่ส่งมอบ",
    "วันที่รับคืน",
    "รายการพัสดุ",
]
KIND_THAI = {
    Loan.Kind.INSIDE: "ยืมใช้ภายในสถานที่",
    Loan.Kind.OFF_SITE: "ยืมใช้นอกสถานที่",
    Loan.Kind.AGENCY: "ให้หน่วยงานอื่นยืม",
    Loan.Kind.STANDING: "เบิกไปประจำใช้",
}
STATUS_THAI = {
    Loan.Status.REQUESTED: "ขอยืม",
    Loan.Status.CHECKED: "เจ้าหน้าที่ตรวจสอบแล้ว",
    Loan.Status.APPROVED: "อนุมัติ",
    Loan.Status.REFUSED: "ไม่อนุมัติ",
    Loan.Status.HANDED_OVER: "ส่งมอบแล้ว",
    Loan.Status.RETURNED: "คืนแล้ว",
    Loan.Status.CANCELLED: "ยกเลิก",
}
APPROVER_THAI = {
    Loan.Approver.UNIT_HEAD: "หัวหน้าหน่วยงานที่รับผิดชอบพัสดุ",
    Loan.Approver.DIRECTOR: "ผู้อำนวยการหรือผู้ได้รับมอบอำนาจ",
}


def _day(value: Any) -> str:
    return date_input_text(value) if value else ""


def loan_row(loan: Loan) -> list[Any]:
    items = "; ".join(
        f"{item.asset.number} {item.asset.name}"
        + (f" x {item.quantity}" if item.quantity > 1 else "")
        for item in loan.items.all()
    )
    return [
        loan.pk,
        _day(timezone.localdate(loan.requested_at)),
        loan.borrower.display_name,
        loan.borrower_agency,
        KIND_THAI.get(Loan.Kind(loan.kind), loan.kind),
        loan.purpose,
        loan.place,
        _day(loan.starts_on),
        _day(loan.due_on),
        STATUS_THAI.get(Loan.Status(loan.status), loan.status),
        APPROVER_THAI.get(Loan.Approver(loan.approver), loan.approver),
        loan.decided_by.display_name if loan.decided_by else "",
        _day(loan.handed_over_on),
        _day(loan.returned_on),
        items,
    ]
