"""The officer's pages (forms that keep what was typed and name the field) and the public
pages: the year, each month's สขร.1 in its column order, the empty month, PDF and XLSX."""

import io
from datetime import date
from decimal import Decimal

import pytest
from django.urls import reverse

from prongsai.agencies.roles import Role
from prongsai.lib.fiscal import current_fiscal_year
from prongsai.procurement import actions, month_print, queries, report_print, summary
from prongsai.procurement.models import Method, Purchase
from tests.conftest import login
from tests.factories import member
from tests.procurement.helpers import buy

pytestmark = pytest.mark.django_db


def url(name, agency, **kwargs):
    return reverse(f"procurement:{name}", kwargs={"agency": agency.slug, **kwargs})


def purchase_form(**changes):
    form = {
        "purchased_on": "15/01/2567",
        "what": "จัดซื้อกระดาษ A4",
        "ceiling": "๖,๐๐๐",
        "reference_price": "6000 บาท",
        "method": Method.SPECIFIC,
        "bidders": "ร้านสมใจ 5,750\nร้านดีเลิศ 5,900.50",
        "supplier": "ร้านสมใจ",
        "agreed_price": "5,750",
        "reason": "ราคาต่ำสุด",
        "contract_number": "12/2567",
        "contract_date": "16/01/2567",
    }
    form.update(changes)
    return form


def test_the_officer_records_a_purchase_typed_the_thai_way(client, school):
    login(client, member(school, Role.ASSET_OFFICER))
    response = client.post(url("purchase_new", school, year=2567), purchase_form())
    assert response.status_code == 302
    purchase = Purchase.objects.get()
    assert purchase.ceiling == Decimal("6000.00")
    assert purchase.agreed_price == Decimal("5750.00")
    assert [b.price for b in purchase.bidders.all()] == [Decimal("5750.00"), Decimal("5900.50")]
    assert purchase.purchased_on == date(2024, 1, 15)


def test_a_refused_purchase_names_the_field_and_keeps_what_was_typed(client, school):
    login(client, member(school, Role.DIRECTOR))
    response = client.post(
        url("purchase_new", school, year=2567),
        purchase_form(agreed_price="-5", bidders="ร้านสมใจ", purchased_on="15/01/2568"),
    )
    page = response.content.decode()
    assert response.status_code == 200
    assert "ร้านสมใจ" in page
    assert "จัดซื้อกระดาษ A4" in page
    assert 'id="id_agreed_price_error"' in page
    assert 'id="id_bidders_error"' in page
    assert not Purchase.objects.exists()
    response = client.post(
        url("purchase_new", school, year=2567), purchase_form(purchased_on="01/10/2567")
    )
    assert 'id="id_purchased_on_error"' in response.content.decode()
    assert not Purchase.objects.exists()


def test_staff_read_but_do_not_change(client, school):
    purchase = buy(school, date(2024, 1, 10), "3500")
    login(client, member(school, Role.STAFF))
    assert client.get(url("staff_year", school, year=2567)).status_code == 200
    page = client.get(url("purchase_edit", school, pk=purchase.pk)).content.decode()
    assert "disabled" in page
    assert "Remove" not in page
    assert "ลบ" not in page
    assert (
        client.post(url("purchase_edit", school, pk=purchase.pk), purchase_form()).status_code
        == 403
    )
    assert client.get(url("purchase_new", school, year=2567)).status_code == 403


def test_the_year_page_counts_every_month_and_the_month_keeps_its_column_order(client, school):
    buy(school, date(2023, 10, 1), "1000.10")
    buy(school, date(2023, 10, 31), "2000.20", ceiling="2500")
    buy(school, date(2023, 11, 1), "300.33")
    buy(school, date(2024, 9, 30), "99.99")
    buy(school, date(2024, 10, 1), "5000")  # the next fiscal year
    figures = queries.year_figures(school, 2567)
    counts = {figure.month: (figure.count, figure.amount) for figure in figures.months}
    assert counts[10] == (2, Decimal("3000.30"))
    assert counts[11] == (1, Decimal("300.33"))
    assert counts[9] == (1, Decimal("99.99"))
    assert counts[12] == (0, Decimal("0"))
    assert (figures.count, figures.amount) == (4, Decimal("3400.62"))
    page = client.get(url("month", school, year=2567, month=10)).content.decode()
    positions = [page.index(column) for column in summary.COLUMNS]
    assert positions == sorted(positions)
    assert "2,500.00" in page
    assert "3,000.30" in page
    assert "ตุลาคม พ.ศ. 2566" in page


def test_an_empty_month_says_so(client, school):
    buy(school, date(2023, 10, 5), "100")
    page = client.get(url("month", school, year=2567, month=12)).content.decode()
    assert "ไม่มีการจัดซื้อจัดจ้างในเดือนนี้" in page
    upcoming_year = current_fiscal_year() + 1
    upcoming = client.get(url("month", school, year=upcoming_year, month=9)).content.decode()
    assert "ไม่มีการจัดซื้อจัดจ้างในเดือนนี้" not in upcoming
    assert "ยังไม่ถึงเดือนนี้" in upcoming
    assert client.get(url("month", school, year=2567, month=13)).status_code == 404
    assert client.get(url("month", school, year=2567, month=0)).status_code == 404
    assert client.get(url("month", school, year=2700, month=9)).status_code == 404


