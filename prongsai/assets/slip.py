"""The loan slip (ใบยืมพัสดุ) in the common government layout (THAI-RULES.md §1.3): header,
borrower, purpose, place and period, the item table with asset numbers, the undertaking with
the ข้อ 209 wording, signature blocks, the in-premises / off-site boxes, the hand-over and
return blocks and the two footnotes. Always Thai, Thai numerals, Buddhist-era dates, a QR code
to the loan. PDF through Chromium (`exports.pdf`), DOCX through python-docx (slip_docx)."""

from dataclasses import dataclass
from datetime import date
from typing import Any

from django.utils import timezone

from prongsai.agencies.models import Agency, Membership
from prongsai.assets.models import Loan
from prongsai.lib.thai import THAI_MONTHS, be_year, to_thai_digits

BLANK = "." * 40
UNDERTAKING = (
    "ข้าพเจ้าจะดูแลรักษาพัสดุที่ยืมไปเป็นอย่างดี และจะส่งคืนในสภาพที่ใช้การได้เรียบร้อย "
    "หากเกิดชำรุดเสียหาย หรือใช้การไม่ได้ หรือสูญหายไป ข้าพเจ้าจะจัดการแก้ไขซ่อมแซมให้คงสภาพเดิม"
    "โดยเสียค่าใช้จ่ายของตนเอง หรือชดใช้เป็นพัสดุประเภท ชนิด ขนาด ลักษณะและคุณภาพอย่างเดียวกัน "
    "หรือชดใช้เป็นเงินตามราคาที่เป็นอยู่ในขณะยืม ตามหลักเกณฑ์ที่กระทรวงการคลังกำหนด"
)
FOOTNOTES = (
    "ผู้อนุมัติ ได้แก่ หัวหน้าหน่วยงานผู้ให้ยืม หรือผู้ที่ได้รับมอบอำนาจ",
    "เมื่อครบกำหนดยืม ให้ผู้อนุมัติหรือผู้ที่ได้รับมอบหมายติดตามทวงพัสดุคืนภายใน ๗ วันนับแต่วันครบกำหนด",
)
CONDITIONS = {
    "usable": "ใช้การได้",
    "damaged": "ชำรุด",
    "deteriorated": "เสื่อมสภาพ",
    "lost": "สูญไป",
    "not_needed": "ไม่จำเป็นต้องใช้",
}


def slip_date(day: date | None) -> str:
    """ "๕ ธันวาคม พ.ศ. ๒๕๖๙", or dots to fill by hand."""
    if day is None:
        return BLANK
    month = THAI_MONTHS[day.month - 1]
    return f"{to_thai_digits(day.day)} {month} พ.ศ. {to_thai_digits(be_year(day.year))}"


@dataclass(frozen=True)
class Row:
    number: str
    name: str
    quantity: str
    asset_number: str
    remark: str


@dataclass(frozen=True)
class Signature:
    role: str
    name: str
    day: str = ""


@dataclass(frozen=True)
class Box:
    label: str
    ticked: bool


