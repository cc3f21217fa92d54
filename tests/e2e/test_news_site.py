"""A parent on a phone uses the school's home page as its website: announcements, the latest
news, quick links, the about pages and this month's training; every page accessible (axe), with
a canonical address, and nothing loaded from elsewhere; the sitemap lists what they visited."""

import xml.etree.ElementTree as ET

from tests.e2e.conftest import serious_violations

SLUG = "kamphaeng-wittayakhom"
NS = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


def test_the_home_page_is_the_school_website(phone):
    page = phone.page
    phone.go(f"/{SLUG}/")
    assert page.get_by_role("heading", name="ประกาศ", exact=True).is_visible()
    assert page.get_by_role("heading", name="ข่าวล่าสุด", exact=True).is_visible()
    quick = page.get_by_role("navigation", name="ลิงก์ด่วน")
    assert quick.get_by_role("link", name="เรื่องร้องเรียน").is_visible()
    assert serious_violations(page) == []
    canonical = page.locator('link[rel="canonical"]').get_attribute("href")
    assert canonical == f"{phone.base_url}/{SLUG}/"

    page.get_by_role("link", name="ข่าวและประกาศทั้งหมด").click()
    page.wait_for_load_state()
    assert page.url.endswith(f"/{SLUG}/news/")

    phone.go(f"/{SLUG}/about/")
    page.get_by_role("link", name="วิสัยทัศน์ พันธกิจ และเป้าประสงค์").click()
    page.wait_for_load_state()
    assert page.get_by_role("heading", name="พันธกิจ", exact=True).is_visible()
    assert serious_violations(page) == []

    phone.go(f"/{SLUG}/training/")
    assert page.get_by_role("heading", level=1).inner_text().startswith("การฝึกอบรมประจำเดือน")
    assert serious_violations(page) == []
    page.get_by_role("link", name="สรุปปีงบประมาณ", exact=False).click()
    page.wait_for_load_state()
    assert page.get_by_role("table", name="รายเดือน").is_visible()
    assert serious_violations(page) == []
    assert phone.foreign_requests == []
    assert phone.csp_errors == []

    sitemap = page.request.get(phone.base_url + "/sitemap.xml")
    locs = {loc.text for loc in ET.fromstring(sitemap.body()).iter(f"{NS}loc")}  # noqa: S314
    for path in (f"/{SLUG}/", f"/{SLUG}/about/vision/", f"/{SLUG}/training/", f"/{SLUG}/news/"):
        assert phone.base_url + path in locs
