"""The gift register in a browser: a teacher declares a 5,000-baht hamper from a supplier on a
phone (typed in Thai digits), is told it must go to the head; the director opens it from the
register and hands it over to the school, and it lands in the asset register."""

import re

from django.utils import timezone

from tests.e2e.conftest import serious_violations, sign_in

SCHOOL = "/kamphaeng-wittayakhom"
WHAT = "กระเช้าผลไม้และหม้อหุงข้าวไฟฟ้า"


def test_staff_declares_and_the_director_hands_it_over(phone, desktop):
    page = phone.page
    sign_in(phone, "staff")
    phone.go(f"{SCHOOL}/staff/integrity/gifts/new/")
    today = timezone.localdate()
    page.get_by_label("วันที่ได้รับ").fill(f"{today.day:02d}/{today.month:02d}/{today.year + 543}")
    page.get_by_label("ชื่อผู้ให้").fill("นายสมชาย ค้าดี")
    page.get_by_label("หน่วยงานหรือที่อยู่ของผู้ให้").fill("ร้านค้าดีพาณิชย์")
    page.get_by_label("ไม่ใช่ญาติ").check()
    page.get_by_label("เป็นคู่สัญญาหรือผู้ขายของหน่วยงาน").check()
    page.get_by_label("เทศกาลหรือปีใหม่").check()
    page.get_by_label("รายการทรัพย์สินหรือประโยชน์").fill(WHAT)
    page.get_by_label("มูลค่าโดยประมาณ (บาท)").fill("๕,๐๐๐")
    page.get_by_label("หากเกินวงเงิน รายงานผู้บังคับบัญชาทันที").check()
    page.get_by_role("button", name="บันทึก", exact=True).click()
    page.wait_for_load_state()
    assert page.get_by_text("บันทึกการรับทรัพย์สินแล้ว").count() >= 1
    assert page.get_by_text(WHAT).count() >= 1
    assert serious_violations(page) == []
    assert phone.csp_errors == []

    desk = desktop.page
    sign_in(desktop, "director")
    desktop.go(f"{SCHOOL}/staff/integrity/gifts/register/")
    row = desk.get_by_role("row").filter(has_text="นายสมชาย ค้าดี")
    row.get_by_role("link").first.click()  # the row opens by its date
    desk.wait_for_load_state()
    assert desk.get_by_text("รอผู้บังคับบัญชาวินิจฉัย").count() >= 1
    desk.get_by_label("ส่งมอบเป็นทรัพย์สินของหน่วยงาน").check()
    desk.get_by_label("เหตุผล").fill("ของมีมูลค่าเกินสามพันบาท ใช้ประโยชน์ในโรงอาหาร")
    desk.get_by_role("button", name="บันทึกคำวินิจฉัย").click()
    desk.wait_for_load_state()
    assert desk.get_by_text(re.compile("บันทึกคำวินิจฉัยแล้ว")).count() >= 1
    asset = desk.get_by_role("link", name=re.compile("^รับมอบ-[0-9]+.[0-9]+$"))
    assert asset.count() == 1
    asset.click()
    desk.wait_for_load_state()
    assert desk.get_by_text(WHAT).count() >= 1  # the asset's own page
    assert serious_violations(desk) == []
