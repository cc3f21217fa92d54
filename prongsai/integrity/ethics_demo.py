"""The demo's ethics: the code of ethics the seed school follows, and an ethics-drive activity
with its photo in the OIT demo's year (2566) and in this fiscal year."""

from collections.abc import Callable
from datetime import date, timedelta

from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from prongsai.accounts.models import User
from prongsai.agencies.models import Agency
from prongsai.integrity import activity_actions, ethics_actions
from prongsai.integrity.models import CultureActivity, EthicsCode
from prongsai.integrity.no_gift_demo import demo_photo

CODE_TITLE = "ประมวลจริยธรรมของข้าราชการครูและบุคลากรทางการศึกษา"
# The ethical standards of section 5 of the Ethical Standards Act B.E. 2562, which the codes of
# every kind of state official carry; then the school's own requirements.
CODE_BODY = "\n".join(
    [
        "โรงเรียนยึดถือประมวลจริยธรรมของข้าราชการครูและบุคลากรทางการศึกษา ซึ่งออกตาม"
        "พระราชบัญญัติมาตรฐานทางจริยธรรม พ.ศ. ๒๕๖๒ โดยมีมาตรฐานทางจริยธรรม ๗ ประการ ดังนี้",
        "๑. ยึดมั่นในสถาบันหลักของประเทศ อันได้แก่ ชาติ ศาสนา พระมหากษัตริย์ "
        "และการปกครองระบอบประชาธิปไตยอันมีพระมหากษัตริย์ทรงเป็นประมุข",
        "๒. ซื่อสัตย์สุจริต มีจิตสำนึกที่ดี และรับผิดชอบต่อหน้าที่",
        "๓. กล้าตัดสินใจและกระทำในสิ่งที่ถูกต้องชอบธรรม",
        "๔. คิดถึงประโยชน์ส่วนรวมมากกว่าประโยชน์ส่วนตัว และมีจิตสาธารณะ",
        "๕. มุ่งผลสัมฤทธิ์ของงาน",
        "๖. ปฏิบัติหน้าที่อย่างเป็นธรรมและไม่เลือกปฏิบัติ",
        "๗. ดำรงตนเป็นแบบอย่างที่ดีและรักษาภาพลักษณ์ของทางราชการ",
        "ข้อกำหนดจริยธรรมของโรงเรียน: ครูและบุคลากรไม่รับของขวัญจากการปฏิบัติหน้าที่ "
        "ไม่จัดสอนพิเศษเรียกเก็บเงินจากนักเรียนในความดูแลของตน "
        "และไม่ใช้ทรัพย์สินของโรงเรียนเพื่อประโยชน์ส่วนตัว",
    ]
)
ACTIVITY = (
    "อบรมส่งเสริมจริยธรรม: แนวทางสิ่งที่ควรทำและไม่ควรทำสำหรับครู",
    "seminar",
    "ครูและบุคลากรทางการศึกษา",
    52,
    "คณะทำงานด้านจริยธรรมของโรงเรียนชี้แจงประมวลจริยธรรม และร่วมกันทำแนวทางสิ่งที่ควรทำ"
    "และไม่ควรทำในพฤติกรรมที่ก้ำกึ่ง เช่น การรับของจากผู้ปกครอง การสอนพิเศษ",
    "ครูแบ่งกลุ่มอภิปรายกรณีศึกษาพฤติกรรมที่ก้ำกึ่งในห้องประชุม",
)


def load_ethics(school: Agency, say: Callable[[str], None]) -> None:
    officer = User.objects.filter(username="ita_officer").first()
    if officer is None:
        return
    if not EthicsCode.objects.filter(agency=school).exists():
        ethics_actions.save_ethics_code(
            agency=school,
            by=officer,
            data=ethics_actions.EthicsCodeData(title=CODE_TITLE, body=CODE_BODY),
        )
    ethics = CultureActivity.Programme.ETHICS
    if CultureActivity.objects.filter(agency=school, programme=ethics).exists():
        return
    today = timezone.localdate()
    title, kind, audience, attendance, report, alt = ACTIVITY
    for seed, held_on in enumerate((date(2023, 5, 12), today - timedelta(days=20))):
        activity = activity_actions.record_activity(
            agency=school,
            by=officer,
            programme=ethics,
            data=activity_actions.ActivityData(
                held_on=held_on,
                title=title,
                kind=kind,
                audience=audience,
                attendance=attendance,
                report=report,
                published=True,
            ),
        )
        upload = SimpleUploadedFile(f"ethics-{seed}.jpg", demo_photo(seed + 1), "image/jpeg")
        activity_actions.add_photo(activity=activity, upload=upload, alt_text=alt)
    say(f"Ethics: the code and two ethics-drive activities at {school.slug}.")
