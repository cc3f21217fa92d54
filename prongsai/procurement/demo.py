"""The demo's procurement: the seed school's plan, notices and about sixty purchases over the
twelve months of fiscal year 2566 and of the last full fiscal year (one month with nothing
bought in each), the current year's plan and its purchases so far, and the annual reports."""

from collections.abc import Callable
from datetime import date
from decimal import Decimal

from django.utils import timezone

from prongsai.agencies.models import Agency
from prongsai.lib.fiscal import current_fiscal_year
from prongsai.procurement import actions, rules
from prongsai.procurement.models import Method, Notice, Purchase

S, M, B, C = Method.SPECIFIC, Method.E_MARKET, Method.E_BIDDING, Method.SELECTION
# what, method, ceiling, durable
# fmt: off
ITEMS: list[tuple[str, str, str, bool]] = [
    ("จัดซื้อกระดาษถ่ายเอกสาร A4 จำนวน 50 รีม", S, "6000", False),
    ("จัดซื้อวัสดุสำนักงาน (ปากกา แฟ้ม ลวดเย็บ)", S, "4500", False),
    ("จ้างซ่อมเครื่องปรับอากาศห้องสมุด", S, "8500", False),
    ("จัดซื้อหมึกพิมพ์เลเซอร์", S, "7200", False),
    ("จ้างเหมาถ่ายเอกสารข้อสอบกลางภาค", S, "9800", False),
    ("จัดซื้อวัสดุวิทยาศาสตร์ (สารเคมีและอุปกรณ์ทดลอง)", S, "15000", False),
    ("จัดซื้อวัสดุกีฬา (ลูกฟุตบอล ลูกวอลเลย์บอล)", S, "5600", False),
    ("จ้างซ่อมแซมหลังคาอาคาร ๒", S, "48000", False),
    ("จัดซื้อเครื่องคอมพิวเตอร์โน้ตบุ๊ก จำนวน 2 เครื่อง", S, "44000", True),
    ("จัดซื้อเครื่องพิมพ์เลเซอร์ จำนวน 1 เครื่อง", S, "8900", True),
    ("จัดซื้อวัสดุงานบ้านงานครัว", S, "3800", False),
    ("จ้างเหมารถรับส่งนักเรียนไปทัศนศึกษา", S, "36000", False),
]
# fmt: on
SUPPLIERS = ("ร้านสมใจพาณิชย์", "หจก. ดีเลิศซัพพลาย", "ร้านรุ่งเรืองเครื่องเขียน", "บริษัท ไอทีพลัส จำกัด")
BIG = (
    "จัดซื้อโต๊ะเก้าอี้นักเรียน จำนวน 120 ชุด",
    Method.E_MARKET,
    "168000",
    True,
)
BUILDING = ("จ้างปรับปรุงห้องน้ำนักเรียน อาคาร ๑", Method.E_BIDDING, "520000", False)
PROBLEMS = "ร้านค้าในพื้นที่ที่เสนอราคาได้มีน้อย การจัดซื้อบางรายการต้องสั่งจากต่างอำเภอ ทำให้ได้รับพัสดุล่าช้า"
SUGGESTIONS = (
    "จัดทำแผนการจัดซื้อจัดจ้างให้ละเอียดตั้งแต่ต้นปี และรวมรายการที่ซื้อซ้ำเป็นงวด เพื่อลดภาระงานและได้ราคาที่เหมาะสม"
)


def _price(ceiling: Decimal, index: int) -> Decimal:
    """A deterministic agreed price a little under the ceiling (to the satang)."""
    return (ceiling * (Decimal(100) - Decimal(index % 7)) / 100).quantize(rules.SATANG)


