"""A year of demo loans at the seed school, in every state, walked through the real steps
(request → check → approve → hand over → return) so availability, damage records and the
board agree; then each loan's dates are set back to when it happened. Idempotent: a school
that has loans gets none."""

import random
from collections.abc import Callable
from datetime import date, datetime, time, timedelta

from django.db import transaction
from django.utils import timezone

from prongsai.accounts.models import User
from prongsai.agencies.models import Agency, Membership
from prongsai.assets import loan_actions as actions
from prongsai.assets import loan_queries as queries
from prongsai.assets.models import Asset, Damage, Loan

PURPOSES = [
    ("inside", "ใช้จัดการเรียนการสอนวิชาวิทยาศาสตร์", "ห้องปฏิบัติการวิทยาศาสตร์ ๒"),
    ("inside", "ใช้ประชุมผู้ปกครองนักเรียนชั้น ม.๑", "หอประชุมโรงเรียน"),
    ("inside", "ใช้อบรมครูเรื่องการวัดและประเมินผล", "ห้องประชุมใหญ่"),
    ("inside", "ใช้นำเสนอผลงานนักเรียน", "ห้องสมุด"),
    ("off_site", "ถ่ายภาพกิจกรรมค่ายลูกเสือ-เนตรนารี", "ค่ายลูกเสือจังหวัดกำแพงเพชร"),
    ("off_site", "ใช้ในการแข่งขันทักษะวิชาการระดับเขตพื้นที่", "โรงเรียนนครไตรตรึงษ์"),
    ("off_site", "ใช้บันทึกเสียงกิจกรรมทัศนศึกษา", "อุทยานประวัติศาสตร์กำแพงเพชร"),
    ("agency", "ใช้จัดงานวันเด็กของตำบล", "องค์การบริหารส่วนตำบลนครชุม"),
    ("standing", "ใช้ประจำห้องพักครูกลุ่มสาระภาษาไทย", "ห้องพักครูภาษาไทย"),
]


def _at(day: date) -> datetime:
    return timezone.make_aware(datetime.combine(day, time(9, 0)))


def _people(school: Agency) -> dict[str, User | None]:
    def one(role: str) -> User | None:
        found = Membership.objects.filter(agency=school, role=role).select_related("user").first()
        return found.user if found else None

    return {
        "officer": one("asset_officer"),
        "director": one("director"),
        "head": one("unit_head"),
    }


def _borrowers(school: Agency) -> list[User]:
    roles = ("staff", "ita_officer", "complaint_officer")
    users = list(
        User.objects.filter(memberships__agency=school, memberships__role__in=roles, is_active=True)
        .distinct()
        .order_by("username")
    )
    staff = [user for user in users if user.username == "staff"]
    return staff * 3 + users  # the demo teacher borrows most often: "My loans" is alive


def _plan(today: date) -> list[tuple[int, int, str]]:
    """(days from today to the start, days of the loan, the state to reach), oldest first."""
    plan = []
    pick = random.Random(2568)  # noqa: S311 -- a demo
    for start in range(-360, -20, 4):
        roll = pick.random()
        state = "returned"
        if roll < 0.06:
            state = "cancelled"
        elif roll < 0.12:
            state = "refused"
        elif roll < 0.17:
            state = "damaged"
        plan.append((start, pick.choice((1, 2, 3, 5, 7, 14)), state))
    plan += [
        (-18, 10, "overdue"),  # 8 days past due: the approver was reminded (ข้อ 211)
        (-9, 7, "overdue"),
        (-6, 7, "handed_over"),  # due tomorrow
        (-3, 5, "handed_over"),
        (-2, 3, "handed_over"),  # due today
        (-1, 14, "handed_over"),
        (-12, 30, "handed_over"),
        (1, 3, "approved"),
        (2, 2, "approved"),
        (3, 5, "checked"),
        (4, 2, "checked"),
        (5, 3, "requested"),
        (6, 1, "requested"),
        (0, 2, "requested"),
    ]
    return plan


