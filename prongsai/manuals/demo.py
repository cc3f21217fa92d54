"""The demo's operating manual: lending supplies for use off the premises, published."""

from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from django.utils import timezone

from prongsai.accounts.models import User
from prongsai.agencies.models import Agency, Unit
from prongsai.lib.fiscal import current_fiscal_year, fiscal_year_bounds
from prongsai.manuals import actions
from prongsai.manuals.models import Manual, ManualVersion

TITLE = "คู่มือการปฏิบัติงานการยืมพัสดุไปใช้นอกสถานที่"
UNIT = "งานพัสดุและสินทรัพย์"
PURPOSE = (
    "เพื่อให้การยืมพัสดุของโรงเรียนไปใช้นอกสถานที่เป็นไปตามระเบียบกระทรวงการคลังว่าด้วยการจัดซื้อ"
    "จัดจ้างและการบริหารพัสดุภาครัฐ พ.ศ. ๒๕๖๐ มีหลักฐานการยืม การอนุมัติ และการคืนที่ตรวจสอบได้ "
    "และป้องกันการนำทรัพย์สินของทางราชการไปใช้ประโยชน์ส่วนตน"
)
SCOPE = (
    "ครอบคลุมตั้งแต่ผู้ยืมยื่นแบบคำขอยืมพัสดุ จนถึงการรับคืนพัสดุและบันทึกสภาพลงในทะเบียนคุมการยืม "
    "ใช้กับครูและบุคลากรทางการศึกษาทุกคนที่ยืมพัสดุไปใช้ในราชการนอกสถานที่"
)
STEPS = [
    actions.StepData(
        "ยื่นแบบคำขอยืมพัสดุ ระบุรายการ วัตถุประสงค์ สถานที่ และกำหนดวันคืน",
        "ผู้ยืม",
        15,
        "แบบคำขอยืมพัสดุที่กรอกครบถ้วน",
    ),
    actions.StepData(
        "ตรวจสอบพัสดุว่างและสภาพพร้อมใช้ เสนอความเห็นต่อหัวหน้าเจ้าหน้าที่",
        "เจ้าหน้าที่พัสดุ",
        30,
        "บันทึกความเห็นของเจ้าหน้าที่พัสดุ",
    ),
    actions.StepData(
        "พิจารณาอนุมัติการยืม",
        "ผู้อำนวยการโรงเรียน",
        60,
        "คำขอยืมที่ลงนามอนุมัติ",
    ),
    actions.StepData(
        "ส่งมอบพัสดุ ตรวจสภาพร่วมกับผู้ยืม และลงทะเบียนคุมการยืม",
        "เจ้าหน้าที่พัสดุ",
        20,
        "ทะเบียนคุมการยืมพัสดุลงรายการแล้ว",
    ),
    actions.StepData(
        "รับคืนพัสดุภายในกำหนด ตรวจสภาพ และรายงานผู้อำนวยการเมื่อชำรุดหรือสูญหาย",
        "เจ้าหน้าที่พัสดุ",
        30,
        "หลักฐานการรับคืนและบันทึกสภาพพัสดุ",
    ),
]


def load_manuals(school: Agency, say: Callable[[str], None]) -> None:
    if ManualVersion.objects.filter(
        manual__agency=school, manual__title=TITLE, status=ManualVersion.Status.PUBLISHED
    ).exists():
        say(f"Manuals: “{TITLE}” is already published at {school.slug}.")
        return
    Manual.objects.filter(agency=school, title=TITLE).delete()  # a half-made one from before
    officer = User.objects.filter(username="ita_officer").first()
    director = User.objects.filter(username="director").first()
    # Published early in this fiscal year (the OIT checks the date), reviewed a year later.
    start, _end = fiscal_year_bounds(current_fiscal_year())
    published_on = min(start + timedelta(days=30), timezone.localdate())
    data = actions.ManualData(
        title=TITLE,
        owner_unit=Unit.objects.filter(agency=school, name_th=UNIT).first(),
        purpose=PURPOSE,
        scope=SCOPE,
        review_on=published_on + timedelta(days=365),
        changes="จัดทำครั้งแรก",
        steps=STEPS,
    )
    manual = actions.create_manual(agency=school, data=data, actor=officer)
    version = manual.versions.get()
    if officer is not None and director is not None:
        actions.submit_version(version=version, actor=officer, today=published_on)
        actions.approve_version(version=version, actor=director)
    else:  # no demo people: publish without the names
        version.status = ManualVersion.Status.PUBLISHED
        version.save(update_fields=["status"])
    moment = datetime(published_on.year, published_on.month, published_on.day, 3, tzinfo=UTC)
    ManualVersion.objects.filter(pk=version.pk).update(
        submitted_at=moment, approved_at=moment, published_at=moment
    )
    say(f"Manuals: “{TITLE}” is published at {school.slug}.")
