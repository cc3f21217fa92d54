"""A month not begun says so (no figures, no files), the month under way shows its figures so
far, only a month that is over can have had "no procurement"; and the public pages answer for
no year more than one ahead of the current fiscal year. Today is 15 December 2569 (B.E.),
in fiscal year 2570."""

import io
from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.urls import reverse

from prongsai.procurement import actions, month_print, queries, rules, summary
from prongsai.procurement.models import Method
from tests.procurement.helpers import buy

pytestmark = pytest.mark.django_db

TODAY = datetime(2026, 12, 15, 10, 0, tzinfo=ZoneInfo("Asia/Bangkok"))
NOT_YET = "ยังไม่ถึงเดือนนี้"
NOT_ENDED = "ยังไม่สิ้นเดือน"
NONE = "ไม่มีการจัดซื้อจัดจ้างในเดือนนี้"


@pytest.fixture
def today():
    with time_machine.travel(TODAY, tick=False):
        yield


def url(name, agency, **kwargs):
    return reverse(f"procurement:{name}", kwargs={"agency": agency.slug, **kwargs})


def test_each_month_is_over_under_way_or_not_begun():
    day = date(2026, 12, 15)
    assert rules.month_state(2570, 11, day) == rules.PAST
    assert rules.month_state(2570, 12, day) == rules.CURRENT
    assert rules.month_state(2570, 12, date(2026, 12, 31)) == rules.CURRENT
    assert rules.month_state(2570, 12, date(2027, 1, 1)) == rules.PAST
    assert rules.month_state(2570, 1, day) == rules.FUTURE
    assert rules.is_public_year(2571, day)
    assert not rules.is_public_year(2572, day)


def test_the_year_page_tells_months_not_begun_from_months_without_purchases(client, school, today):
    buy(school, date(2026, 10, 5), "1500")
    buy(school, date(2026, 12, 2), "3250.50")
    page = client.get(url("year", school, year=2570)).content.decode()
    assert page.count(NOT_YET) == 9  # มกราคม to กันยายน 2570
    assert page.count(NOT_ENDED) == 1  # ธันวาคม 2569, with its figures so far
    assert "3,250.50" in page
    assert page.count(NONE) == 1  # พฤศจิกายน 2569 is over and had none
    assert url("month", school, year=2570, month=1) not in page  # nothing to open yet
    assert url("month", school, year=2570, month=12) in page
    states = {month.month: month.state for month in queries.year_figures(school, 2570).months}
    assert states[10] == states[11] == rules.PAST
    assert states[12] == rules.CURRENT
    assert states[6] == rules.FUTURE


def test_a_month_not_begun_offers_no_files(client, school, today):
    page = client.get(url("month", school, year=2570, month=6)).content.decode()
    assert NOT_YET in page
    assert NONE not in page
    assert "0.00" not in page
    assert url("month_pdf", school, year=2570, month=6) not in page
    assert url("month_xlsx", school, year=2570, month=6) not in page
    assert client.get(url("month_pdf", school, year=2570, month=6)).status_code == 404
    assert client.get(url("month_xlsx", school, year=2570, month=6)).status_code == 404
    assert client.get(url("month_xlsx", school, year=2570, month=11)).status_code == 200


def test_the_month_under_way_shows_its_figures_so_far(client, school, today):
    from openpyxl import load_workbook

    empty = client.get(url("month", school, year=2570, month=12)).content.decode()
    assert NOT_ENDED in empty
    assert NONE not in empty
    buy(school, date(2026, 12, 2), "3250.50")
    page = client.get(url("month", school, year=2570, month=12)).content.decode()
    assert NOT_ENDED in page
    assert "3,250.50" in page
    assert url("month_pdf", school, year=2570, month=12) in page
    response = client.get(url("month_xlsx", school, year=2570, month=12))
    info = load_workbook(io.BytesIO(response.content))["สรุป"]
    assert summary.SO_FAR in [cell.value for row in info.iter_rows() for cell in row]
    html = month_print.month_html({"agency": school.pk, "year": 2570, "month": 12})
    assert html is not None
    assert summary.SO_FAR in html
    assert NONE not in html


def test_no_public_page_for_a_year_more_than_one_ahead(client, school, today):
    actions.save_plan_item(
        agency=school,
        year=2572,
        data=actions.PlanItemData("ครุภัณฑ์คอมพิวเตอร์", 45000, Method.E_BIDDING, 1),
    )
    assert client.get(url("year", school, year=2571)).status_code == 200  # next year's plan
    assert client.get(url("year", school, year=2570)).status_code == 200
    for name in ("year", "year_xlsx", "report", "report_pdf", "report_xlsx"):
        assert client.get(url(name, school, year=2572)).status_code == 404, name
    assert client.get(url("month", school, year=2572, month=10)).status_code == 404
    latest = client.get(url("latest", school))
    assert latest["Location"] == url("year", school, year=2570)
