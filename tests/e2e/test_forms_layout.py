"""On a phone: a failed e-service request shows its error summary in view with the focus on it;
a service's steps are shown once."""

from prongsai.services.models import Service
from tests.e2e.conftest import serious_violations

SCHOOL = "kamphaeng-wittayakhom"


def _in_view(page, selector: str) -> bool:
    return page.evaluate(
        """(selector) => {
            const box = document.querySelector(selector).getBoundingClientRect();
            return box.top >= 0 && box.top < window.innerHeight && box.height > 0;
        }""",
        selector,
    )


def test_a_failed_request_shows_the_summary_where_the_eye_is(phone):
    page = phone.page
    phone.go(f"/{SCHOOL}/services/")
    page.get_by_role("link", name="ขอใบรับรองการเป็นนักเรียน").click()
    page.wait_for_load_state()
    page.get_by_label("ชั้น/ห้อง").fill("ม.2/1")
    page.get_by_role("button", name="ส่งคำขอ").click()
    page.wait_for_load_state()

    assert _in_view(page, "[data-error-summary]")
    assert page.evaluate("document.activeElement.hasAttribute('data-error-summary')")
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    # No browser-English bubble: the form is validated by the server, in Thai.
    assert page.locator("form[novalidate]").count() >= 1
    assert page.get_by_label("ชั้น/ห้อง").input_value() == "ม.2/1"

    # A link in the summary takes the reader to the field, its message in view.
    page.locator("[data-error-summary] a").first.click()
    focused = page.evaluate("document.activeElement.id")
    assert focused
    assert _in_view(page, f"#{focused}")
    assert page.evaluate("document.activeElement.getAttribute('aria-invalid')") == "true"
    assert serious_violations(page) == []
    assert phone.csp_errors == []


def test_a_services_steps_show_once_on_a_phone(phone):
    service = Service.objects.filter(agency__slug=SCHOOL, steps__isnull=False).distinct().first()
    step = service.steps.first()
    page = phone.page
    phone.go(f"/{SCHOOL}/services/{service.pk}/")
    visible = [box for box in page.get_by_text(step.title, exact=False).all() if box.is_visible()]
    assert len(visible) == 1
