"""The ITA officer turns the 2566 survey's suggestions into the improvement plan of 2567 and
records progress; a parent reads the plan from the public report."""

import re

from tests.e2e.conftest import serious_violations, sign_in


def test_the_officer_plans_from_the_suggestions_and_the_public_reads_it(desktop, phone):
    sign_in(desktop, "ita_officer")
    page = desktop.page
    desktop.go("/kamphaeng-wittayakhom/staff/surveys/")
    page.get_by_role("link", name=re.compile("ประจำปี 2566")).click()
    page.wait_for_load_state()
    page.get_by_role("link", name="แผนพัฒนาปรับปรุงการให้บริการ").click()
    page.wait_for_load_state()
    assert page.get_by_text("ปีงบประมาณ 2567").first.is_visible()
    page.get_by_label("กิจกรรม/แนวทางการปรับปรุง").fill("จัดซื้อถังขยะแยกประเภทให้ทุกอาคาร")
    page.get_by_role("checkbox", name=re.compile("“ห้องน้ำ”")).check()
    page.get_by_label("ผู้รับผิดชอบ (บุคคล)").fill("ครูอนามัย")
    page.get_by_label("กำหนดแล้วเสร็จ").fill("30/06/2568")  # the wrong fiscal year
    page.get_by_role("button", name="เพิ่มในแผน").click()
    page.wait_for_load_state()
    assert page.locator("#id_due_on_error").get_by_text(re.compile("ปีงบประมาณ 2567")).is_visible()
    assert page.get_by_label("กิจกรรม/แนวทางการปรับปรุง").input_value() == (
        "จัดซื้อถังขยะแยกประเภทให้ทุกอาคาร"
    )
    page.get_by_label("กำหนดแล้วเสร็จ").fill("30/06/2567")
    page.get_by_role("button", name="เพิ่มในแผน").click()
    page.wait_for_load_state()
    assert page.get_by_text("เพิ่มกิจกรรมในแผนแล้ว").is_visible()
    page.get_by_label("กำลังดำเนินการ").check()
    page.get_by_label("ร้อยละความสำเร็จ").fill("๔๐")
    page.get_by_label("สิ่งที่ได้ดำเนินการ").fill("ซื้อถังขยะแล้ว 12 ใบ")
    page.get_by_role("button", name="บันทึกความก้าวหน้า").click()
    page.wait_for_load_state()
    assert page.get_by_text("บันทึกความก้าวหน้าเรียบร้อยแล้ว").is_visible()
    assert serious_violations(page) == []

    report = phone.page
    phone.go("/kamphaeng-wittayakhom/surveys/")
    report.get_by_role("link", name=re.compile("ประจำปี 2566")).first.click()
    report.wait_for_load_state()
    report.get_by_role("link", name="แผนพัฒนาปรับปรุงการให้บริการและความก้าวหน้า").click()
    report.wait_for_load_state()
    assert report.get_by_text("จัดซื้อถังขยะแยกประเภทให้ทุกอาคาร").is_visible()
    assert report.get_by_text("ซื้อถังขยะแล้ว 12 ใบ").is_visible()
    assert serious_violations(report) == []
