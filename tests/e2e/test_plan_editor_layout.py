"""The staff plan editor: badges stay in their column at 1366 px, a phone is never made wider
than its screen, and saving on the standalone row page leads to the plan with its header."""

from prongsai.measures.models import MeasureRow
from tests.e2e.conftest import Visit, sign_in

PLAN = "/kamphaeng-wittayakhom/staff/measures/2566/"

OVERFLOWING_BADGES = """() => [...document.querySelectorAll('.plan-table td .badge')]
  .filter((badge) => {
    const cell = badge.closest('td').getBoundingClientRect();
    return badge.getBoundingClientRect().right > cell.right + 1;
}).length"""


def _open(browser, live_server, viewport) -> tuple[Visit, object]:
    context = browser.new_context(viewport=viewport, locale="th-TH")
    page = context.new_page()
    page.set_default_timeout(10_000)
    return Visit(page, live_server.url), context


def test_badges_stay_in_their_column_at_1366(browser, live_server, demo):
    visit, context = _open(browser, live_server, {"width": 1366, "height": 900})
    sign_in(visit, "ita_officer")
    visit.go(PLAN)
    assert visit.page.evaluate(OVERFLOWING_BADGES) == 0
    context.close()


def test_a_phone_is_not_made_wider_than_its_screen(browser, live_server, demo):
    visit, context = _open(browser, live_server, {"width": 390, "height": 844})
    sign_in(visit, "ita_officer")
    row = MeasureRow.objects.filter(
        measure__plan__agency__slug="kamphaeng-wittayakhom", measure__plan__fiscal_year=2566
    ).first()
    for path in (PLAN, f"{PLAN}rows/{row.pk}/"):
        visit.go(path)
        width = visit.page.evaluate("document.documentElement.scrollWidth")
        assert width <= 390, (path, width)
    context.close()


def test_saving_on_the_row_page_leads_to_the_plan_with_its_header(browser, live_server, demo):
    visit, context = _open(browser, live_server, {"width": 1366, "height": 900})
    sign_in(visit, "ita_officer")
    row = MeasureRow.objects.filter(
        measure__plan__agency__slug="kamphaeng-wittayakhom", measure__plan__fiscal_year=2566
    ).first()
    visit.go(f"{PLAN}rows/{row.pk}/")
    visit.page.get_by_role("button", name="บันทึก", exact=True).click()
    visit.page.wait_for_load_state()
    assert visit.page.locator("h1").count() == 1
    assert visit.page.locator(".plan-table thead").count() >= 1
    assert visit.page.locator(".staff-menu").count() == 1
    context.close()
