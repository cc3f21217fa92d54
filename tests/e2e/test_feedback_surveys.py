"""A parent answers the running satisfaction survey on a phone (the notice first, a missing
answer told at the question, once per browser); the ITA officer reads the analysis."""

import re

from tests.e2e.conftest import serious_violations, sign_in


def test_a_parent_answers_on_a_phone_and_the_officer_reads_the_results(phone, desktop):
    page = phone.page
    phone.go("/kamphaeng-wittayakhom/surveys/")
    page.get_by_role("link", name=re.compile("ขอเอกสารทางการศึกษา")).click()
    page.wait_for_load_state()
    assert phone.csp_errors == []
    assert serious_violations(page) == []
    notice = page.get_by_role("heading", name=re.compile("ประกาศความเป็นส่วนตัว"))
    first_part = page.get_by_role("heading", name=re.compile("ตอนที่ 1"))
    assert notice.bounding_box()["y"] < first_part.bounding_box()["y"]

    page.get_by_label("ผู้ปกครอง").check()
    page.get_by_label("ข้อเสนอแนะเพื่อการปรับปรุงการให้บริการ").fill("ขอให้มีที่จอดรถเพิ่ม")
    page.get_by_role("button", name="ส่งคำตอบ").click()
    page.wait_for_load_state()
    assert page.get_by_text("กรุณาตอบข้อนี้").first.is_visible()
    assert page.get_by_label("ผู้ปกครอง").is_checked()  # nothing lost
    assert page.get_by_label("ข้อเสนอแนะเพื่อการปรับปรุงการให้บริการ").input_value() == ("ขอให้มีที่จอดรถเพิ่ม")
    radios = page.locator('input[type="radio"][value="4"]')
    for index in range(radios.count()):
        radios.nth(index).check()
    page.get_by_role("button", name="ส่งคำตอบ").click()
    page.wait_for_load_state()
    assert page.get_by_role("heading", name="ขอบคุณ").is_visible()
    page.reload()
    assert page.get_by_text("เบราว์เซอร์นี้ตอบ").is_visible()  # once per browser

    sign_in(desktop, "ita_officer")
    desktop.go("/kamphaeng-wittayakhom/staff/surveys/")
    desktop.page.get_by_role("link", name=re.compile("ขอเอกสารทางการศึกษา")).click()
    desktop.page.wait_for_load_state()
    assert desktop.page.get_by_text("46").first.is_visible()  # 45 in the demo, and hers
    assert desktop.page.get_by_text("ขอให้มีที่จอดรถเพิ่ม").last.is_visible()  # newest answers
    # grouped by the job that her answer kicked (inline in tests), under its recurring word
    assert desktop.page.get_by_text(re.compile("“ที่จอดรถ” — ")).is_visible()
    assert serious_violations(desktop.page) == []
