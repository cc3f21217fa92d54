"""The measures plan, clicked through as the ITA officer and read by the public."""

from tests.e2e.conftest import serious_violations, sign_in


def test_officer_edits_a_row_inline_and_the_page_stays(desktop):
    page = desktop.page
    sign_in(desktop, "ita_officer")
    desktop.go("/kamphaeng-wittayakhom/staff/measures/2566/")
    page.evaluate("window.stayedOnPage = true")
    row = page.locator("#measure-4 tbody tr").first
    row.get_by_role("link", name="แก้ไข").click()
    steps = page.locator("#measure-4").get_by_label("ขั้นตอน / วิธีการปฏิบัติ")
    steps.fill("ตรวจนับทรัพย์สินก่อนให้ยืม\nบันทึกการยืมในระบบออนไลน์")
    page.locator("#measure-4").get_by_role("button", name="บันทึก").click()
    edited = page.locator("#measure-4 tbody tr").first
    edited.get_by_text("บันทึกการยืมในระบบออนไลน์").wait_for()
    assert page.evaluate("window.stayedOnPage === true"), "htmx swapped the row in place"
    assert desktop.csp_errors == []
    assert serious_violations(page) == []


def test_public_report_reads_well_on_a_phone(phone):
    page = phone.page
    response = phone.go("/kamphaeng-wittayakhom/measures/2566/")
    assert response.status == 200
    assert page.get_by_role("heading", name="มาตรการด้านการใช้ทรัพย์สินของราชการ").count() == 1
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0
    assert phone.csp_errors == []
    assert serious_violations(page) == []


def test_public_pdf_and_html_of_the_published_report(desktop):
    import subprocess
    import tempfile

    response = desktop.page.request.get(
        desktop.base_url + "/kamphaeng-wittayakhom/measures/2566/report.pdf"
    )
    assert response.status == 200
    assert response.headers["content-type"] == "application/pdf"
    with tempfile.NamedTemporaryFile(suffix=".pdf") as pdf:
        pdf.write(response.body())
        pdf.flush()
        text = subprocess.run(  # noqa: S603 -- fixed argv, no shell
            ["/usr/bin/pdftotext", pdf.name, "-"], capture_output=True, text=True, check=True
        ).stdout
    squeezed = "".join(text.split()).replace("\u200b", "")
    assert "มาตรการด้านการใช้ทรัพย์สินของราชการ" in squeezed
    assert "โรงเรียนกำแพงวิฑยาคม" in squeezed

    desktop.go("/kamphaeng-wittayakhom/measures/2566/report.html")
    assert desktop.csp_errors == []
    assert desktop.page.get_by_text("มาตรการด้านการเปิดเผยข้อมูล").count() >= 1


def test_officer_adds_a_row_by_form_and_deletes_it_after_confirming(desktop):
    from prongsai.measures.models import MeasureRow

    page = desktop.page
    sign_in(desktop, "ita_officer")
    desktop.go("/kamphaeng-wittayakhom/staff/measures/2566/")
    before = MeasureRow.objects.count()
    page.locator("#measure-4").get_by_role("link", name="เพิ่มแถว").click()
    page.get_by_label("ขั้นตอน / วิธีการปฏิบัติ").wait_for()
    assert MeasureRow.objects.count() == before  # the form, not an empty row
    page.get_by_label("ขั้นตอน / วิธีการปฏิบัติ").fill("ทบทวนทะเบียนพัสดุประจำปี")
    page.get_by_role("button", name="บันทึก", exact=True).click()
    added = page.locator("#measure-4 tbody tr", has_text="ทบทวนทะเบียนพัสดุประจำปี")
    added.wait_for()
    assert MeasureRow.objects.count() == before + 1
    assert serious_violations(page) == []

    added.get_by_role("link", name="ลบแถว").click()
    confirm = page.get_by_role("button", name="ลบแถว", exact=True)
    confirm.wait_for()  # a page that asks first
    assert MeasureRow.objects.count() == before + 1
    assert serious_violations(page) == []
    confirm.click()
    page.locator("#measure-4").wait_for()
    assert page.locator("#measure-4 tbody tr", has_text="ทบทวนทะเบียนพัสดุประจำปี").count() == 0
    assert MeasureRow.objects.count() == before
    assert desktop.csp_errors == []
