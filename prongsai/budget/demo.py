"""The demo's action plan: the seed school's plan of fiscal year 2566 (15 projects across the
four work areas, approved by the director) and a year of receipts and spending against it, one
project spent past its budget."""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import date, datetime, timedelta
from decimal import Decimal

from django.utils import timezone

from prongsai.accounts.models import User
from prongsai.agencies.models import Agency, Unit
from prongsai.budget import actions
from prongsai.budget.models import Activity, Fund, Plan

YEAR = 2566
STRATEGIES: list[tuple[str, int, str]] = [
    ("obec", 1, "จัดการศึกษาเพื่อความปลอดภัยจากภัยทุกรูปแบบ"),
    ("obec", 2, "พัฒนาคุณภาพการศึกษาให้ผู้เรียนมีความรู้และทักษะที่จำเป็นในศตวรรษที่ ๒๑"),
    ("obec", 3, "สร้างโอกาสในการเข้าถึงบริการการศึกษาที่มีคุณภาพอย่างเสมอภาค"),
    ("obec", 4, "เพิ่มประสิทธิภาพการบริหารจัดการ"),
    ("area", 1, "พัฒนาคุณภาพผู้เรียนตามหลักสูตรและทักษะในศตวรรษที่ ๒๑"),
    ("area", 2, "พัฒนาครูและบุคลากรทางการศึกษาให้เป็นมืออาชีพ"),
    ("area", 3, "บริหารจัดการอย่างมีประสิทธิภาพ โปร่งใส ตรวจสอบได้"),
    ("school", 1, "ยกระดับผลสัมฤทธิ์ทางการเรียนของผู้เรียน"),
    ("school", 2, "ส่งเสริมคุณธรรม จริยธรรม และความเป็นพลเมืองดี"),
    ("school", 3, "พัฒนาครูสู่มืออาชีพ"),
    ("school", 4, "พัฒนาระบบบริหารจัดการและแหล่งเรียนรู้"),
]
ESTIMATES = {
    "budget": "850000",
    "per_head": "1450000",
    "books": "620000",
    "supplies": "210000",
    "uniforms": "240000",
    "activities": "380000",
    "income": "150000",
}
U_ACAD, U_BUDGET, U_PERS, U_GEN = (
    "ฝ่ายบริหารวิชาการ",
    "ฝ่ายบริหารงบประมาณ",
    "ฝ่ายบริหารงานบุคคล",
    "ฝ่ายบริหารทั่วไป",
)
# name, area, unit, responsible, strategies (level+number), activities (name, fund, amount, months)
# fmt: off
Row = tuple[str, str, str, str, list[str], list[tuple[str, str, str, tuple[int, int]]]]
PROJECTS: list[Row] = [
    ("ยกระดับผลสัมฤทธิ์ทางการเรียน", "academic", U_ACAD, "นางสมใจ ใฝ่ดี", ["obec2", "area1", "school1"], [
        ("สอนเสริมเตรียมสอบ O-NET ม.๓ และ ม.๖", "per_head", "60000", (11, 2)),
        ("ค่ายวิชาการ", "activities", "45000", (12, 12)),
        ("แข่งขันทักษะทางวิชาการ", "per_head", "35000", (8, 9))]),
    ("พัฒนาหลักสูตรสถานศึกษา", "academic", U_ACAD, "นางสมใจ ใฝ่ดี", ["obec2", "school1"], [
        ("ปรับปรุงหลักสูตรสถานศึกษา", "per_head", "15000", (10, 11)),
        ("จัดทำเอกสารหลักสูตร", "per_head", "12000", (3, 4))]),
    ("ห้องสมุดมีชีวิต", "academic", U_ACAD, "นางพิมพ์ใจ รักอ่าน", ["obec2", "school4"], [
        ("จัดซื้อหนังสือห้องสมุด", "per_head", "50000", (11, 12)),
        ("สัปดาห์ห้องสมุด", "activities", "15000", (7, 7))]),
    ("จัดซื้อหนังสือเรียน", "academic", U_ACAD, "นางสมใจ ใฝ่ดี", ["obec3"], [
        ("จัดซื้อหนังสือเรียนภาคเรียนที่ ๑", "books", "620000", (4, 5))]),
    ("จ่ายค่าอุปกรณ์การเรียนและเครื่องแบบนักเรียน", "budget", U_BUDGET, "นายรักษา ของหลวง", ["obec3"], [
        ("ค่าอุปกรณ์การเรียน", "supplies", "210000", (5, 6)),
        ("ค่าเครื่องแบบนักเรียน", "uniforms", "240000", (5, 6))]),
    ("พัฒนาระบบการเงิน บัญชี และพัสดุ", "budget", U_BUDGET, "นายรักษา ของหลวง",
     ["obec4", "area3", "school4"], [
        ("อบรมระบบ e-GP และบัญชี", "per_head", "12000", (1, 1)),
        ("จัดซื้อวัสดุสำนักงานฝ่ายงบประมาณ", "per_head", "25000", (10, 9))]),
    ("สาธารณูปโภค", "budget", U_BUDGET, "นายรักษา ของหลวง", ["obec4", "school4"], [
        ("ค่าไฟฟ้า", "budget", "360000", (10, 9)),
        ("ค่าน้ำประปาและโทรศัพท์", "budget", "90000", (10, 9))]),
    ("ซ่อมแซมอาคารเรียนและห้องน้ำ", "budget", U_BUDGET, "นายรักษา ของหลวง", ["obec1", "school4"], [
        ("ซ่อมหลังคาอาคาร ๒", "budget", "250000", (4, 5)),
        ("ปรับปรุงห้องน้ำนักเรียน", "income", "80000", (4, 5))]),
    ("พัฒนาครูและบุคลากร", "personnel", U_PERS, "นายวีระ พัฒนาคน", ["obec4", "area2", "school3"], [
        ("อบรมครูด้านการจัดการเรียนรู้เชิงรุก", "per_head", "60000", (10, 11)),
        ("ศึกษาดูงานโรงเรียนต้นแบบ", "per_head", "80000", (3, 3))]),
    ("ยกย่องเชิดชูเกียรติครูและบุคลากร", "personnel", U_PERS, "นายวีระ พัฒนาคน", ["area2", "school3"], [
        ("งานวันครู", "income", "15000", (1, 1)),
        ("งานเกษียณอายุราชการ", "income", "25000", (9, 9))]),
    ("ส่งเสริมคุณธรรมนักเรียน", "general", U_GEN, "นายประเสริฐ ตั้งใจงาน", ["obec2", "area1", "school2"], [
        ("ค่ายคุณธรรม", "activities", "70000", (1, 2)),
        ("โรงเรียนสุจริต", "activities", "20000", (6, 7))]),
    ("ระบบดูแลช่วยเหลือนักเรียน", "general", U_GEN, "นางอรุณี ห่วงใย", ["obec1", "obec3", "school2"], [
        ("เยี่ยมบ้านนักเรียน", "per_head", "40000", (11, 12)),
        ("ทุนการศึกษานักเรียนยากจน", "income", "30000", (5, 6))]),
    ("กีฬาและนันทนาการ", "general", U_GEN, "นายชาตรี แข็งแรง", ["obec2", "school2"], [
        ("กีฬาสีภายใน", "activities", "80000", (12, 12)),
        ("ส่งนักเรียนแข่งขันกีฬา", "activities", "50000", (7, 8))]),
    ("พัฒนาระบบเทคโนโลยีสารสนเทศ", "general", U_GEN, "นางสาวโปร่งใส ใจซื่อ",
     ["obec4", "area3", "school4"], [
        ("ค่าบริการอินเทอร์เน็ต", "per_head", "48000", (10, 9)),
        ("จัดซื้อคอมพิวเตอร์ห้องเรียน", "per_head", "150000", (2, 3))]),
    ("ประชาสัมพันธ์และเผยแพร่ข้อมูลต่อสาธารณะ", "general", U_GEN, "นายประเสริฐ ตั้งใจงาน",
     ["obec4", "area3", "school4"], [
        ("ดูแลเว็บไซต์และเผยแพร่ข้อมูล ITA", "per_head", "10000", (10, 9)),
        ("วารสารโรงเรียน", "per_head", "20000", (3, 3))]),
]
# fmt: on
# The projects that make up the anti-corruption action plan (O36).
ANTI_CORRUPTION = {
    "พัฒนาระบบการเงิน บัญชี และพัสดุ",
    "ส่งเสริมคุณธรรมนักเรียน",
    "ประชาสัมพันธ์และเผยแพร่ข้อมูลต่อสาธารณะ",
}


