"""Issue 11 in a browser: the complaint officer's case page (labelled actions, empty choices,
a confirmation to close) and the measures approval flow (officer sends, director approves)."""

from tests.e2e.conftest import serious_violations, sign_in

SCHOOL = "/kamphaeng-wittayakhom"


def test_the_case_page_labels_each_action_and_asks_to_confirm_closing(desktop):
    page = desktop.page
    sign_in(desktop, "complaint_officer")
    desktop.go(f"{SCHOOL}/staff/complaints/?status=new")
    page.locator("table a").first.click()
    for heading in ("มอบหมายเจ้าหน้าที่ผู้รับผิดชอบ", "เขียนถึงผู้ร้องเรียน", "ปิดเรื่องพร้อมผลการพิจารณา"):
        assert page.get_by_role("heading", name=heading).count() == 1
    close = page.locator("section", has=page.get_by_role("heading", name="ปิดเรื่องพร้อมผลการพิจารณา"))
    assert close.locator("select").input_value() == ""
    close.locator("select").select_option("not_substantiated")
    close.locator("textarea").fill("ตรวจสอบแล้วไม่พบมูล")
    page.locator("form:has(#id_close-confirm) button[type=submit]").click()
    assert page.get_by_text("ทำเครื่องหมายในช่องเพื่อยืนยัน").count() >= 1  # not closed yet
    page.locator("#id_close-confirm").check()
    page.locator("form:has(#id_close-confirm) button[type=submit]").click()
    page.get_by_text("ยุติเรื่องเรียบร้อยแล้ว").first.wait_for()
    assert desktop.csp_errors == []
    assert serious_violations(page) == []


def test_the_officer_sends_the_plan_and_the_director_approves_it(desktop):
    page = desktop.page
    sign_in(desktop, "ita_officer")
    desktop.go(f"{SCHOOL}/staff/measures/2566/")
    page.locator("#id_kind").select_option("plan")
    page.get_by_role("button", name="ส่งขออนุมัติ").click()
    page.get_by_role("heading", name="ตัวอย่าง").wait_for()
    review = page.url
    page.context.clear_cookies()
    sign_in(desktop, "director")
    desktop.page.goto(review)
    page.get_by_label("ข้าพเจ้าอ่านตัวอย่างแล้ว และอนุมัติให้เผยแพร่บนเว็บไซต์สาธารณะ").check()
    page.get_by_role("button", name="อนุมัติและเผยแพร่").click()
    page.get_by_text("บนเว็บไซต์สาธารณะแล้ว").first.wait_for()
    assert desktop.csp_errors == []
    assert serious_violations(page) == []
