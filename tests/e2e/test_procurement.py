"""Procurement in a browser: the asset officer records a purchase on a phone (amounts typed the
Thai way; a mistake named by its field, nothing lost), publishes a plan item, and the public
reads the month's สขร.1 and the "no procurement" page of an empty month."""

from django.utils import timezone

from prongsai.lib.fiscal import fiscal_year
from prongsai.procurement import rules
from tests.e2e.conftest import serious_violations, sign_in

SCHOOL = "/kamphaeng-wittayakhom"


def test_the_officer_records_a_purchase_and_the_public_reads_the_month(phone):
    today = timezone.localdate()
    year = fiscal_year(today)
    page = phone.page
    sign_in(phone, "asset_officer")
    phone.go(f"{SCHOOL}/staff/procurement/")
    assert page.get_by_role("heading", name=f"การจัดซื้อจัดจ้าง ปีงบประมาณ {year}").count() == 1
    page.get_by_role("link", name="บันทึกการจัดซื้อจัดจ้าง").first.click()
    page.wait_for_load_state()
    page.get_by_label("วันที่จัดซื้อจัดจ้าง").fill(f"{today.day:02d}/{today.month:02d}/{today.year + 543}")
    page.get_by_label("งานที่จัดซื้อหรือจัดจ้าง").fill("จัดซื้อลูกฟุตบอลหนังเย็บ 10 ลูก")
    page.get_by_label("วงเงินที่จะซื้อหรือจ้าง (บาท)").fill("๕,๐๐๐")
    page.get_by_label("วิธีซื้อหรือจ้าง").select_option("specific")
    page.get_by_label("รายชื่อผู้เสนอราคาและราคาที่เสนอ").fill("ร้านกีฬาพะเยา 4,850\nร้านสปอร์ตเซ็นเตอร์ 4,990")
    page.get_by_label("ผู้ได้รับการคัดเลือก").fill("ร้านกีฬาพะเยา")
    page.get_by_label("ราคาที่ตกลงซื้อหรือจ้าง (บาท)").fill("5,850 บาท")  # above the ceiling
    page.get_by_role("button", name="บันทึก", exact=True).click()
    page.wait_for_load_state()
    assert "สูงกว่าวงเงิน" in page.locator("#id_agreed_price_error").inner_text()  # by the field
    assert page.get_by_label("ผู้ได้รับการคัดเลือก").input_value() == "ร้านกีฬาพะเยา"
    assert serious_violations(page) == []
    page.get_by_label("ราคาที่ตกลงซื้อหรือจ้าง (บาท)").fill("4,850 บาท")
    page.get_by_role("button", name="บันทึก", exact=True).click()
    page.wait_for_load_state()
    assert page.get_by_text("บันทึกการจัดซื้อจัดจ้างแล้ว").count() == 1
    assert page.get_by_role("link", name="จัดซื้อลูกฟุตบอลหนังเย็บ 10 ลูก").count() == 1
    assert serious_violations(page) == []
    assert phone.csp_errors == []

    phone.go(f"{SCHOOL}/procurement/{year}/{today.month}/")
    assert (
        page.get_by_role(
            "heading",
            name=f"สรุปผลการดำเนินการจัดซื้อจัดจ้างในรอบเดือน {rules.month_title(year, today.month)}",
        ).count()
        == 1
    )
    assert page.get_by_text("ร้านกีฬาพะเยา ราคา 4,850.00 บาท").count() == 2  # bidders and selected
    assert page.get_by_role("link", name="ดาวน์โหลด PDF").count() == 1
    assert serious_violations(page) == []

    phone.go(f"{SCHOOL}/procurement/2566/5/")  # the demo's empty month of 2566
    assert page.get_by_text("ไม่มีการจัดซื้อจัดจ้างในเดือนนี้").count() == 1
