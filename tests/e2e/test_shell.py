"""The public shell and the back office, as people click through them."""

import re

import pytest

from tests.e2e.conftest import serious_violations, sign_in

PAGES = ["/kamphaeng-wittayakhom/", "/spm-phayao/", "/accounts/login/", "/accounts/password-reset/"]


@pytest.mark.parametrize("path", PAGES)
@pytest.mark.parametrize("device", ["phone", "desktop"])
def test_public_pages_pass_axe_and_load_nothing_from_elsewhere(device, path, request):
    visit = request.getfixturevalue(device)
    response = visit.go(path)
    assert response.status == 200
    assert visit.foreign_requests == []
    assert visit.csp_errors == []
    assert serious_violations(visit.page) == []
    # Nothing wider than the screen on a phone.
    overflow = visit.page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0


def test_visitor_sees_the_school_and_switches_to_english(phone):
    page = phone.page
    phone.go("/kamphaeng-wittayakhom/")
    assert page.get_by_role("heading", level=1).inner_text() == "โรงเรียนกำแพงวิฑยาคม"
    assert page.get_by_text("สำนักงานเขตพื้นที่การศึกษามัธยมศึกษาพะเยา").first.is_visible()
    assert page.get_by_role("heading", name=re.compile("การเปิดเผยข้อมูลสาธารณะ")).is_visible()
    page.get_by_role("button", name="English").click()
    page.wait_for_load_state()
    assert page.url.endswith("/kamphaeng-wittayakhom/")
    assert page.get_by_role("heading", name="Public disclosure (OIT)").is_visible()
    assert page.locator("html").get_attribute("lang") == "en"


def test_sarabun_is_the_font_in_use(desktop):
    desktop.go("/kamphaeng-wittayakhom/")
    page = desktop.page
    page.evaluate("document.fonts.ready")
    assert page.evaluate("document.fonts.check('16px Sarabun', 'โรงเรียน')")
    loaded = page.evaluate(
        "Array.from(document.fonts).filter(f => f.status === 'loaded').map(f => f.family)"
    )
    assert any("Sarabun" in family for family in loaded)


def test_staff_member_signs_in_and_sees_only_their_menu(desktop):
    page = desktop.page
    sign_in(desktop, "staff")
    assert page.url.endswith("/kamphaeng-wittayakhom/staff/")
    menu = page.get_by_role("navigation", name="เมนูระบบหลังบ้าน")
    assert menu.is_visible()
    assert menu.get_by_role("link", name="บุคลากรและบทบาท").count() == 0
    assert desktop.csp_errors == []
    assert serious_violations(page) == []


def test_director_adds_a_person_from_the_back_office(phone):
    page = phone.page
    sign_in(phone, "director")
    assert page.get_by_role("link", name="หน่วยงานในสังกัด").count() == 0  # a school has none
    page.get_by_role("link", name="บุคลากรและบทบาท").first.click()
    page.wait_for_load_state()
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0, "the people table must scroll inside its box on a phone"
    page.get_by_role("link", name="เพิ่มบุคลากร").click()
    page.get_by_label("ชื่อผู้ใช้").fill("kru.nok")
    page.get_by_label("ชื่อ", exact=True).fill("นกน้อย")
    page.get_by_label("อีเมล").fill("nok@example.com")
    page.get_by_label("บุคลากร", exact=True).check()
    page.get_by_role("button", name="บันทึก").click()
    page.wait_for_load_state()
    assert page.get_by_role("cell", name="kru.nok").is_visible()
    assert "นกน้อย" in page.get_by_role("status").inner_text()
    assert serious_violations(page) == []


def test_wrong_password_is_explained_and_kept(phone):
    page = phone.page
    phone.go("/accounts/login/")
    page.get_by_label("ชื่อผู้ใช้").fill("staff")
    page.get_by_label("รหัสผ่าน").fill("not-the-password")
    page.get_by_role("button", name="เข้าสู่ระบบ").click()
    page.wait_for_load_state()
    assert page.get_by_role("alert").is_visible()
    assert "ไม่ถูกต้อง" in page.get_by_role("alert").inner_text()
    assert page.get_by_label("ชื่อผู้ใช้").input_value() == "staff"
