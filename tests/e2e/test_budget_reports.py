"""The year's reports and the ledger in the browser: a parent reads the annual report and the
anti-corruption plan on a phone; the ITA officer rewrites the anti-corruption report's problems
and the director publishes it again; the asset officer asks for a transfer between activities
and the director approves it."""

from tests.e2e.conftest import serious_violations, sign_in

SCHOOL = "/kamphaeng-wittayakhom"


def test_the_annual_report_and_the_anti_corruption_plan_on_a_phone(phone):
    page = phone.page
    assert phone.go(f"{SCHOOL}/budget/2566/annual/").status == 200
    assert page.get_by_role("heading", name="ปัญหาและอุปสรรค").count() == 1
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0  # the wide table scrolls inside its box, not the page
    assert serious_violations(page) == []
    phone.go(f"{SCHOOL}/budget/2566/anti-corruption/")
    assert page.get_by_text("โครงการส่งเสริมคุณธรรมนักเรียน").count() >= 1
    assert page.get_by_text("โครงการห้องสมุดมีชีวิต").count() == 0
    assert phone.csp_errors == []
    assert serious_violations(page) == []


def test_the_officer_rewrites_and_the_director_publishes_again(desktop):
    page = desktop.page
    sign_in(desktop, "ita_officer")
    desktop.go(f"{SCHOOL}/staff/budget/2566/reports/anti-corruption/")
    page.get_by_label("ปัญหาและอุปสรรค").fill("ผู้ปกครองเข้าร่วมกิจกรรมโรงเรียนสุจริตน้อย")
    page.get_by_role("button", name="บันทึก").click()
    page.get_by_text("กลับเป็นฉบับร่าง", exact=False).first.wait_for()
    assert desktop.go(f"{SCHOOL}/budget/2566/anti-corruption/annual/").status == 200
    assert page.get_by_text("ผู้ปกครองเข้าร่วมกิจกรรมโรงเรียนสุจริตน้อย").count() == 0
    page.context.clear_cookies()
    sign_in(desktop, "director")
    desktop.go(f"{SCHOOL}/staff/budget/2566/reports/anti-corruption/")
    page.get_by_role("button", name="เผยแพร่รายงาน").click()
    page.get_by_text("เผยแพร่รายงานบนหน้าสาธารณะของหน่วยงานแล้ว").wait_for()
    desktop.go(f"{SCHOOL}/budget/2566/anti-corruption/annual/")
    assert page.get_by_text("ผู้ปกครองเข้าร่วมกิจกรรมโรงเรียนสุจริตน้อย").count() == 1
    assert desktop.csp_errors == []
    assert serious_violations(page) == []


def test_a_transfer_waits_for_the_director(desktop):
    page = desktop.page
    sign_in(desktop, "asset_officer")
    desktop.go(f"{SCHOOL}/staff/budget/2566/transfers/")
    page.get_by_label("โอนจากกิจกรรม").select_option(label="7. โครงการสาธารณูปโภค — ค่าไฟฟ้า")
    page.get_by_label("โอนไปกิจกรรม").select_option(
        label="8. โครงการซ่อมแซมอาคารเรียนและห้องน้ำ — ซ่อมหลังคาอาคาร ๒"
    )
    page.get_by_label("วันที่").fill("15/06/2566")
    page.get_by_label("จำนวนเงิน (บาท)").fill("๒๖,๔๐๐ บาท")
    page.get_by_label("เหตุผล").fill("ค่าซ่อมหลังคาสูงกว่าประมาณการ")
    page.get_by_role("button", name="บันทึกการโอน").click()
    page.get_by_text("รอผู้อำนวยการอนุมัติ").first.wait_for()
    assert page.get_by_role("button", name="อนุมัติ").count() == 0  # the director's act
    page.context.clear_cookies()
    sign_in(desktop, "director")
    desktop.go(f"{SCHOOL}/staff/budget/2566/transfers/")
    page.get_by_role("button", name="อนุมัติ", exact=True).click()
    page.get_by_text("อนุมัติการโอนแล้ว").wait_for()
    desktop.go(f"{SCHOOL}/staff/budget/2566/spending/")
    row = page.get_by_role("row").filter(has_text="โครงการซ่อมแซมอาคารเรียนและห้องน้ำ")
    assert row.get_by_text("เกินงบประมาณ").count() == 0  # the transfer covered it
    assert serious_violations(page) == []
