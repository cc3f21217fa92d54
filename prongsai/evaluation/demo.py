"""The demo's staff evaluation at the seed school: staff types for everyone (fourteen more
teachers, government employees and contract staff without logins), a closed round 1 of 2566
with results acknowledged (one with a disagreement) and an open round 2 of 2566: the staff
login's self-assessment to do, the unit head's assessments to score, a result to acknowledge;
two review requests answered, the teachers' pay-for-performance table of round 1 approved, and
a training record for everyone."""

from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from decimal import Decimal

from django.utils import timezone

from prongsai.accounts.models import User
from prongsai.agencies.models import Agency, Membership
from prongsai.agencies.roles import Role
from prongsai.evaluation import (
    actions,
    pay_actions,
    queries,
    review_actions,
    scoring,
    training_actions,
)
from prongsai.evaluation.models import Assessment, ReviewRequest, Round, StaffType

T, G, C = StaffType.TEACHER, StaffType.GOVERNMENT_EMPLOYEE, StaffType.CONTRACT
# username, title, first, last, staff type
EXTRA: list[tuple[str, str, str, str, str]] = [
    ("eval-01", "นาง", "กนกวรรณ", "ศรีสุข", T),
    ("eval-02", "นาย", "ชัยวัฒน์", "มั่นคง", T),
    ("eval-03", "นางสาว", "ดวงใจ", "แก้วประเสริฐ", T),
    ("eval-04", "นาย", "ธีรพงษ์", "วงศ์ใหญ่", T),
    ("eval-05", "นาง", "นันทนา", "บุญมา", T),
    ("eval-06", "นางสาว", "พิมพ์ชนก", "ทองดี", T),
    ("eval-07", "นาย", "วีระ", "สายทอง", T),
    ("eval-08", "นาง", "สุภาพร", "จันทร์เพ็ญ", T),
    ("eval-09", "นางสาว", "อรุณี", "ใจดี", G),
    ("eval-10", "นาย", "สมพงษ์", "รักงาน", G),
    ("eval-11", "นาง", "ลำดวน", "พูลผล", G),
    ("eval-12", "นาย", "บุญชู", "ขยันดี", G),
    ("eval-13", "นาย", "มานะ", "อดทน", C),
    ("eval-14", "นางสาว", "ปราณี", "ช่วยงาน", C),
]
LOGINS: dict[str, str] = {
    Role.STAFF: T,
    Role.UNIT_HEAD: T,
    Role.ITA_OFFICER: T,
    Role.COMPLAINT_OFFICER: T,
    Role.ASSET_OFFICER: G,
}
YEAR = 2566


def _people(school: Agency) -> dict[str, User]:
    found = {}
    for username, title, first, last, _type in EXTRA:
        user, created = User.objects.get_or_create(
            username=username, defaults={"title": title, "first_name": first, "last_name": last}
        )
        if created:
            user.set_unusable_password()
            user.save(update_fields=["password"])
        Membership.objects.get_or_create(user=user, agency=school, role=Role.STAFF)
        found[username] = user
    for user in User.objects.filter(username__in=[*LOGINS, Role.DIRECTOR]):
        found[user.username] = user
    return found


def _levels(assessment: Assessment, seed: int) -> dict[str, int]:
    """Levels that differ from person to person, most near the top of each scale."""
    structure = actions.structure_of(assessment)
    return {
        item.key: max(1, item.levels - ((seed + n) % 3 == 0) - ((seed * n) % 7 == 0))
        for n, item in enumerate(scoring.indicators(structure), start=1)
    }


def _dated(round_: Round, *, sent: date, scored: date, read: date | None) -> None:
    """The demo's moments within the round rather than the day it was loaded."""
    at = {
        "self_submitted_at": sent,
        "assessed_at": scored,
        "acknowledged_at": read,
    }
    for field, day in at.items():
        if day is not None:
            moment = timezone.make_aware(datetime.combine(day, time(10, 0)))
            Assessment.objects.filter(round=round_, **{f"{field}__isnull": False}).update(
                **{field: moment}
            )


def _reviews_and_pay(first: Round, director: User) -> None:
    """Two review requests the director answered (one result stands, one changed) and the
    teachers' pay-for-performance table of round 1, approved."""
    by_name = {a.person.username: a for a in queries.round_assessments(first)}
    answers = [
        ("eval-07", ReviewRequest.Outcome.KEPT, None, "พิจารณาหลักฐานแล้ว ยืนตามผลเดิม"),
        ("eval-05", ReviewRequest.Outcome.CHANGED, Decimal("86.50"), "พบหลักฐานเพิ่ม ปรับผล"),
    ]
    for name, outcome, total, answer in answers:
        if name not in by_name:
            continue
        review = review_actions.request_review(
            assessment=by_name[name], reason="ขอให้พิจารณาหลักฐานด้านการพัฒนาสื่อการสอนเพิ่มเติม"
        )
        review_actions.answer_review(
            review=review, by=director, outcome=outcome, answer=answer, new_total=total
        )
    table = pay_actions.save_pay_table(
        round_=first,
        staff_type=StaffType.TEACHER,
        pool=Decimal(42000),
        shares={"outstanding": 4, "very_good": 3, "good": 2, "fair": 1, "improve": 0},
    )
    pay_actions.approve_pay_table(table=table, by=director)


