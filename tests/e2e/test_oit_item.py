"""The OIT item page in a browser: each form posts to its own address; a refused link shows its
error summary in view with what was typed kept; a good one comes back to the item page."""

from tests.e2e.conftest import serious_violations, sign_in

SCHOOL = "/kamphaeng-wittayakhom"


def _in_view(page, selector: str) -> bool:
    return page.evaluate(
        """(selector) => {
            const box = document.querySelector(selector).getBoundingClientRect();
            return box.top >= 0 && box.top < window.innerHeight && box.height > 0;
        }""",
        selector,
    )


def test_a_refused_link_keeps_what_was_typed_in_view(phone):
    page = phone.page
    sign_in(phone, "ita_officer")
    item = f"{SCHOOL}/staff/oit/2566/items/O5/"
    phone.go(item)
    form = page.locator("form", has=page.get_by_role("heading", name="เพิ่มลิงก์"))
    form.get_by_label("ชื่อเอกสาร").fill("รายงานผลการดำเนินงาน")
    form.get_by_label("ที่อยู่เว็บ (https://…)").fill("not an address")
    form.get_by_role("button").click()
    page.wait_for_load_state()
    assert page.url.endswith("/items/O5/links/")
    assert _in_view(page, "[data-error-summary]")
    form = page.locator("form", has=page.get_by_role("heading", name="เพิ่มลิงก์"))
    assert form.get_by_label("ชื่อเอกสาร").input_value() == "รายงานผลการดำเนินงาน"
    assert serious_violations(page) == []
    form.get_by_label("ที่อยู่เว็บ (https://…)").fill("https://example.com/report")
    form.get_by_role("button").click()
    page.wait_for_load_state()
    assert page.url.endswith(item)
    assert page.get_by_text("รายงานผลการดำเนินงาน").count() >= 1
    page.reload()
    assert phone.csp_errors == []
