"""A parent asks on a phone; the ITA officer assigns the question and answers it online; the
answer is on the public Q&A page with the time it took, beside the month's figures."""

import re

from tests.e2e.conftest import serious_violations, sign_in

QUESTION = "โรงเรียนเปิดรับสมัครนักเรียนชั้น ม.1 วันไหนครับ"
ANSWER = "เปิดรับสมัครวันที่ 1–5 มีนาคม ที่ห้องวิชาการ"


def test_a_parent_asks_and_the_officer_assigns_and_answers(phone, desktop):
    page = phone.page
    phone.go("/kamphaeng-wittayakhom/questions/")
    assert page.get_by_role("heading", name=re.compile("สถิติปีงบประมาณ")).is_visible()
    assert page.get_by_role("table", name=re.compile("ตามเดือนที่ได้รับเรื่อง")).is_visible()
    page.get_by_label("คำถามหรือข้อเสนอแนะของท่าน").fill(QUESTION)
    page.get_by_role("button", name="ส่ง").click()
    page.wait_for_load_state()
    assert page.get_by_label("คำถามหรือข้อเสนอแนะของท่าน").input_value() == QUESTION  # kept
    topic = page.get_by_label("เรื่องเกี่ยวกับ")
    topic.select_option(index=1)
    page.get_by_role("button", name="ส่ง").click()
    page.wait_for_load_state()
    assert page.get_by_role("heading", name="ขอบคุณ").is_visible()
    assert serious_violations(page) == []

    sign_in(desktop, "ita_officer")
    office = desktop.page
    desktop.go("/kamphaeng-wittayakhom/staff/questions/")
    row = office.get_by_role("row").filter(has_text=QUESTION[:40])
    row.get_by_role("link").first.click()
    office.wait_for_load_state()
    assignee = office.get_by_label("มอบหมายให้")
    labels = assignee.locator("option").all_text_contents()
    assignee.select_option(label=next(label for label in labels if "วิชาการ" in label))
    office.get_by_role("button", name="มอบหมาย", exact=True).click()
    office.wait_for_load_state()
    assert office.get_by_text(re.compile("วิชาการ")).first.is_visible()
    office.get_by_role("textbox", name="คำตอบ", exact=True).fill(ANSWER)
    office.get_by_role("button", name="บันทึกคำตอบ").click()
    office.wait_for_load_state()
    assert office.get_by_text(ANSWER).first.is_visible()
    assert serious_violations(office) == []

    phone.go("/kamphaeng-wittayakhom/questions/")
    answered = page.locator("article").filter(has_text=QUESTION)
    assert answered.get_by_text(ANSWER).is_visible()
    assert answered.get_by_text(re.compile("ใช้เวลา 0 วันทำการ")).is_visible()