def _training(school: Agency, people: dict[str, User]) -> None:
    courses = [
        ("การจัดการเรียนรู้เชิงรุก (Active Learning)", date(2022, 11, 12), 2, Decimal(12)),
        ("การวัดและประเมินผลตามสภาพจริง", date(2023, 1, 21), 1, Decimal(6)),
        ("ความปลอดภัยไซเบอร์สำหรับบุคลากร", date(2023, 6, 3), 1, Decimal("3.5")),
    ]
    for n, (_name, user) in enumerate(sorted(people.items())):
        for course, first_day, days, hours in courses[: 1 + n % 3]:
            training_actions.add_training(
                agency=school,
                person=user,
                course=course,
                started_on=first_day,
                ended_on=first_day + timedelta(days=days - 1),
                hours=hours,
            )


def load_evaluation(school: Agency, say: Callable[[str], None]) -> None:
    if Round.objects.filter(agency=school).exists():
        say(f"Evaluation: {school.slug} already has its rounds.")
        return
    people = _people(school)
    director, head = people.get(Role.DIRECTOR), people.get(Role.UNIT_HEAD)
    if director is None or head is None:
        return
    types = {user.pk: LOGINS[name] for name, user in people.items() if name in LOGINS}
    types.update({people[row[0]].pk: row[4] for row in EXTRA})
    actions.set_staff_types(agency=school, types=types)
    chosen = [
        (user, director if name in (Role.UNIT_HEAD, "eval-01", "eval-02") else head)
        for name, user in people.items()
        if user.pk in types
    ]
    first = actions.open_round(agency=school, year=YEAR, number=1, by=director)
    actions.add_participants(round_=first, chosen=chosen)
    actions.record_meeting(
        round_=first,
        held_on=date(2022, 10, 5),
        attended=len(chosen) + 1,
        notes="ผู้อำนวยการชี้แจงองค์ประกอบ ตัวชี้วัด และน้ำหนักการประเมิน ครั้งที่ 1/2566 "
        "ให้ครูและบุคลากรทุกกลุ่มงาน พร้อมตอบข้อซักถาม",
    )
    actions.publish_round(round_=first, today=date(2022, 10, 3))
    for seed, assessment in enumerate(queries.round_assessments(first), start=3):
        levels = _levels(assessment, seed)
        actions.save_self_assessment(assessment=assessment, scores=levels, note="", submit=True)
        actions.score_assessment(
            assessment=assessment,
            by=assessment.assessor,
            scores=_levels(assessment, seed + 1),
            comment="ปฏิบัติงานตามที่ได้รับมอบหมายครบถ้วน",
        )
        if assessment.person.username == "eval-08":
            actions.record_refusal(
                assessment=assessment,
                by=assessment.assessor,
                informed_on=date(2023, 4, 10),
                witness="นางลำดวน พูลผล เจ้าหน้าที่ธุรการ",
            )
            continue
        disagree = assessment.person.username == "eval-07"
        actions.acknowledge_result(
            assessment=assessment,
            agree=not disagree,
            reason="ขอให้พิจารณาผลงานด้านการพัฒนาสื่อการสอนเพิ่มเติม" if disagree else "",
        )
    _reviews_and_pay(first, director)
    _dated(first, sent=date(2023, 3, 24), scored=date(2023, 4, 7), read=date(2023, 4, 11))
    actions.close_round(round_=first, today=date(2023, 4, 20))
    _training(school, people)

    second = actions.open_round(agency=school, year=YEAR, number=2, by=director)
    actions.add_participants(round_=second, chosen=chosen)
    actions.publish_round(round_=second, today=date(2023, 4, 3))
    actions.record_meeting(
        round_=second,
        held_on=date(2023, 4, 5),
        attended=len(chosen),
        notes="ชี้แจงเกณฑ์การประเมิน ครั้งที่ 2/2566",
    )
    for seed, assessment in enumerate(queries.round_assessments(second), start=5):
        name = assessment.person.username
        if name == Role.STAFF:
            continue  # the staff login's self-assessment is still to do
        actions.save_self_assessment(
            assessment=assessment, scores=_levels(assessment, seed), note="", submit=True
        )
        if name == Role.ITA_OFFICER or assessment.assessor_id == director.pk:
            actions.score_assessment(
                assessment=assessment,
                by=assessment.assessor,
                scores=_levels(assessment, seed + 2),
                comment="",
            )
    _dated(second, sent=date(2023, 9, 15), scored=date(2023, 9, 22), read=None)
    say(f"Evaluation: rounds 1 and 2 of {YEAR} at {school.slug}, {len(chosen)} people.")
