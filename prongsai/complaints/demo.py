"""Demo cases, so the officer's list and the public statistics have something to show."""

from collections.abc import Callable
from datetime import timedelta

from django.utils import timezone

from prongsai.accounts.models import User
from prongsai.agencies.models import Agency
from prongsai.complaints import actions
from prongsai.complaints.models import Complaint

CASES = [
    ("bribe", 70, "มีการเรียกเงินเพิ่มเติมในการออกใบรับรองผลการเรียน", "substantiated"),
    ("service", 55, "ติดต่อขอเอกสารแล้วรอนานเกินกว่าที่ประกาศไว้", "not_substantiated"),
    ("asset", 40, "พบการนำโต๊ะเก้าอี้ของโรงเรียนไปใช้ในงานส่วนตัว", "referred"),
    ("budget", 20, "ค่าอาหารกลางวันนักเรียนไม่ตรงกับที่ประกาศ", ""),
    ("corruption", 8, "การจัดซื้ออุปกรณ์กีฬาอาจไม่โปร่งใส", ""),
    ("other", 1, "ขอให้ตรวจสอบการเก็บเงินค่ากิจกรรม", ""),
]


def load_complaints(school: Agency, say: Callable[[str], None]) -> None:
    if Complaint.objects.filter(agency=school).exists():
        say("Complaints: demo cases already there.")
        return
    officer = User.objects.filter(username="complaint_officer").first()
    today = timezone.localdate()
    for category, days_ago, text, outcome in CASES:
        complaint, _receipt = actions.file_complaint(
            agency=school,
            data=actions.NewComplaint(category=category, what_happened=text),
            today=today - timedelta(days=days_ago),
        )
        if officer is None or days_ago < 10:
            continue
        actions.acknowledge(complaint=complaint, by=officer)
        Complaint.objects.filter(pk=complaint.pk).update(
            acknowledged_on=complaint.filed_on + timedelta(days=3)
        )
        if outcome:
            actions.close_case(
                complaint=complaint, outcome=outcome, reason="ผลการตรวจสอบตามข้อเท็จจริง", by=officer
            )
            Complaint.objects.filter(pk=complaint.pk).update(
                closed_on=complaint.filed_on + timedelta(days=30)
            )
    say(f"Complaints: {len(CASES)} demo cases in {school.slug} (receipts are not shown).")
