"""A teacher borrows a projector on a phone; the asset officer checks it, the director approves
the off-site use, the officer hands it over and takes it back damaged (ข้อ 209)."""

from prongsai.assets.models import Asset, Loan
from tests.e2e.conftest import serious_violations, sign_in

LOANS = "/kamphaeng-wittayakhom/staff/assets/loans/"


def test_borrow_check_approve_hand_over_and_return(phone, desktop, browser, live_server):
    asset = (
        Asset.objects.filter(
            agency__slug="kamphaeng-wittayakhom",
            kind="durable",
            condition="usable",
            availability="available",
            name__contains="โปรเจกเตอร์",
        )
        .order_by("number")
        .first()
    ) or Asset.objects.filter(kind="durable", condition="usable", availability="available").first()
    page = phone.page
    sign_in(phone, "staff")
    phone.go(LOANS + "new/")
    assert serious_violations(page) == []
    # Nothing typed: told what to fix at each field, on a phone, with no sideways scrolling.
    page.get_by_role("button", name="ส่งคำขอ", exact=True).click()
    page.wait_for_load_state()
    assert page.get_by_role("alert").is_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    page.get_by_label("ยืมไปใช้นอกสถานที่").check()
    page.get_by_label("หมายเลขครุภัณฑ์").fill(asset.number)
    page.get_by_label("วัตถุประสงค์").fill("ใช้นำเสนอผลงานในงานศิลปหัตถกรรมนักเรียน")
    page.get_by_label("สถานที่นำไปใช้").fill("โรงเรียนกำแพงเพชรพิทยาคม")
    page.get_by_label("กำหนดส่งคืน").fill(page.get_by_label("ตั้งแต่วันที่").input_value())
    page.get_by_role("button", name="ส่งคำขอ", exact=True).click()
    page.wait_for_load_state()
    loan = Loan.objects.filter(items__asset=asset).latest("pk")
    assert loan.approver == Loan.Approver.DIRECTOR
    assert phone.csp_errors == []

    officer = desktop.page
    sign_in(desktop, "asset_officer")
    desktop.go(f"{LOANS}{loan.pk}/")
    officer.get_by_role("button", name="ว่าง ให้ยืมได้").click()
    officer.wait_for_load_state()

    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="th-TH")
    director = context.new_page()
    director.goto(live_server.url + "/accounts/login/")
    director.get_by_label("ชื่อผู้ใช้").fill("director")
    director.get_by_label("รหัสผ่าน").fill("demo-director")
    director.get_by_role("button", name="เข้าสู่ระบบ").click()
    director.wait_for_load_state()
    director.goto(f"{live_server.url}{LOANS}{loan.pk}/")
    director.get_by_role("button", name="อนุมัติ", exact=True).click()
    director.wait_for_load_state()
    context.close()
    loan.refresh_from_db()
    assert loan.status == Loan.Status.APPROVED

    desktop.go(f"{LOANS}{loan.pk}/")
    officer.get_by_role("link", name="ส่งมอบพัสดุ").click()
    officer.get_by_role("button", name="บันทึกการส่งมอบ").click()
    officer.wait_for_load_state()
    officer.get_by_role("link", name="รับคืนพัสดุ").click()
    officer.get_by_label(f"{asset.number} {asset.name}").select_option("damaged")
    officer.get_by_role("button", name="บันทึกการรับคืน").click()
    officer.wait_for_load_state()
    assert officer.get_by_text("บันทึกความเสียหาย").first.is_visible()
    assert serious_violations(officer) == []
    asset.refresh_from_db()
    assert asset.condition == Asset.Condition.DAMAGED
