"""The ITA officer writes a news item with a cover picture on a desktop and publishes it; a
parent finds it on a phone by a Thai word inside a compound, opens it and sees what a Facebook
share would show (Open Graph), without any third-party script; the feed lists it."""

import xml.etree.ElementTree as ET
from pathlib import Path

from prongsai.news.demo import demo_picture
from prongsai.news.models import NewsItem
from tests.e2e.conftest import serious_violations, sign_in
from tests.e2e.test_news_editor import PASTE

SLUG = "kamphaeng-wittayakhom"


def test_write_publish_find_and_share(desktop, phone, tmp_path):
    staff = desktop.page
    sign_in(desktop, "ita_officer")
    desktop.go(f"/{SLUG}/staff/news/")
    staff.get_by_role("link", name="เขียนข่าว").click()
    staff.wait_for_load_state()
    staff.get_by_label("ประเภทเรื่อง").select_option("training")
    staff.get_by_label("หัวข้อข่าว").fill("อบรมนักเรียนแกนนำการต่อต้านการทุจริต")
    staff.get_by_label("สรุป").fill("นักเรียนแกนนำ 40 คนเรียนรู้การแยกแยะประโยชน์ส่วนตน")
    staff.get_by_role("textbox", name="เนื้อหา").click()
    staff.evaluate(  # pasted HTML, its style and script dropped by the editor and on save
        PASTE, ["#id_body_editor", '<p style="color:red">วันที่ 1 ธันวาคม</p><script>alert(1)</script>']
    )
    staff.get_by_role("button", name="บันทึกร่าง").click()
    staff.wait_for_load_state()
    # A picture without alt text is refused at the field; the file is chosen again.
    picture = Path(tmp_path) / "training.jpg"
    picture.write_bytes(demo_picture(3))
    staff.get_by_label("ไฟล์ภาพ").set_input_files(str(picture))
    staff.get_by_role("button", name="เพิ่มภาพ").click()
    staff.wait_for_load_state()
    assert staff.get_by_text("เขียนคำบรรยายภาพสำหรับผู้ที่มองไม่เห็นภาพ", exact=True).is_visible()
    staff.get_by_label("ไฟล์ภาพ").set_input_files(str(picture))
    staff.get_by_label("คำบรรยายภาพ").fill("นักเรียนแกนนำฟังการบรรยายในหอประชุม")
    staff.get_by_label("ใช้เป็นภาพปก").check()
    staff.get_by_role("button", name="เพิ่มภาพ").click()
    staff.wait_for_load_state()
    staff.get_by_role("button", name="เผยแพร่").click()
    staff.wait_for_load_state()
    item = NewsItem.objects.get(title="อบรมนักเรียนแกนนำการต่อต้านการทุจริต")
    assert item.status == NewsItem.Status.PUBLISHED
    assert item.body == "<p>วันที่ 1 ธันวาคม</p>"

    page = phone.page
    phone.go(f"/{SLUG}/news/")
    assert serious_violations(page) == []
    page.get_by_label("ค้นหาข่าว").fill("ทุจริต")
    page.get_by_role("button", name="ค้นหา", exact=True).click()
    page.wait_for_load_state()
    page.get_by_role("link", name="อบรมนักเรียนแกนนำการต่อต้านการทุจริต").click()
    page.wait_for_load_state()
    assert serious_violations(page) == []
    og = {
        key: page.locator(f'meta[property="{key}"]').get_attribute("content")
        for key in ("og:title", "og:description", "og:url", "og:image")
    }
    assert og["og:title"] == "อบรมนักเรียนแกนนำการต่อต้านการทุจริต"
    assert og["og:url"] == phone.base_url + f"/{SLUG}/news/{item.pk}/"
    assert og["og:image"].startswith(phone.base_url + f"/{SLUG}/news/{item.pk}/pictures/")
    cover = page.get_by_role("img", name="นักเรียนแกนนำฟังการบรรยายในหอประชุม")
    assert cover.evaluate("img => img.complete && img.naturalWidth > 0")
    assert page.get_by_role("link", name="แชร์ทาง LINE").is_visible()
    assert phone.foreign_requests == []  # the share links load nothing from elsewhere
    assert phone.csp_errors == []

    feed = page.request.get(phone.base_url + f"/{SLUG}/news/feed/?category=training")
    titles = [i.findtext("title") for i in ET.fromstring(feed.body()).iter("item")]  # noqa: S314
    assert titles[0] == "อบรมนักเรียนแกนนำการต่อต้านการทุจริต"
