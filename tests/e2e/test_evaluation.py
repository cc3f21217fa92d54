"""Staff evaluation in the browser: the director opens and publishes a round, a teacher
self-assesses on a phone, the unit head assesses, the teacher acknowledges, a parent reads the
public results (counts only)."""

from prongsai.evaluation.models import Assessment, Round
from tests.e2e.conftest import serious_violations, sign_in

SCHOOL = "/kamphaeng-wittayakhom"


def test_a_round_from_opening_to_acknowledgement(phone, desktop):
    director = desktop.page
    sign_in(desktop, "director")
    desktop.go(f"{SCHOOL}/staff/evaluation/rounds/new/")
    director.get_by_label("ปีงบประมาณ (พ.ศ.)").fill("๒๕๖๗")
    director.get_by_label("ครั้งที่ 1: 1 ตุลาคม – 31 มีนาคม").check()
    director.get_by_role("button", name="เปิดรอบการประเมิน").click()
    director.wait_for_load_state()
    opened = Round.objects.get(year=2567, number=1)
    assert director.get_by_text("เปิดรอบการประเมินแล้ว").is_visible()
    assert serious_violations(director) == []
    director.get_by_label("นางสมใจ ใฝ่ดี").select_option(label="นายประเสริฐ ตั้งใจงาน")
    director.get_by_role("button", name="บันทึก", exact=True).first.click()
    director.wait_for_load_state()
    director.get_by_role("button", name="ประกาศหลักเกณฑ์ให้บุคลากรทราบ").click()
    director.wait_for_load_state()
    opened.refresh_from_db()
    assert opened.published_on is not None
    assert desktop.csp_errors == []

    teacher = phone.page
    sign_in(phone, "staff")
    phone.go(f"{SCHOOL}/staff/evaluation/")
    teacher.get_by_role("link", name="ครั้งที่ 1/2567", exact=True).click()
    teacher.wait_for_load_state()
    teacher.get_by_role("link", name="ประเมินตนเอง").click()
    teacher.wait_for_load_state()
    assert serious_violations(teacher) == []
    teacher.get_by_role("button", name="ส่งให้ผู้ประเมิน").click()
    teacher.wait_for_load_state()
    assert teacher.get_by_role("alert").first.is_visible()  # nothing chosen yet: told what
    for radio in teacher.locator('input[type=radio][value="4"]').all():
        radio.check()
    teacher.get_by_role("button", name="ส่งให้ผู้ประเมิน").click()
    teacher.wait_for_load_state()
    mine = Assessment.objects.get(round=opened, person__username="staff")
    assert mine.status == Assessment.Status.SUBMITTED

    head = desktop.page
    head.context.clear_cookies()  # the director signs out; the unit head signs in
    sign_in(desktop, "unit_head")
    desktop.go(f"{SCHOOL}/staff/evaluation/assessments/{mine.pk}/score/")
    for radio in head.locator('input[type=radio][value="3"]').all():
        radio.check()
    head.get_by_role("button", name="บันทึกคะแนน").click()
    head.wait_for_load_state()
    mine.refresh_from_db()
    assert mine.result == "good"  # 60 + 6 + 7.5 = 73.5

    teacher.reload()
    phone.go(f"{SCHOOL}/staff/evaluation/rounds/{opened.pk}/mine/")
    assert teacher.get_by_text("73.50").first.is_visible()
    teacher.get_by_label("รับทราบผลการประเมิน").check()
    teacher.get_by_role("button", name="บันทึก").click()
    teacher.wait_for_load_state()
    mine.refresh_from_db()
    assert mine.status == Assessment.Status.ACKNOWLEDGED
    assert phone.csp_errors == []


def test_a_parent_reads_the_public_results(phone):
    page = phone.page
    phone.go(f"{SCHOOL}/hr/2566/")
    assert page.get_by_role("heading", name="ครั้งที่ 1").is_visible()
    assert "นางสมใจ" not in page.content()
    assert serious_violations(page) == []
    page.get_by_role("link", name="หลักเกณฑ์การประเมินของปีนี้").click()
    page.wait_for_load_state()
    assert page.get_by_text("องค์ประกอบที่ 1").first.is_visible()