def slip_context(loan: Loan, url: str) -> dict[str, Any]:
    """Everything the slip prints, as text ready to place (both PDF and DOCX read this)."""
    member = (
        Membership.objects.filter(agency=loan.agency, user=loan.borrower)
        .select_related("unit")
        .order_by("pk")
        .first()
    )
    items = list(loan.items.all())
    rows = []
    for index, item in enumerate(items, start=1):
        asset = item.asset
        remark = " ".join(
            part for part in (asset.brand_model, asset.serial and f"S/N {asset.serial}") if part
        )
        rows.append(
            Row(
                to_thai_digits(index),
                asset.name,
                f"{to_thai_digits(item.quantity)} {asset.unit_of_count}".strip(),
                to_thai_digits(asset.number),
                remark,
            )
        )
    days = ""
    if loan.due_on:
        days = to_thai_digits((loan.due_on - loan.starts_on).days + 1)
    decided = loan.status not in (Loan.Status.REQUESTED, Loan.Status.CHECKED, Loan.Status.CANCELLED)
    conditions_back = {item.condition_back for item in items if item.condition_back}
    return {
        "loan": loan,
        "agency": loan.agency,
        "number": to_thai_digits(loan.pk),
        "requested_on": slip_date(timezone.localdate(loan.requested_at)),
        "borrower": loan.borrower.display_name,
        "position": (member.position if member else "") or BLANK,
        "unit": (member.unit.name_th if member and member.unit else "") or BLANK,
        "phone": to_thai_digits(loan.borrower.phone) if loan.borrower.phone else BLANK,
        "borrower_agency": loan.borrower_agency,
        "purpose": loan.purpose,
        "place": loan.place,
        "starts_on": slip_date(loan.starts_on),
        "due_on": slip_date(loan.due_on) if loan.due_on else "ไม่มีกำหนดคืน (เบิกไปประจำใช้)",
        "days": days,
        "rows": rows,
        "undertaking": UNDERTAKING,
        "return_by": slip_date(loan.due_on) if loan.due_on else BLANK,
        "boxes": [
            Box("ยืมใช้ภายในสถานที่ของหน่วยงาน", loan.kind == Loan.Kind.INSIDE),
            Box("ยืมใช้นอกสถานที่", loan.kind in (Loan.Kind.OFF_SITE, Loan.Kind.AGENCY)),
            Box("เบิกไปประจำใช้ (ไม่มีกำหนดคืน)", loan.kind == Loan.Kind.STANDING),
        ],
        "decision": ("อนุมัติ" if loan.status != Loan.Status.REFUSED else "ไม่อนุมัติ") if decided else "",
        "sign_request": [
            Signature("ผู้ยืมพัสดุ", loan.borrower.display_name),
            Signature("หัวหน้าหน่วยงานผู้ยืม", ""),
        ],
        "sign_check": [
            Signature(
                "เจ้าหน้าที่พัสดุ/ผู้ที่ได้รับมอบหมาย",
                loan.checked_by.display_name if loan.checked_by else "",
                slip_date(timezone.localdate(loan.checked_at)) if loan.checked_at else "",
            ),
            Signature(
                "ผู้อนุมัติ",
                loan.decided_by.display_name if loan.decided_by else "",
                slip_date(timezone.localdate(loan.decided_at)) if loan.decided_at else "",
            ),
        ],
        "handed_over": Box(
            f"ได้รับพัสดุจากหน่วยงานแล้วเมื่อวันที่ {slip_date(loan.handed_over_on)}",
            loan.handed_over_on is not None,
        ),
        "sign_hand_over": [
            Signature("ผู้ยืมพัสดุ", loan.borrower.display_name if loan.handed_over_on else ""),
            Signature("ผู้จ่ายพัสดุ", loan.handed_over_by.display_name if loan.handed_over_by else ""),
        ],
        "returned": Box(
            f"ได้ส่งคืนพัสดุแล้วเมื่อวันที่ {slip_date(loan.returned_on)}", loan.returned_on is not None
        ),
        "condition_back": ", ".join(
            CONDITIONS.get(value, value) for value in sorted(conditions_back)
        )
        if conditions_back
        else BLANK,
        "sign_return": [
            Signature("ผู้ยืม/ผู้ส่งคืน", loan.borrower.display_name if loan.returned_on else ""),
            Signature("ผู้รับคืน", loan.received_by.display_name if loan.received_by else ""),
        ],
        "footnotes": [(to_thai_digits(index), text) for index, text in enumerate(FOOTNOTES, 1)],
        "decision_note": loan.decision_note,
        "url": url,
    }


def blank_context(agency: Agency, url: str) -> dict[str, Any]:
    """The same slip with every blank a dotted line: the form to fill by hand."""
    return {
        "agency": agency,
        "number": BLANK[:12],
        "requested_on": BLANK,
        "borrower": BLANK,
        "position": BLANK,
        "unit": BLANK,
        "phone": BLANK,
        "borrower_agency": "",
        "purpose": BLANK,
        "place": BLANK,
        "starts_on": BLANK,
        "due_on": BLANK,
        "days": BLANK[:8],
        "rows": [Row(to_thai_digits(index), "", "", "", "") for index in range(1, 6)],
        "undertaking": UNDERTAKING,
        "return_by": BLANK,
        "boxes": [
            Box("ยืมใช้ภายในสถานที่ของหน่วยงาน", False),
            Box("ยืมใช้นอกสถานที่", False),
            Box("เบิกไปประจำใช้ (ไม่มีกำหนดคืน)", False),
        ],
        "decision": "",
        "decision_note": "",
        "sign_request": [Signature("ผู้ยืมพัสดุ", ""), Signature("หัวหน้าหน่วยงานผู้ยืม", "")],
        "sign_check": [
            Signature("เจ้าหน้าที่พัสดุ/ผู้ที่ได้รับมอบหมาย", ""),
            Signature("ผู้อนุมัติ", ""),
        ],
        "handed_over": Box(f"ได้รับพัสดุจากหน่วยงานแล้วเมื่อวันที่ {BLANK}", False),
        "sign_hand_over": [Signature("ผู้ยืมพัสดุ", ""), Signature("ผู้จ่ายพัสดุ", "")],
        "returned": Box(f"ได้ส่งคืนพัสดุแล้วเมื่อวันที่ {BLANK}", False),
        "condition_back": BLANK,
        "sign_return": [Signature("ผู้ยืม/ผู้ส่งคืน", ""), Signature("ผู้รับคืน", "")],
        "footnotes": [(to_thai_digits(index), text) for index, text in enumerate(FOOTNOTES, 1)],
        "url": url,
    }


def slip_html(loan: Loan, url: str) -> str:
    from django.template.loader import render_to_string
    from django.utils.safestring import mark_safe

    from prongsai.assets.files import qr_svg
    from prongsai.exports.pdf import print_assets

    context = slip_context(loan, url)
    context["qr"] = mark_safe(qr_svg(url))  # noqa: S308 -- paths drawn by qrcode, no text of ours
    context["css"] = render_to_string("assets/slip.css")
    context["base_href"] = print_assets("report.css")["base_href"]
    return render_to_string("assets/slip_document.html", context)


def file_name(loan: Loan, ext: str) -> str:
    return f"loan-slip-{loan.pk}.{ext}"
