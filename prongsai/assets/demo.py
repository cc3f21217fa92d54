"""The demo school's register: about 300 assets, made the same way every time (idempotent)."""

import random
from collections.abc import Callable
from datetime import date
from decimal import Decimal

from django.utils import timezone

from prongsai.accounts.models import User
from prongsai.agencies.models import Agency, Unit
from prongsai.assets import actions
from prongsai.assets.demo_check import load_check
from prongsai.assets.demo_loans import load_loans
from prongsai.assets.models import Asset

# code, item, brands/models, unit of count, cost, how many, places, responsible unit, kind
CATALOGUE: list[tuple[str, str, list[str], str, int, int, list[str], str, str]] = [
    (
        "7440-001",
        "เครื่องคอมพิวเตอร์โน้ตบุ๊ก",
        ["Acer Aspire 5", "Lenovo IdeaPad 3", "ASUS VivoBook 15"],
        "เครื่อง",
        22000,
        60,
        ["ห้องปฏิบัติการคอมพิวเตอร์ ๑", "ห้องปฏิบัติการคอมพิวเตอร์ ๒", "ห้องพักครู"],
        "งานเทคโนโลยีสารสนเทศ",
        "durable",
    ),
    (
        "7440-002",
        "เครื่องคอมพิวเตอร์ตั้งโต๊ะ",
        ["Dell OptiPlex 3000", "HP ProDesk 400"],
        "ชุด",
        25000,
        50,
        ["ห้องปฏิบัติการคอมพิวเตอร์ ๑", "ห้องปฏิบัติการคอมพิวเตอร์ ๒", "ห้องธุรการ"],
        "งานเทคโนโลยีสารสนเทศ",
        "durable",
    ),
    (
        "7430-001",
        "เครื่องพิมพ์เลเซอร์",
        ["Brother HL-L2370DN", "HP LaserJet M211dw"],
        "เครื่อง",
        7500,
        12,
        ["ห้องธุรการ", "ห้องการเงิน", "ห้องพักครู"],
        "งานธุรการ",
        "durable",
    ),
    (
        "6730-001",
        "เครื่องฉายภาพโปรเจกเตอร์",
        ["Epson EB-X51", "BenQ MX560", "Optoma X400LVe"],
        "เครื่อง",
        18500,
        40,
        ["ห้องเรียน ม.๑/๑", "ห้องเรียน ม.๒/๓", "ห้องเรียน ม.๔/๒", "ห้องประชุมใหญ่", "ห้องโสตทัศนศึกษา"],
        "งานเทคโนโลยีสารสนเทศ",
        "durable",
    ),
    (
        "6720-001",
        "กล้องถ่ายภาพดิจิทัล",
        ["Canon EOS 200D II", "Nikon D7500"],
        "ตัว",
        28000,
        6,
        ["ห้องประชาสัมพันธ์"],
        "งานประชาสัมพันธ์",
        "durable",
    ),
    (
        "6720-002",
        "กล้องวิดีโอ",
        ["Sony HDR-CX405"],
        "ตัว",
        12900,
        3,
        ["ห้องประชาสัมพันธ์"],
        "งานประชาสัมพันธ์",
        "durable",
    ),
    (
        "5820-001",
        "ชุดเครื่องเสียงห้องประชุม",
        ["Yamaha MG12XU + ลำโพง JBL"],
        "ชุด",
        65000,
        2,
        ["ห้องประชุมใหญ่", "หอประชุม"],
        "งานประชาสัมพันธ์",
        "durable",
    ),
    (
        "5820-002",
        "ลำโพงเคลื่อนที่พร้อมไมโครโฟนไร้สาย",
        ["Soundmilan ML-605"],
        "ชุด",
        4500,
        8,
        ["ห้องโสตทัศนศึกษา", "ห้องพักครู"],
        "งานประชาสัมพันธ์",
        "durable",
    ),
    (
        "7110-001",
        "โต๊ะพับอเนกประสงค์",
        ["โต๊ะพับหน้าขาว 180 ซม."],
        "ตัว",
        1650,
        60,
        ["หอประชุม", "ห้องประชุมใหญ่", "โรงอาหาร"],
        "งานธุรการ",
        "durable",
    ),
    (
        "7110-002",
        "เก้าอี้พลาสติก",
        ["เก้าอี้พลาสติกมีพนักพิง"],
        "ตัว",
        250,
        30,
        ["หอประชุม"],
        "งานธุรการ",
        "durable",
    ),
    (
        "7110-003",
        "ตู้เอกสารเหล็ก ๔ ลิ้นชัก",
        ["Lucky World"],
        "ตู้",
        5200,
        10,
        ["ห้องธุรการ", "ห้องการเงิน"],
        "งานธุรการ",
        "durable",
    ),
    (
        "2310-001",
        "รถตู้โดยสาร ๑๒ ที่นั่ง",
        ["Toyota Commuter"],
        "คัน",
        1250000,
        1,
        ["โรงจอดรถ"],
        "ฝ่ายบริหารทั่วไป",
        "durable",
    ),
    (
        "7530-001",
        "กระดาษถ่ายเอกสาร A4 80 แกรม",
        ["Double A"],
        "รีม",
        125,
        8,
        ["ห้องพัสดุ"],
        "งานพัสดุและสินทรัพย์",
        "consumable",
    ),
    (
        "7510-001",
        "หมึกพิมพ์เลเซอร์",
        ["Brother TN-2460"],
        "กล่อง",
        1890,
        10,
        ["ห้องพัสดุ"],
        "งานพัสดุและสินทรัพย์",
        "consumable",
    ),
]
FUNDS = ["เงินงบประมาณ", "เงินงบประมาณ", "เงินงบประมาณ", "เงินนอกงบประมาณ", "เงินบริจาค"]
# one in so many of each is in the other conditions; the rest are usable
CONDITIONS = [
    ("lost", 25),
    ("not_needed", 40),
    ("damaged", 12),
    ("deteriorated", 15),
]


