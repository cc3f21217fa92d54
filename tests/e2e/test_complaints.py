"""A parent files an anonymous complaint on a phone, saves the receipt, and follows it up."""

import re

from tests.e2e.conftest import serious_violations


def test_anonymous_complaint_on_a_phone_then_follow_up(phone):
    page = phone.page
    phone.go("/kamphaeng-wittayakhom/")
    page.get_by_role("link", name=re.compile("ร้องเรียน")).first.click()
    page.wait_for_load_state()
    assert phone.csp_errors == []
    assert serious_violations(page) == []
    page.get_by_label("มีเจ้าหน้าที่เรียกรับเงินหรือผลประโยชน์").check()
    page.get_by_label("เกิดอะไรขึ้น").fill("เจ้าหน้าที่เรียกเงินเพิ่มสองพันบาทเพื่อออกใบรับรองให้ลูก")
    page.wait_for_timeout(3100)  # a person takes longer than the anti-bot minimum
    page.get_by_role("button", name="ส่งเรื่องร้องเรียน").click()
    page.wait_for_load_state()
    receipt = page.locator("#receipt").inner_text()
    assert re.fullmatch(r"\d{4} \d{4} \d{4} \d{4}", receipt)
    assert receipt.replace(" ", "") not in page.url
    assert serious_violations(page) == []

    page.get_by_role("link", name="ไปหน้าติดตามเรื่อง").click()
    page.get_by_label("หมายเลขรับเรื่อง 16 หลัก").fill(receipt)
    page.get_by_role("button", name="เปิดดูเรื่องของฉัน").click()
    page.wait_for_load_state()
    assert page.get_by_text("ได้รับเรื่องแล้ว").first.is_visible()
    assert receipt.replace(" ", "") not in page.url
    page.get_by_label("คำตอบของคุณ").fill("เกิดขึ้นวันที่ 3 พฤศจิกายน ที่ห้องธุรการ")
    page.get_by_role("button", name="ส่ง", exact=True).click()
    page.wait_for_load_state()
    assert page.get_by_text("เกิดขึ้นวันที่ 3 พฤศจิกายน ที่ห้องธุรการ").is_visible()
    assert serious_violations(page) == []