def _month_start(year_be: int, month: int) -> date:
    ce = year_be - 543 - (1 if month >= 10 else 0)
    return date(ce, month, 1)


def _month_end(year_be: int, month: int) -> date:
    start = _month_start(year_be, month)
    following = (start.replace(day=28) + timedelta(days=4)).replace(day=1)
    return following - timedelta(days=1)


def load_plan(school: Agency, say: Callable[[str], None]) -> None:
    if Plan.objects.filter(agency=school, year=YEAR).exists():
        say(f"Budget: {school.slug} already has its {YEAR} plan.")
        return
    plan = actions.create_plan(agency=school, year=YEAR)
    strategies = {
        f"{level}{number}": actions.save_strategy(
            plan=plan, strategy=None, level=level, number=number, title=title
        )
        for level, number, title in STRATEGIES
    }
    funds = {fund.kind: fund for fund in Fund.objects.filter(plan=plan)}
    for kind, estimate in ESTIMATES.items():
        Fund.objects.filter(pk=funds[kind].pk).update(estimate=Decimal(estimate))
    units = {unit.name_th: unit for unit in Unit.objects.filter(agency=school)}
    all_activities = []
    for number, (name, area, unit, who, serves, activities) in enumerate(PROJECTS, start=1):
        data = actions.ProjectData(
            number=number,
            name=f"โครงการ{name}",
            area=area,
            strategies=[strategies[key] for key in serves],
            unit=units.get(unit),
            responsible=who,
            nature="continuing" if number % 4 else "new",
            starts_on=date(2022, 10, 1),
            ends_on=date(2023, 9, 30),
            rationale=f"โรงเรียนจำเป็นต้องดำเนินการ{name} เพื่อให้การจัดการศึกษาบรรลุเป้าหมาย "
            "ตามกลยุทธ์ของสำนักงานคณะกรรมการการศึกษาขั้นพื้นฐาน สำนักงานเขตพื้นที่การศึกษา "
            "และสถานศึกษา",
            objectives=f"๑) เพื่อ{name}\n๒) เพื่อให้ผู้เรียนและบุคลากรได้รับประโยชน์อย่างทั่วถึง",
            target_quantity="ผู้เรียนและบุคลากรที่เกี่ยวข้อง ร้อยละ ๑๐๐ ได้เข้าร่วม",
            target_quality="ผู้เข้าร่วม ร้อยละ ๘๐ มีความพึงพอใจในระดับมากขึ้นไป",
            anti_corruption=name in ANTI_CORRUPTION,
        )
        project = actions.save_project(plan=plan, project=None, data=data)
        for title, kind, amount, (first, last) in activities:
            activity = actions.save_activity(
                project=project,
                activity=None,
                data=actions.ActivityData(
                    name=title,
                    starts_on=_month_start(YEAR, first),
                    ends_on=_month_end(YEAR, last),
                    responsible=who,
                    fund=funds[kind],
                    amount=Decimal(amount),
                    quarters=(None, None, None, None),
                ),
            )
            all_activities.append((activity, first, last))
    director = User.objects.filter(username="director").first()
    officer = User.objects.filter(username="asset_officer").first()
    if director is not None:
        actions.approve_plan(plan=plan, by=director)
        # approved by the school board before the year began, as schools do
        approved = timezone.make_aware(datetime(2022, 9, 28, 10, 0))
        Plan.objects.filter(pk=plan.pk).update(approved_at=approved)
    _spend(plan, funds, all_activities, officer)
    if director is not None:
        plan.refresh_from_db()
        _reports(plan, director)
    say(f"Budget: the {YEAR} action plan of {school.slug} with {len(PROJECTS)} projects.")