def _condition(index: int) -> str:
    for code, every in CONDITIONS:
        if index % every == every - 1:
            return code
    return "usable"


def demo_assets(units: dict[str, Unit], today: date) -> list[actions.AssetData]:
    """The same list every time (a fixed seed); numbers run per code and Buddhist-era year."""
    pick = random.Random(2567)  # noqa: S311 -- a demo, not a secret
    rows: list[actions.AssetData] = []
    for code, item, models, count_unit, cost, count, places, unit, kind in CATALOGUE:
        running: dict[int, int] = {}
        for index in range(count):
            year = today.year - pick.randint(0, 8)
            acquired = date(year, pick.randint(1, 12), pick.randint(1, 28))
            acquired = min(acquired, today)
            be = acquired.year + 543
            running[be] = running.get(be, 0) + 1
            rows.append(
                actions.AssetData(
                    number=f"{code}-{running[be]:04d}/{be}",
                    name=item,
                    brand_model=pick.choice(models),
                    serial=f"SN{pick.randrange(16**8):08X}" if kind == "durable" else "",
                    unit_of_count=count_unit,
                    acquired_on=acquired,
                    cost=Decimal(cost),
                    fund_source=pick.choice(FUNDS),
                    location=pick.choice(places),
                    responsible_unit=units.get(unit),
                    condition=_condition(index) if kind == "durable" else "usable",
                    kind=kind,
                )
            )
    return rows


def load_assets(school: Agency, say: Callable[[str], None]) -> None:
    units = {unit.name_th: unit for unit in Unit.objects.filter(agency=school)}
    rows = demo_assets(units, timezone.localdate())
    if Asset.objects.filter(agency=school).count() >= len(rows):
        say(f"Assets: the register of {school.slug} already has its demo assets.")
        load_loans(school, say)
        load_check(school, say)
        return
    existing = set(Asset.objects.filter(agency=school).values_list("number", flat=True))
    missing = [row for row in rows if row.number not in existing]
    officer = User.objects.filter(username="asset_officer").first()
    done = actions.import_assets(agency=school, rows=missing, actor=officer)
    say(f"Assets: {done.created} assets added to the register of {school.slug}.")
    load_loans(school, say)
    load_check(school, say)