def _purchase(
    school: Agency, day: date, item: tuple[str, str, str, bool], index: int, number: int
) -> None:
    what, method, ceiling_text, durable = item
    ceiling = Decimal(ceiling_text)
    price = _price(ceiling, index)
    first, second = SUPPLIERS[index % 4], SUPPLIERS[(index + 1) % 4]
    bidders = [rules.BidderLine(first, price)]
    if method != Method.SPECIFIC or index % 3 == 0:
        bidders.append(rules.BidderLine(second, (price * Decimal("1.04")).quantize(rules.SATANG)))
    actions.save_purchase(
        agency=school,
        data=actions.PurchaseData(
            purchased_on=day,
            what=what,
            ceiling=ceiling,
            reference_price=ceiling,
            method=method,
            supplier=first,
            agreed_price=price,
            reason="ราคาต่ำสุด เสนอราคาไม่เกินวงเงิน และคุณสมบัติถูกต้อง",
            contract_number=f"{number}/{rules.year_of(day)}",
            contract_date=day,
            egp_number=f"{66 + index % 3}{day.month:02d}9{index:06d}" if method != S else "",
            durable=durable,
            bidders=bidders,
        ),
    )


def _year(school: Agency, year: int, *, until: date, empty_month: int | None) -> int:
    """About five purchases a month up to `until`; returns how many."""
    count = 0
    for month in rules.months_in_order(year):
        first, last = rules.month_bounds(year, month)
        if month == empty_month or first > until:
            continue
        per_month = 5 + (month % 2)
        for slot in range(per_month):
            day = date(first.year, first.month, min(3 + slot * 5, last.day))
            if day > until:
                break
            index = count + year
            item = ITEMS[index % len(ITEMS)]
            if month == 1 and slot == 0:
                item = BIG
            if month == 4 and slot == 0:
                item = BUILDING
            count += 1
            _purchase(school, day, item, index, count)
    return count


def _plan(school: Agency, year: int, today: date) -> None:
    for index, item in enumerate((BIG, BUILDING, *ITEMS[:8])):
        what, method, ceiling, _durable = item
        actions.save_plan_item(
            agency=school,
            year=year,
            data=actions.PlanItemData(
                what=what,
                amount=Decimal(ceiling) * 4 if method == S else Decimal(ceiling),
                method=method,
                planned_month=rules.months_in_order(year)[index % 12],
            ),
        )
    start, _end = rules.month_bounds(year, 10)
    actions.publish_plan(agency=school, year=year, today=min(today, start.replace(day=25)))


def _notices(school: Agency, year: int, until: date) -> None:
    for month, kind, title in (
        (12, Notice.Kind.INVITATION, f"ประกาศเชิญชวน {BUILDING[0]} ด้วยวิธีประกวดราคาอิเล็กทรอนิกส์"),
        (3, Notice.Kind.AWARD, f"ประกาศผู้ชนะการเสนอราคา {BIG[0]}"),
        (4, Notice.Kind.AWARD, f"ประกาศผู้ชนะการเสนอราคา {BUILDING[0]}"),
    ):
        day = rules.month_bounds(year, month)[0].replace(day=15)
        if day > until:
            continue
        actions.save_notice(
            agency=school,
            data=actions.NoticeData(
                kind=kind,
                title=title,
                dated_on=day,
                egp_number=f"{year % 100}{month:02d}91234567",
                link="https://process3.gprocurement.go.th/egp2procmainWeb/jsp/procsearch.sch",
            ),
        )


def load_procurement(school: Agency, say: Callable[[str], None]) -> None:
    if Purchase.objects.filter(agency=school).exists():
        say(f"Procurement: {school.slug} already has its purchases.")
        return
    today = timezone.localdate()
    current = current_fiscal_year(today)
    total = 0
    for year, empty in ((2566, 5), (current - 1, 2), (current, None)):
        if year < 2566 or (year == 2566 and current - 1 == 2566 and empty == 2):
            continue
        _plan(school, year, today)
        _notices(school, year, today)
        total += _year(school, year, until=today, empty_month=empty)
        if year < current:
            actions.save_report(
                agency=school,
                year=year,
                problems=PROBLEMS,
                suggestions=SUGGESTIONS,
                publish=True,
                today=min(today, rules.month_bounds(year + 1, 10)[0].replace(day=20)),
            )
    say(f"Procurement: {total} purchases, plans and notices for {school.slug}.")