def test_the_month_as_xlsx_and_pdf(client, school, django_capture_on_commit_callbacks):
    from openpyxl import load_workbook

    buy(school, date(2024, 2, 29), "1234.56", bidders=[("ร้านก", "1234.56"), ("ร้านข", "1300")])
    response = client.get(url("month_xlsx", school, year=2567, month=2))
    workbook = load_workbook(io.BytesIO(response.content))
    sheet = workbook["สขร.1"]
    assert [cell.value for cell in sheet[1]] == list(summary.COLUMNS)
    assert sheet["B2"].value == "กระดาษถ่ายเอกสาร A4"
    assert "ร้านข ราคา 1,300.00 บาท" in sheet["F2"].value
    with django_capture_on_commit_callbacks(execute=True):  # printed by the job after commit
        pdf = client.get(url("month_pdf", school, year=2567, month=2))
    if pdf.status_code == 503:
        pdf = client.get(url("month_pdf", school, year=2567, month=2))
    assert pdf.status_code == 200
    assert pdf["Content-Type"] == "application/pdf"
    html = month_print.month_html({"agency": school.pk, "year": 2567, "month": 2})
    assert html is not None
    assert "A4 landscape" in html
    assert "แบบ สขร.1" in html
    positions = [html.index(column) for column in summary.COLUMNS]
    assert positions == sorted(positions)


def test_the_plan_is_public_only_once_published(client, school):
    actions.save_plan_item(
        agency=school,
        year=2567,
        data=actions.PlanItemData("ครุภัณฑ์คอมพิวเตอร์", Decimal("45000"), Method.E_BIDDING, 1),
    )
    assert "ครุภัณฑ์คอมพิวเตอร์" not in client.get(url("year", school, year=2567)).content.decode()
    actions.publish_plan(agency=school, year=2567, today=date(2023, 10, 20))
    page = client.get(url("year", school, year=2567)).content.decode()
    assert "ครุภัณฑ์คอมพิวเตอร์" in page
    assert "45,000.00" in page


def test_the_annual_report_sums_by_method(client, school):
    buy(school, date(2023, 10, 5), "100.01")
    buy(school, date(2024, 3, 5), "200.02", method=Method.E_MARKET)
    buy(school, date(2024, 3, 6), "300.03", method=Method.E_MARKET)
    login(client, member(school, Role.ASSET_OFFICER))
    client.post(
        url("report_edit", school, year=2567),
        {"problems": "ผู้ค้าน้อย", "suggestions": "วางแผนล่วงหน้า", "publish": "1"},
    )
    client.logout()
    page = client.get(url("report", school, year=2567)).content.decode()
    assert "ผู้ค้าน้อย" in page
    assert "500.05" in page
    assert "600.06" in page
    figures = {m.method: (m.count, m.amount) for m in queries.year_figures(school, 2567).methods}
    assert figures[Method.E_MARKET] == (2, Decimal("500.05"))
    assert figures[Method.SPECIFIC] == (1, Decimal("100.01"))


def test_the_year_page_reads_in_bounded_queries(client, school, django_assert_max_num_queries):
    for day in range(1, 25):
        buy(school, date(2024, 1, day), "100")
    with django_assert_max_num_queries(20):
        client.get(url("year", school, year=2567))
    with django_assert_max_num_queries(20):
        client.get(url("month", school, year=2567, month=1))


def test_the_published_report_prints(client, school, django_capture_on_commit_callbacks):
    buy(school, date(2023, 10, 5), "100.01")
    pdf_url = url("report_pdf", school, year=2567)
    assert client.get(pdf_url).status_code == 404  # not published yet
    actions.save_report(
        agency=school,
        year=2567,
        problems="ผู้ค้าน้อย",
        suggestions="",
        publish=True,
        today=date(2024, 10, 3),
    )
    with django_capture_on_commit_callbacks(execute=True):
        response = client.get(pdf_url)
    if response.status_code == 503:
        response = client.get(pdf_url)
    assert response.status_code == 200
    html = report_print.report_html({"agency": school.pk, "year": 2567})
    assert html is not None
    assert "ผู้ค้าน้อย" in html
    assert "วิธีเฉพาะเจาะจง" in html
    assert "100.01" in html


def test_every_purchase_of_the_year_as_xlsx(client, school):
    from openpyxl import load_workbook

    buy(school, date(2023, 10, 1), "10.10")
    buy(school, date(2024, 9, 30), "20.20")
    buy(school, date(2024, 10, 1), "99")  # next year
    response = client.get(url("year_xlsx", school, year=2567))
    sheet = load_workbook(io.BytesIO(response.content))["สขร.1"]
    assert [cell.value for cell in sheet[1]][1:10] == list(summary.COLUMNS)
    assert sheet.max_row == 4  # heading, two purchases, the total
    assert sheet["H4"].value == "30.30"
