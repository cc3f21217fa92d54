"""The ITA officer formats a news body with the toolbar (heading, bold, list, link) and pastes
text from Word: what is saved is clean HTML (no Word classes, fonts or styles), nothing is
refused, and no script runs from outside the site (CSP)."""

from prongsai.news.models import NewsItem
from tests.e2e.conftest import serious_violations, sign_in

SLUG = "kamphaeng-wittayakhom"
WORD = (
    '<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>'
    "<style>p.MsoNormal{color:red}</style></head><body>"
    "<!--[if gte mso 9]><xml><o:OfficeDocumentSettings></o:OfficeDocumentSettings></xml>"
    "<![endif]-->"
    "<p class=MsoNormal style='color:red'><span style='font-family:\"TH Sarabun New\"'>"
    "ข้อความจากเวิร์ด<o:p></o:p></span></p>"
    "<p class=MsoListParagraph><span style='mso-list:Ignore'>·&nbsp;</span>"
    '<b>ตัวหนาจากเวิร์ด</b></p><img src="https://example.com/x.png" onerror="alert(1)">'
    "</body></html>"
)
PASTE = """([selector, html]) => {
  const data = new DataTransfer();
  data.setData("text/html", html);
  data.setData("text/plain", "plain");
  document.querySelector(selector).dispatchEvent(
    new ClipboardEvent("paste", {clipboardData: data, bubbles: true, cancelable: true}));
}"""


def test_the_toolbar_and_a_word_paste_give_clean_html(desktop):
    page = desktop.page
    sign_in(desktop, "ita_officer")
    desktop.go(f"/{SLUG}/staff/news/new/")
    page.get_by_label("หัวข้อข่าว").fill("ประชุมผู้ปกครองภาคเรียนที่ 2")
    editor = page.get_by_role("textbox", name="เนื้อหา")
    assert page.get_by_role("toolbar").is_visible()
    assert serious_violations(page) == []
    editor.click()
    page.keyboard.type("กำหนดการ")
    page.get_by_role("button", name="หัวข้อ").click()
    page.keyboard.press("End")
    page.keyboard.press("Enter")
    page.keyboard.type("ผู้ปกครองทุกท่าน ")
    page.get_by_role("button", name="ตัวหนา").click()
    page.keyboard.type("โปรดมาตรงเวลา")
    page.get_by_role("button", name="ตัวหนา").click()
    page.keyboard.press("Enter")
    page.get_by_role("button", name="รายการแบบจุด").click()
    page.keyboard.type("ลงทะเบียน 08.30 น.")
    page.keyboard.press("Enter")
    page.keyboard.press("Enter")
    page.once("dialog", lambda dialog: dialog.accept("www.obec.go.th"))
    page.get_by_role("button", name="ลิงก์").click()
    page.keyboard.press("Enter")
    page.evaluate(PASTE, ["#id_body_editor", WORD])
    page.get_by_role("button", name="บันทึกร่าง").click()
    page.wait_for_load_state()

    item = NewsItem.objects.get(title="ประชุมผู้ปกครองภาคเรียนที่ 2")
    body = item.body
    assert "<h3>กำหนดการ</h3>" in body
    assert "<strong>โปรดมาตรงเวลา</strong>" in body
    assert "<ul><li>ลงทะเบียน 08.30 น.</li></ul>" in body
    assert 'href="https://www.obec.go.th"' in body
    assert "ข้อความจากเวิร์ด" in body
    assert "ตัวหนาจากเวิร์ด</strong>" in body
    for junk in (
        "style",
        "Mso",
        "Sarabun",
        "OfficeDocumentSettings",
        "·",
        "<img",
        "onerror",
        "<span",
    ):
        assert junk not in body, junk
    # Back on the page, the box shows what was saved, formatted.
    assert page.get_by_role("textbox", name="เนื้อหา").locator("h3").inner_text() == "กำหนดการ"
    assert desktop.csp_errors == []
    assert desktop.foreign_requests == []