def load_loans(school: Agency, say: Callable[[str], None]) -> None:
    if Loan.objects.filter(agency=school).exists():
        say(f"Loans: {school.slug} already has its demo loans.")
        return
    people = _people(school)
    officer, director = people["officer"], people["director"]
    borrowers = _borrowers(school)
    if officer is None or director is None or not borrowers:
        say("Loans: the demo people are missing; no loans.")
        return
    pool = list(
        Asset.objects.filter(agency=school, kind="durable", condition="usable")
        .select_related("responsible_unit")
        .order_by("number")
    )
    paper = Asset.objects.filter(agency=school, kind="consumable").order_by("number").first()
    today = timezone.localdate()
    plan = _plan(today)
    used = {pool[(index * 7) % len(pool)].pk for index in range(len(plan))}
    # one request waits for the unit head (use inside the premises of an asset of his unit)
    headed = queries.units_with_head(school)
    spare = [a for a in pool if a.responsible_unit_id in headed and a.pk not in used]
    made = 0
    with transaction.atomic():
        for index, (offset, days, state) in enumerate(plan):
            kind, purpose, place = PURPOSES[index % len(PURPOSES)]
            asset = pool[(index * 7) % len(pool)]
            if state == "checked" and spare and offset == 3:
                kind, purpose, place = PURPOSES[1]
                asset = spare.pop()
            assets = [(asset, 1)]
            if kind == "agency" and paper is not None:
                assets.append((paper, 5))
            start = today + timedelta(days=offset)
            due = None if kind == "standing" else start + timedelta(days=days - 1)
            if kind == "standing" and state in ("overdue", "damaged"):
                kind, purpose, place = PURPOSES[0]
                due = start + timedelta(days=days - 1)
            loan = actions.request_loan(
                agency=school,
                borrower=borrowers[index % len(borrowers)],
                data=actions.LoanData(
                    kind=kind,
                    assets=assets,
                    purpose=purpose,
                    place=place,
                    starts_on=start,
                    due_on=due,
                    borrower_agency="องค์การบริหารส่วนตำบลนครชุม" if kind == "agency" else "",
                ),
            )
            _walk(loan, state, officer, director, people["head"], start, due)
            Loan.objects.filter(pk=loan.pk).update(requested_at=_at(start - timedelta(days=2)))
            made += 1
    say(f"Loans: {made} demo loans at {school.slug}.")


def _walk(
    loan: Loan,
    state: str,
    officer: User,
    director: User,
    head: User | None,
    start: date,
    due: date | None,
) -> None:
    asked = start - timedelta(days=2)
    if state == "requested":
        return
    if state == "cancelled":
        actions.cancel_loan(loan=loan, actor=loan.borrower)
        Loan.objects.filter(pk=loan.pk).update(cancelled_at=_at(asked))
        return
    actions.check_loan(loan=loan, actor=officer)
    approver = head if loan.approver == Loan.Approver.UNIT_HEAD and head else director
    Loan.objects.filter(pk=loan.pk).update(checked_at=_at(asked))
    if state == "checked":
        return
    if state == "refused":
        actions.refuse_loan(
            loan=loan, actor=approver, note="ติดใช้งานกิจกรรมของโรงเรียนในช่วงเวลาดังกล่าว"
        )
        Loan.objects.filter(pk=loan.pk).update(decided_at=_at(start - timedelta(days=1)))
        return
    actions.approve_loan(loan=loan, actor=approver)
    Loan.objects.filter(pk=loan.pk).update(decided_at=_at(start - timedelta(days=1)))
    if state == "approved":
        return
    actions.hand_over(loan=loan, actor=officer, on=start, conditions={})
    if state in ("handed_over", "overdue"):
        return
    back = (due or start) - timedelta(days=1 if loan.pk % 3 else -2)  # some come back late
    back = max(back, start)
    items = list(loan.items.all())
    conditions: dict[int, str] = (
        {items[0].pk: Asset.Condition.DAMAGED} if state == "damaged" else {}
    )
    damages = actions.take_back(loan=loan, actor=officer, on=back, conditions=conditions)
    for number, damage in enumerate(damages):
        if loan.pk % 2:
            actions.settle_damage(
                damage=damage,
                remedy=Damage.Remedy.REPAIR if number == 0 else Damage.Remedy.PAY,
                value=damage.value,
                outcome="ผู้ยืมส่งซ่อมที่ร้านตัวแทนจำหน่ายและนำกลับมาใช้งานได้แล้ว",
                settled_on=back + timedelta(days=20),
            )