def _spend(
    plan: Plan,
    funds: dict[str, Fund],
    activities: list[tuple[Activity, int, int]],
    officer: User | None,
) -> None:
    chance = random.Random(YEAR)  # noqa: S311 - demo figures, not secrets
    for kind, estimate in ESTIMATES.items():  # the year's money arrives in two instalments
        half = (Decimal(estimate) / 2).quantize(Decimal("0.01"))
        for on, amount in (
            (date(2022, 10, 20), half),
            (date(2023, 5, 15), Decimal(estimate) - half),
        ):
            actions.record_receipt(
                plan=plan,
                fund=funds[kind],
                received_on=on,
                amount=amount,
                description="รับโอนเงินจัดสรร",
                by=officer,
            )
    order = 0
    for activity, first, last in activities:
        months = _months(first, last)
        share = (
            Decimal("1.08")
            if activity.project.number == 8
            else Decimal(chance.choice(["0.7", "0.85", "0.95", "1"]))
        )
        total = (activity.amount * share).quantize(Decimal("1"))
        for index, month in enumerate(months):
            part = (
                (total / len(months)).quantize(Decimal("1"))
                if index < len(months) - 1
                else (total - (total / len(months)).quantize(Decimal("1")) * (len(months) - 1))
            )
            if part <= 0:
                continue
            order += 1
            start = _month_start(YEAR, month)
            actions.record_spending(
                plan=plan,
                activity=activity,
                paid_on=start + timedelta(days=chance.randint(2, 25)),
                amount=part,
                document_no=f"บจ {order}/{YEAR}",
                description=activity.name,
                by=officer,
            )


