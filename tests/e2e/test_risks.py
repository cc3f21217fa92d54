"""The corruption-risk assessment in a browser: the ITA officer starts this year's assessment
on a phone (from the demo's last year), adds a risk with its likelihood and impact; the director
approves it on a desktop; the officer publishes it; the public page shows the risk on the 5×5
matrix with the table beside it."""

from django.utils import timezone

from prongsai.lib.fiscal import fiscal_year
from tests.e2e.conftest import serious_violations, sign_in

SCHOOL = "/kamphaeng-wittayakhom"


def test_the_officer_adds_a_risk_the_director_approves_the_public_sees_the_matrix(phone, desktop):
    year = fiscal_year(timezone.localdate())
    page = phone.page
    sign_in(phone, "ita_officer")
    phone.go(f"{SCHOOL}/staff/risks/")
    page.get_by_label("ปีงบประมาณ").select_option(str(year))
    page.get_by_role("button", name="เริ่มการประเมิน").click()
    page.wait_for_load_state()
    assert page.url.endswith(f"/staff/risks/{year}/")
    assert page.get_by_text("การรับนักเรียน").count() >= 1  # carried over from 2568
    page.get_by_role("link", name="เพิ่มความเสี่ยง").click()
    page.wait_for_load_state()
    page.get_by_role("button", name="บันทึกความเสี่ยง").click()  # empty: refused, named
    page.wait_for_load_state()
    assert "กรุณาอธิบายเหตุการณ์ความเสี่ยงที่อาจเกิดขึ้น" in page.locator("#id_description_error").inner_text()
    page.get_by_label("กระบวนงานหรืองาน").fill("การเช่าสถานที่ของโรงเรียน")
    page.get_by_label("เหตุการณ์ความเสี่ยง (สิ่งที่อาจผิดพลาด)").fill(
        "ให้เช่าอาคารโดยไม่ออกใบเสร็จและไม่นำเงินส่งเป็นรายได้"
    )
    page.get_by_label("ผู้ที่อาจเกี่ยวข้อง (ระบุตำแหน่ง)").fill("ผู้ดูแลอาคารสถานที่")
    page.get_by_label("4 – สูง").check()
    page.get_by_label("5 – รุนแรงมาก").check()
    assert serious_violations(page) == []
    page.get_by_role("button", name="บันทึกความเสี่ยง").click()
    page.wait_for_load_state()
    assert page.get_by_text("เพิ่มความเสี่ยงที่ 11 แล้ว").count() == 1
    assert page.locator("td", has_text="4 × 5 = 20").count() == 2  # beside the matrix, in full
    assert phone.csp_errors == []

    director = desktop.page
    sign_in(desktop, "director")
    desktop.go(f"{SCHOOL}/staff/risks/{year}/")
    director.get_by_role("button", name="อนุมัติการประเมิน").click()
    director.wait_for_load_state()
    assert director.get_by_text("อนุมัติการประเมินแล้ว").count() == 1

    phone.go(f"{SCHOOL}/staff/risks/{year}/")
    page.get_by_role("button", name="เผยแพร่บนหน้าสาธารณะ").click()
    page.wait_for_load_state()

    public = desktop.page
    desktop.go(f"{SCHOOL}/risks/{year}/")
    matrix = public.locator("svg[role=img]")
    assert matrix.count() == 1
    assert matrix.get_by_text("11", exact=True).count() == 1  # risk 11 in its square
    assert public.get_by_text("ให้เช่าอาคารโดยไม่ออกใบเสร็จและไม่นำเงินส่งเป็นรายได้").count() == 1
    assert public.get_by_role("link", name="ดาวน์โหลด Word").count() == 1
    assert serious_violations(public) == []
    assert desktop.foreign_requests == []
