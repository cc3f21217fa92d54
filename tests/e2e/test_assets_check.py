"""The annual asset check (ข้อ 213): the director appoints a committee (an asset officer is
refused), a committee member walks the rooms on a phone, finds an asset by its number and
records it as not found; the result is in the asset's history."""

from prongsai.accounts.models import User
from prongsai.assets.models import AssetCheck, AssetEvent
from tests.e2e.conftest import serious_violations, sign_in

CHECKS = "/kamphaeng-wittayakhom/staff/assets/checks/"


def test_appoint_then_check_on_a_phone(phone, desktop):
    director = desktop.page
    sign_in(desktop, "director")
    desktop.go(CHECKS)
    director.get_by_role("link", name="แต่งตั้งคณะกรรมการ").click()
    director.wait_for_load_state()
    year = str(AssetCheck.objects.order_by("-fiscal_year").first().fiscal_year + 1)
    director.get_by_label("ปีงบประมาณ (พ.ศ.)").fill(year)
    director.get_by_label("ประธานกรรมการ", exact=True).select_option(
        str(User.objects.get(username="staff").pk)
    )
    officer = User.objects.get(username="asset_officer")
    director.get_by_label(officer.display_name).check()
    director.get_by_role("button", name="แต่งตั้ง", exact=True).click()
    director.wait_for_load_state()
    assert director.get_by_text("ข้อ 213: the checkers").count() == 0
    assert director.get_by_text("เป็นเจ้าหน้าที่พัสดุ").first.is_visible()
    director.get_by_label(officer.display_name).uncheck()
    director.get_by_role("button", name="แต่งตั้ง", exact=True).click()
    director.wait_for_load_state()
    appointed = AssetCheck.objects.get(fiscal_year=int(year))
    assert director.get_by_text("กำหนดส่งรายงาน").first.is_visible()
    assert appointed.members.count() == 1
    assert serious_violations(director) == []

    check = AssetCheck.objects.exclude(pk=appointed.pk).order_by("-fiscal_year").first()
    left = check.results.values("asset_id")
    asset = check.agency.assets.exclude(pk__in=left).filter(kind="durable").order_by("number")[0]
    page = phone.page
    sign_in(phone, "unit_head")  # the chair of the demo school's committee
    phone.go(f"{CHECKS}{check.pk}/?todo=1")
    page.get_by_label("ค้นหาพัสดุ").fill(asset.number)
    page.get_by_role("button", name="แสดง").click()
    page.wait_for_load_state()
    assert page.get_by_text("1 รายการ").first.is_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    page.get_by_label("ไม่พบ (สูญไป)").check()
    page.get_by_label("หมายเหตุ").fill("ไม่พบในห้องที่ระบุ")
    page.get_by_role("button", name="บันทึก", exact=True).click()
    page.wait_for_load_state()
    assert page.get_by_text("บันทึกผลแล้ว").first.is_visible()
    assert serious_violations(page) == []
    assert phone.csp_errors == []
    event = AssetEvent.objects.filter(asset=asset, kind="checked").get()
    assert {"field": "condition", "old": asset.condition, "new": "lost"} in event.changes