def _months(first: int, last: int) -> list[int]:
    months, month = [first], first
    while month != last:
        month = month % 12 + 1
        months.append(month)
    return months


def _reports(plan: Plan, director: User) -> None:
    """The year's annual reports, written by the officer and published by the director."""
    from prongsai.budget import report_actions
    from prongsai.budget.models import YearReport

    results = {
        project.pk: f"ดำเนินการ{project.name}ครบทุกกิจกรรมตามแผน ผู้เข้าร่วมร้อยละ ๙๒ "
        "มีความพึงพอใจในระดับมากขึ้นไป บรรลุเป้าหมายเชิงปริมาณและเชิงคุณภาพ"
        for project in plan.projects.all()
    }
    for kind in (YearReport.Kind.ANNUAL, YearReport.Kind.ANTI_CORRUPTION):
        report_actions.save_year_report(
            plan=plan,
            kind=kind,
            summary="โรงเรียนดำเนินโครงการตามแผนปฏิบัติการครบทุกโครงการ "
            "การใช้จ่ายงบประมาณเป็นไปตามแผน มีหนึ่งโครงการใช้จ่ายเกินงบประมาณ "
            "ซึ่งได้รับอนุมัติจากผู้อำนวยการแล้ว",
            problems="ราคาวัสดุและค่าสาธารณูปโภคสูงกว่าที่ประมาณการไว้ "
            "บางกิจกรรมต้องเลื่อนเวลาเพราะตรงกับกิจกรรมของสำนักงานเขตพื้นที่",
            suggestions="ประมาณการค่าใช้จ่ายโดยเผื่อการเปลี่ยนแปลงของราคา "
            "และจัดทำปฏิทินกิจกรรมร่วมกับสำนักงานเขตพื้นที่ตั้งแต่ต้นปี",
            results=results,
        )
        report_actions.publish_year_report(
            plan=plan, kind=kind, by=director, today=date(2023, 10, 20)
        )
