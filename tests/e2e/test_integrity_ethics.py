"""Ethics in a browser: the ITA officer rewrites the school's code of ethics on a phone (the
demo's code), records an ethics-drive activity with a photo; the public reads the code at
/<agency>/ethics/ and the activity on the year's ethics page, not on the No Gift page."""

from django.utils import timezone

from prongsai.lib.fiscal import fiscal_year
from tests.e2e.conftest import serious_violations, sign_in
from tests.integrity.helpers import PNG

SCHOOL = "/kamphaeng-wittayakhom"


def test_the_officer_keeps_the_code_and_records_the_drive(phone):
    year = fiscal_year(timezone.localdate())
    page = phone.page
    sign_in(phone, "ita_officer")
    phone.go(f"{SCHOOL}/staff/integrity/ethics/")
    body = page.get_by_label("เนื้อหาหรือสาระสำคัญของประมวลจริยธรรม")
    body.fill(body.input_value() + "\nครูไม่ใช้โทรศัพท์ส่วนตัวระหว่างสอน")
    page.get_by_label("หรือลิงก์ไปยังเอกสารต้นฉบับ").fill("ไม่ใช่ลิงก์")
    page.get_by_role("button", name="บันทึกและเผยแพร่").click()
    page.wait_for_load_state()
    assert page.get_by_text("กรุณาพิมพ์ที่อยู่ลิงก์ให้ครบ").count() >= 1
    assert "ครูไม่ใช้โทรศัพท์ส่วนตัวระหว่างสอน" in body.input_value()  # nothing typed is lost
    page.get_by_label("หรือลิงก์ไปยังเอกสารต้นฉบับ").fill("")
    page.get_by_role("button", name="บันทึกและเผยแพร่").click()
    page.wait_for_load_state()
    assert page.get_by_text("บันทึกประมวลจริยธรรมแล้ว").count() == 1
    assert serious_violations(page) == []

    page.get_by_role("link", name="บันทึกกิจกรรมขับเคลื่อนจริยธรรม").click()
    page.wait_for_load_state()
    today = timezone.localdate()
    page.get_by_label("วันที่จัด").fill(f"{today.day:02d}/{today.month:02d}/{today.year + 543}")
    page.get_by_label("ชื่อกิจกรรม").fill("ประชุมคณะทำงานด้านจริยธรรม")
    page.get_by_label("ประชุมบุคลากร").check()
    page.get_by_label("กลุ่มเป้าหมาย").fill("คณะทำงานด้านจริยธรรม")
    page.get_by_label("จำนวนผู้เข้าร่วม (คน)").fill("๑๒")
    page.get_by_label("รายงานโดยย่อ").fill("ทบทวนแนวทางสิ่งที่ควรทำและไม่ควรทำ")
    page.get_by_label("เผยแพร่บนหน้าจริยธรรมของหน่วยงาน").check()
    page.get_by_role("button", name="บันทึก", exact=True).click()
    page.wait_for_load_state()
    page.locator("input[name=photo]").set_input_files(
        {"name": "team.png", "mimeType": "image/png", "buffer": PNG}
    )
    page.get_by_label("คำบรรยายภาพ").fill("คณะทำงานนั่งประชุมรอบโต๊ะ")
    page.get_by_role("button", name="เพิ่มรูปภาพ").click()
    page.wait_for_load_state()
    assert page.get_by_alt_text("คณะทำงานนั่งประชุมรอบโต๊ะ").count() == 1
    assert phone.csp_errors == []

    phone.go(f"{SCHOOL}/ethics/")
    assert page.get_by_text("ครูไม่ใช้โทรศัพท์ส่วนตัวระหว่างสอน").count() == 1
    assert serious_violations(page) == []
    page.get_by_role("link", name=f"ปีงบประมาณ {year}").click()
    page.wait_for_load_state()
    assert page.get_by_text("ประชุมคณะทำงานด้านจริยธรรม").count() == 1
    image = page.get_by_alt_text("คณะทำงานนั่งประชุมรอบโต๊ะ")
    image.scroll_into_view_if_needed()  # loading="lazy"
    page.wait_for_function("(img) => img.complete", arg=image.element_handle())
    assert page.evaluate("(img) => img.naturalWidth", image.element_handle()) == 1
    assert serious_violations(page) == []
    phone.go(f"{SCHOOL}/no-gift/{year}/")
    assert page.get_by_text("ประชุมคณะทำงานด้านจริยธรรม").count() == 0
    assert phone.csp_errors == []
