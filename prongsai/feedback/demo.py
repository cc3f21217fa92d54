"""The demo's questions and suggestions: thirty of them in every state, with Thai text, and
category rules that send them to the demo units."""

from collections.abc import Callable
from datetime import datetime, timedelta

from django.utils import timezone

from prongsai.accounts.models import User
from prongsai.agencies.models import Agency, Unit
from prongsai.feedback import actions
from prongsai.feedback.models import Question

# category → unit of the demo school (load_demo's units)
RULES = {
    "งานวิชาการ": "ฝ่ายบริหารวิชาการ",
    "งานการเงินและงบประมาณ": "งานการเงินและบัญชี",
    "งานบริหารทั่วไป": "งานธุรการ",
    "งานบุคคล": "ฝ่ายบริหารงานบุคคล",
}
ASKERS = [("นางสมศรี ใจดี", "somsri@example.com"), ("", ""), ("นายวิชัย รักเรียน", "")]
# (category, kind, question, answer); state by position below
ITEMS = [
    (
        "งานวิชาการ",
        "question",
        "โรงเรียนเปิดรับสมัครนักเรียนชั้น ม.1 ปีการศึกษาหน้าเมื่อไรคะ",
        "เปิดรับสมัครระหว่างวันที่ 1–5 มีนาคม ทางเว็บไซต์และที่ห้องวิชาการ",
    ),
    (
        "งานวิชาการ",
        "question",
        "ขอทราบตารางสอบปลายภาคเรียนที่ 2",
        "ประกาศตารางสอบไว้ที่หน้าเว็บไซต์ในหัวข้อข่าววิชาการแล้ว",
    ),
    (
        "งานวิชาการ",
        "suggestion",
        "อยากให้มีชั่วโมงสอนเสริมคณิตศาสตร์หลังเลิกเรียน",
        "ขอบคุณครับ ฝ่ายวิชาการจะจัดสอนเสริมทุกวันพุธ เริ่มเดือนหน้า",
    ),
    (
        "งานการเงินและงบประมาณ",
        "question",
        "ค่าบำรุงการศึกษาเทอมนี้ชำระได้ถึงวันไหน",
        "ชำระได้ถึงวันที่ 30 ของเดือนนี้ ที่งานการเงินหรือโอนผ่านธนาคาร",
    ),
    (
        "งานการเงินและงบประมาณ",
        "question",
        "โรงเรียนเปิดเผยงบประมาณรายจ่ายประจำปีที่ไหน",
        "เผยแพร่ในหน้าข้อมูลสาธารณะ หัวข้อแผนการใช้จ่ายงบประมาณประจำปี",
    ),
    (
        "งานบริหารทั่วไป",
        "suggestion",
        "ที่จอดรถผู้ปกครองหน้าประตูไม่พอในช่วงเช้า",
        "โรงเรียนเปิดลานจอดด้านหลังอาคาร 3 ให้ผู้ปกครองตั้งแต่ 06.30 น.",
    ),
    (
        "งานบริหารทั่วไป",
        "question",
        "ขอใช้หอประชุมจัดกิจกรรมชุมชนต้องทำอย่างไร",
        "ยื่นคำขอใช้สถานที่ผ่านบริการออนไลน์ล่วงหน้าอย่างน้อย 7 วัน",
    ),
    (
        "งานบุคคล",
        "question",
        "โรงเรียนรับสมัครครูอัตราจ้างเมื่อไร",
        "ประกาศรับสมัครจะเผยแพร่ทางเว็บไซต์เมื่อได้รับอนุมัติอัตรา",
    ),
    ("อื่น ๆ", "suggestion", "ขอบคุณโรงเรียนที่จัดกิจกรรมวันแม่ได้ประทับใจมาก", "ขอบคุณที่ร่วมกิจกรรมกับโรงเรียนครับ"),
    (
        "งานวิชาการ",
        "question",
        "ขอใบรับรองผลการเรียนต้องใช้เวลากี่วัน",
        "ใช้เวลา 3 วันทำการ ขอได้ทางบริการออนไลน์",
    ),
    ("งานบริหารทั่วไป", "suggestion", "น้ำดื่มที่โรงอาหารควรมีจุดกดเพิ่ม", "ติดตั้งเครื่องกรองน้ำเพิ่ม 2 จุดแล้ว"),
    (
        "งานการเงินและงบประมาณ",
        "question",
        "ขอใบเสร็จค่าบำรุงการศึกษาย้อนหลังได้ไหม",
        "ขอสำเนาได้ที่งานการเงิน พร้อมบัตรประชาชนผู้ปกครอง",
    ),
    # answered, asked private
    (
        "งานบุคคล",
        "question",
        "ดิฉันขอทราบผลการพิจารณาคำร้องขอย้ายของครูในครอบครัว",
        "ได้ส่งคำตอบทางอีเมลที่ท่านแจ้งไว้แล้ว",
    ),
    (
        "งานวิชาการ",
        "question",
        "บุตรของดิฉันมีปัญหาสุขภาพ ขอสอบย้อนหลังได้หรือไม่",
        "สอบย้อนหลังได้ โปรดนำใบรับรองแพทย์มาที่ฝ่ายวิชาการ",
    ),
    (
        "งานการเงินและงบประมาณ",
        "question",
        "ขอผ่อนผันค่าบำรุงการศึกษาเนื่องจากครอบครัวมีปัญหา",
        "ผ่อนผันได้ โปรดติดต่อครูที่ปรึกษาเพื่อยื่นคำร้อง",
    ),
    # answered, kept private by staff
    (
        "งานบริหารทั่วไป",
        "question",
        "รถรับส่งนักเรียนสาย 2 มาสายบ่อย ขอทราบชื่อคนขับ",
        "ได้แจ้งผู้ประกอบการแล้ว และจะติดตามเวลาเดินรถทุกสัปดาห์",
    ),
    (
        "อื่น ๆ",
        "question",
        "ขอเบอร์โทรศัพท์ของครูประจำชั้น ม.2/3",
        "ติดต่อผ่านงานธุรการ โทร 054-000000 ในเวลาราชการ",
    ),
    # assigned, waiting (the first two overdue)
    ("งานวิชาการ", "question", "วิชาเลือกเสรีภาคเรียนหน้ามีอะไรบ้าง", ""),
    ("งานการเงินและงบประมาณ", "question", "เงินอุดหนุนค่าเครื่องแบบนักเรียนจะได้รับเมื่อไร", ""),
    ("งานบริหารทั่วไป", "suggestion", "ห้องน้ำอาคาร 2 ชั้นบนชำรุด ควรซ่อม", ""),
    ("งานบุคคล", "question", "ครูที่ปรึกษาชมรมดนตรีคือใคร", ""),
    ("งานวิชาการ", "suggestion", "อยากให้ห้องสมุดเปิดถึง 17.00 น.", ""),
    ("งานบริหารทั่วไป", "question", "ไฟส่องสว่างทางเดินหลังโรงเรียนดับหลายดวง", ""),
    # new, nobody assigned (the first overdue)
    ("อื่น ๆ", "question", "โรงเรียนมีโครงการแลกเปลี่ยนนักเรียนต่างประเทศไหม", ""),
    ("อื่น ๆ", "suggestion", "ควรมีป้ายบอกทางไปห้องต่าง ๆ สำหรับผู้มาติดต่อ", ""),
    ("อื่น ๆ", "question", "ขอเข้าเยี่ยมชมโรงเรียนเป็นหมู่คณะได้หรือไม่", ""),
    ("อื่น ๆ", "suggestion", "อยากให้มีกิจกรรมปลูกต้นไม้ร่วมกับชุมชน", ""),
    # hidden
    ("อื่น ๆ", "question", "รับทำเว็บไซต์ราคาถูก ติดต่อไลน์ไอดี xxx", ""),
    ("อื่น ๆ", "question", "ข้อความทดสอบ ทดสอบ ทดสอบ", ""),
    ("อื่น ๆ", "suggestion", "คลิกลิงก์นี้รับรางวัลทันที", ""),
]
HIDDEN_REASONS = ["โฆษณา (สแปม)", "ข้อความทดสอบ ไม่มีเนื้อหา", "ลิงก์หลอกลวง (สแปม)"]


