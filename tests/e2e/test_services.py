"""A parent requests a transcript online on a phone, follows it, and rates the service."""

from prongsai.services.models import Request
from tests.e2e.conftest import serious_violations, sign_in


def test_request_online_then_staff_completes_and_parent_rates(phone, desktop):
    page = phone.page
    phone.go("/kamphaeng-wittayakhom/services/")
    assert serious_violations(page) == []
    page.get_by_role("link", name="ขอใบรับรองการเป็นนักเรียน").click()
    page.wait_for_load_state()
    assert page.get_by_text("คู่มือสำหรับประชาชน").first.is_visible()
    assert serious_violations(page) == []
    page.get_by_label("ชื่อ-นามสกุลนักเรียน").fill("ด.ช.ตัวอย่าง ขยันเรียน")
    page.get_by_label("ชั้น/ห้อง").fill("ม.2/1")
    page.get_by_label("นำไปใช้เพื่อ").fill("ขอทุนการศึกษา")
    page.get_by_role("button", name="ส่งคำขอ").click()
    page.wait_for_load_state()
    # The requester forgot the contact details: told what to fix, nothing lost.
    assert page.get_by_role("alert").is_visible()
    assert page.get_by_label("ชั้น/ห้อง").input_value() == "ม.2/1"
    page.get_by_label("ชื่อของคุณ").fill("ผู้ปกครอง ทดสอบระบบ")
    page.get_by_label("อีเมลของคุณ").fill("parent@example.com")
    page.get_by_role("button", name="ส่งคำขอ").click()
    page.wait_for_load_state()
    filed = Request.objects.get(requester_name="ผู้ปกครอง ทดสอบระบบ")
    assert filed.tracking in page.content()
    assert phone.csp_errors == []

    staff = desktop.page
    sign_in(desktop, "staff")
    desktop.go(f"/kamphaeng-wittayakhom/staff/services/requests/{filed.pk}/")
    staff.get_by_label("สถานะใหม่").select_option("done")
    staff.get_by_role("button", name="เปลี่ยนสถานะคำขอ").click()
    staff.wait_for_load_state()

    page.reload()
    page.get_by_label("5 — พึงพอใจมากที่สุด").check()
    page.get_by_role("button", name="ส่ง", exact=True).click()
    page.wait_for_load_state()
    filed.refresh_from_db()
    assert filed.rating == 5
