"""The No Gift Policy in a browser: the ITA officer starts next year's declaration from this
year's text on a phone (the demo has this year's already), edits and saves it; the director
approves it; the public page shows it with its PDF and Word; the officer records a culture
activity with a photo, which the public page shows with its description."""

from django.utils import timezone

from prongsai.lib.fiscal import fiscal_year
from tests.e2e.conftest import serious_violations, sign_in
from tests.integrity.helpers import PNG

SCHOOL = "/kamphaeng-wittayakhom"


def test_the_officer_drafts_the_director_approves_the_public_reads(phone, desktop):
    year = fiscal_year(timezone.localdate()) + 1
    page = phone.page
    sign_in(phone, "ita_officer")
    phone.go(f"{SCHOOL}/staff/integrity/no-gift/")
    page.get_by_label("ปีงบประมาณ").select_option(str(year))
    page.get_by_role("button", name="เริ่มร่าง").click()
    page.wait_for_load_state()
    assert page.url.endswith(f"/no-gift/{year}/")
    commitments = page.get_by_label("ข้อปฏิบัติ (ภาษาไทย)")
    assert "ก่อน ระหว่าง และหลังการปฏิบัติหน้าที่" in commitments.input_value()
    commitments.fill(commitments.input_value() + "\nจะรายงานผลการดำเนินการตามนโยบายทุกปี")
    assert serious_violations(page) == []
    page.get_by_role("button", name="บันทึกร่าง").click()
    page.wait_for_load_state()
    assert page.get_by_text("ขอให้ผู้อำนวยการอนุมัติ").count() == 1  # no approve button here
    assert phone.csp_errors == []

    director = desktop.page
    sign_in(desktop, "director")
    desktop.go(f"{SCHOOL}/staff/integrity/no-gift/{year}/")
    director.get_by_role("button", name="อนุมัติและเผยแพร่").click()
    director.wait_for_load_state()
    assert director.get_by_text("อนุมัติประกาศเจตนารมณ์แล้ว").count() == 1

    public = f"{SCHOOL}/no-gift/{year}/"
    phone.go(public)
    assert page.get_by_text("จะรายงานผลการดำเนินการตามนโยบายทุกปี").count() == 1
    assert page.get_by_role("link", name="ดาวน์โหลด PDF").count() == 1
    assert page.get_by_role("link", name="ดาวน์โหลด Word").count() == 1
    assert serious_violations(page) == []


def test_the_officer_records_an_activity_with_a_photo(phone):
    year = fiscal_year(timezone.localdate())
    page = phone.page
    sign_in(phone, "ita_officer")
    phone.go(f"{SCHOOL}/staff/integrity/activities/new/")
    today = timezone.localdate()
    page.get_by_label("วันที่จัด").fill(f"{today.day:02d}/{today.month:02d}/{today.year + 543}")
    page.get_by_label("ชื่อกิจกรรม").fill("ประชุมชี้แจงนโยบายต้นปี")
    page.get_by_label("ประชุมบุคลากร").check()
    page.get_by_label("กลุ่มเป้าหมาย").fill("ครูและบุคลากร")
    page.get_by_label("จำนวนผู้เข้าร่วม (คน)").fill("๔๕ คน")
    page.get_by_label("รายงานโดยย่อ").fill("ผู้อำนวยการชี้แจงนโยบาย")
    page.get_by_label("เผยแพร่ในหน้า No Gift Policy ของหน่วยงาน").check()
    page.get_by_role("button", name="บันทึก", exact=True).click()
    page.wait_for_load_state()
    page.locator("input[name=photo]").set_input_files(
        {"name": "meeting.png", "mimeType": "image/png", "buffer": PNG}
    )
    page.get_by_label("คำบรรยายภาพ").fill("ครูนั่งฟังการชี้แจงในห้องประชุม")
    page.get_by_role("button", name="เพิ่มรูปภาพ").click()
    page.wait_for_load_state()
    assert page.get_by_alt_text("ครูนั่งฟังการชี้แจงในห้องประชุม").count() == 1
    assert serious_violations(page) == []
    phone.go(f"{SCHOOL}/no-gift/{year}/")
    image = page.get_by_alt_text("ครูนั่งฟังการชี้แจงในห้องประชุม")
    assert image.count() == 1
    image.scroll_into_view_if_needed()  # lazy: this year's declaration stands above it
    # The picture loads (waited for: a busy machine may still be fetching it).
    page.wait_for_function("(img) => img.complete", arg=image.element_handle())
    assert page.evaluate("(img) => img.naturalWidth", image.element_handle()) == 1
    assert phone.csp_errors == []