def load_questions(school: Agency, say: Callable[[str], None]) -> None:
    if Question.objects.filter(agency=school).exists():
        say(f"Questions: {school.slug} already has questions.")
        return
    categories = {category.name: category for category in actions.ensure_categories(agency=school)}
    for name, unit_name in RULES.items():
        unit = Unit.objects.filter(agency=school, name_th=unit_name).first()
        if name in categories and unit is not None:
            actions.save_category(
                agency=school,
                category=categories[name],
                name=name,
                assign_user=None,
                assign_unit=unit,
            )
    officer = User.objects.filter(username="ita_officer").first()
    today = timezone.localdate()
    now = timezone.now()
    for index, (category, kind, text, answer) in enumerate(ITEMS):
        name, email = ASKERS[index % len(ASKERS)]
        age = 60 - 2 * index if index < 17 else (20 if index in (17, 18, 23) else 1)
        asked_at = now - timedelta(days=max(age, 0), hours=index)
        question = actions.ask_question(
            agency=school,
            asked=actions.Asked(
                kind=kind,
                category=categories.get(category),
                text=text,
                name=name,
                email=email or ("asker@example.com" if 12 <= index < 15 else ""),
                private=12 <= index < 15,
            ),
            now=asked_at,
        )
        if index < 17:
            answered_at: datetime = asked_at + timedelta(days=1 + index % 6, hours=2)
            actions.answer_question(
                question=question,
                answer=answer,
                keep_private=15 <= index < 17,
                actor=officer,
                now=min(answered_at, now),
            )
        elif index >= 27:
            actions.hide_question(question=question, reason=HIDDEN_REASONS[index - 27])
    say(f"Questions: {len(ITEMS)} questions and suggestions at {school.slug} (today {today}).")
