"""The demo's gift register: a dozen gifts across every branch of the rules and every decision,
one above the limit still unreported past its 30 days."""

from collections.abc import Callable
from datetime import timedelta
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.utils import timezone

from prongsai.accounts.models import User
from prongsai.agencies.models import Agency
from prongsai.integrity import actions
from prongsai.integrity.models import Gift

R, N = Gift.Relationship.RELATIVE, Gift.Relationship.OTHER
B, OC = Gift.Business, Gift.Occasion
# who, days ago, giver, organisation, relationship, to public, business, occasion, what, value,
# then: "report" (reported when declared), "late" (left unreported), or a decision
# fmt: off
GIFTS: list[tuple[str, int, str, str, str, bool, str, str, str, str, str]] = [
    ("staff", 120, "นางสมศรี ใฝ่ดี", "", R, False, B.NONE, OC.IMPORTANT_DAY,
     "สร้อยคอทองคำ ๑ สลึง วันเกิด", "9500", ""),
    ("unit_head", 100, "ร้านเครื่องเขียนรุ่งเรือง", "ร้านรุ่งเรืองพาณิชย์", N, True, B.NONE,
     OC.FESTIVAL, "ปฏิทินและสมุดบันทึกปีใหม่ที่แจกลูกค้าทุกคน", "250", ""),
    ("staff", 95, "นายวิชัย ผู้ปกครอง", "", N, False, B.PARENT, OC.FESTIVAL,
     "กระเช้าผลไม้ปีใหม่", "1500", ""),
    ("asset_officer", 90, "บริษัท ก้าวหน้าก่อสร้าง จำกัด", "บริษัท ก้าวหน้าก่อสร้าง จำกัด", N,
     False, B.CONTRACTOR, OC.FESTIVAL, "กระเช้าสินค้าปีใหม่", "3000", ""),
    ("ita_officer", 80, "นางพรทิพย์ ศิษย์เก่า", "สมาคมศิษย์เก่า", N, False, B.NONE,
     OC.IMPORTANT_DAY, "ชุดเครื่องเขียนในวันครู", "800", ""),
    ("asset_officer", 75, "บริษัท ไอทีซัพพลาย จำกัด", "บริษัท ไอทีซัพพลาย จำกัด", N, False,
     B.CONTRACTOR, OC.FESTIVAL, "แท็บเล็ต ๑ เครื่อง", "8900", Gift.Decision.RETURN),
    ("unit_head", 70, "นายสมบัติ ผู้ปกครอง", "", N, False, B.PARENT, OC.IMPORTANT_DAY,
     "นาฬิกาข้อมือในวันเกษียณ", "4500", Gift.Decision.KEEP),
    ("staff", 60, "ห้างหุ้นส่วนจำกัด รวมกีฬา", "หจก. รวมกีฬา", N, False, B.PENDING,
     OC.OTHER, "ชุดอุปกรณ์กีฬา", "12000", Gift.Decision.HAND_OVER),
    ("director", 50, "บริษัท ครุภัณฑ์การศึกษา จำกัด", "บริษัท ครุภัณฑ์การศึกษา จำกัด", N, False,
     B.PENDING, OC.FESTIVAL, "เครื่องชงกาแฟ", "6500", Gift.Decision.RETURN),
    ("staff", 40, "นางมาลี ผู้ปกครอง", "", N, False, B.PARENT, OC.OTHER,
     "ผ้าไหมมัดหมี่ ๑ ผืน", "5200", "late"),
    ("unit_head", 10, "บริษัท อาหารกลางวันดี จำกัด", "บริษัท อาหารกลางวันดี จำกัด", N, False,
     B.CONTRACTOR, OC.OTHER, "บัตรกำนัลห้างสรรพสินค้า", "5000", "report"),
    ("director", 8, "สมาคมผู้ปกครองและครู", "สมาคมผู้ปกครองและครู", N, False, B.PARENT,
     OC.IMPORTANT_DAY, "กระเป๋าเอกสารหนัง", "3500", "report"),
]
# fmt: on
REASONS: dict[str, str] = {
    Gift.Decision.KEEP: "เป็นของที่ระลึกในวันเกษียณ ผู้ให้ไม่มีเรื่องติดต่อกับโรงเรียน",
    Gift.Decision.RETURN: "ผู้ให้เป็นคู่สัญญาหรือมีเรื่องติดต่อกับโรงเรียน ไม่ควรรับไว้",
    Gift.Decision.HAND_OVER: "เป็นประโยชน์ต่อการเรียนการสอน ส่งมอบเป็นทรัพย์สินของโรงเรียน",
}


def load_gifts(school: Agency, say: Callable[[str], None]) -> None:
    if Gift.objects.filter(agency=school).exists():
        say(f"Gifts: {school.slug} already has its register.")
        return
    names = {row[0] for row in GIFTS}
    people = {user.username: user for user in User.objects.filter(username__in=names)}
    deciders = {
        False: people.get("director"),
        True: User.objects.filter(username="supervisor").first(),
    }
    today = timezone.localdate()
    made = 0
    for row in GIFTS:
        who, ago, giver, organisation, relation, public, business, occasion, what, value, then = row
        declarer = people.get(who)
        if declarer is None:
            continue
        received = today - timedelta(days=ago)
        data = actions.GiftData(
            received_on=received,
            giver_name=giver,
            giver_organisation=organisation,
            relationship=relation,
            to_public=public,
            business=business,
            occasion=occasion,
            description=what,
            value=Decimal(value),
        )
        gift = actions.declare_gift(
            agency=school, declarer=declarer, data=data, report_now=False, today=today
        )
        made += 1
        if then in ("", "late") or gift.status != Gift.Status.TO_REPORT:
            continue
        actions.report_gift(gift=gift, by=declarer, today=received + timedelta(days=min(ago, 12)))
        decider = deciders[gift.declared_by_head]
        if then in REASONS and decider is not None:
            try:  # a hand-over goes into the asset register, which may refuse it
                actions.decide_gift(gift=gift, by=decider, decision=then, reason=REASONS[then])
            except ValidationError as error:
                say(f"Gifts: gift {gift.pk} left undecided: {' '.join(error.messages)}")
    say(f"Gifts: {made} gifts recorded at {school.slug}.")


def load_integrity(school: Agency, say: Callable[[str], None]) -> None:
    """The module's demo step: the gift register, the No Gift Policy, then ethics."""
    from prongsai.integrity.ethics_demo import load_ethics
    from prongsai.integrity.no_gift_demo import load_activities, load_declarations, load_reports

    load_gifts(school, say)
    load_declarations(school, say)
    load_activities(school, say)
    load_reports(school, say)
    load_ethics(school, say)
