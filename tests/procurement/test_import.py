"""Import of purchases from a sheet: a preview with each row's Thai problems, then all rows or
none; amounts and dates typed the Thai way; the e-GP headings read by name."""

import csv
import io
from decimal import Decimal

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from prongsai.agencies.roles import Role
from prongsai.procurement import sheet
from prongsai.procurement.models import Method, Purchase
from tests.conftest import login
from tests.factories import member

pytestmark = pytest.mark.django_db

HEADINGS = sheet.heading_row()
GOOD = [
    ["01/10/2566", "กระดาษ A4", "๖,๐๐๐", "6000", "เฉพาะเจาะจง", "ร้านสมใจ 5,750; ร้านดี 5,900",
     "ร้านสมใจ", "5,750 บาท", "ราคาต่ำสุด", "1/2567", "01/10/2566", "", "ไม่ใช่"],
    ["30/09/2567", "โน้ตบุ๊ก", "1,500.50", "", "e-market", "", "บริษัท ไอที จำกัด", "1500.50",
     "", "2/2567", "", "67099123456", "ใช่"],
]  # fmt: skip


def upload(rows, headings=HEADINGS, name="purchases.csv"):
    text = io.StringIO()
    writer = csv.writer(text)
    writer.writerow(headings)
    writer.writerows(rows)
    return SimpleUploadedFile(name, text.getvalue().encode("utf-8"), content_type="text/csv")


def url(school, **kwargs):
    return reverse("procurement:purchase_import", kwargs={"agency": school.slug, "year": 2567})


def test_a_good_sheet_is_previewed_then_imported_whole(client, school):
    login(client, member(school, Role.ASSET_OFFICER))
    preview = client.post(url(school), {"sheet": upload(GOOD)})
    token = preview.context["token"]
    assert token
    assert not Purchase.objects.exists()
    client.post(url(school), {"token": token, "confirm": "1"})
    first, second = Purchase.objects.order_by("purchased_on")
    assert (first.ceiling, first.agreed_price) == (Decimal("6000.00"), Decimal("5750.00"))
    assert [b.name for b in first.bidders.all()] == ["ร้านสมใจ", "ร้านดี"]
    assert second.method == Method.E_MARKET
    assert second.durable
    assert second.reason == "ราคาต่ำสุด"
    assert [b.name for b in second.bidders.all()] == ["บริษัท ไอที จำกัด"]


def test_bad_rows_are_named_with_the_fix_and_nothing_is_saved(client, school):
    login(client, member(school, Role.ASSET_OFFICER))
    bad = [
        GOOD[0],
        ["01/10/2567", "ชอล์ก", "-5", "", "ประมูล", "", "ร้าน", "สองร้อย", "", "", "", "", ""],
        ["31/02/2567", "", "100", "", "คัดเลือก", "ร้านเอ", "ร้านเอ", "200", "", "", "", "", ""],
    ]
    response = client.post(url(school), {"sheet": upload(bad)})
    page = response.content.decode()
    assert response.context["token"] == ""
    second, third = response.context["bad_rows"]
    assert second.line == 3
    assert third.line == 4
    assert any("อยู่นอกปีงบประมาณ 2567" in error for error in second.errors)
    assert any("-5" in error for error in second.errors)
    assert any("ประมูล" in error for error in second.errors)
    assert any("สองร้อย" in error for error in second.errors)
    assert any("31/02/2567" in error for error in third.errors)
    assert any("ร้านเอ" in error for error in third.errors)  # a bidder without a price
    assert any("สูงกว่าวงเงิน" in error for error in third.errors)
    assert 'href="#row-3"' in page
    assert not Purchase.objects.exists()


def test_a_sheet_without_the_columns_is_refused_as_a_whole(client, school):
    login(client, member(school, Role.DIRECTOR))
    response = client.post(url(school), {"sheet": upload([["x"]], headings=["ชื่อ"])})
    assert 'id="id_sheet_error"' in response.content.decode()


def test_the_template_reads_back(client, school):
    login(client, member(school, Role.ASSET_OFFICER))
    response = client.get(
        reverse("procurement:import_template", kwargs={"agency": school.slug, "fmt": "xlsx"})
    )
    table = sheet.read_table("t.xlsx", response.content)
    rows = sheet.parse_purchases(table, year=2567)
    assert [row.errors for row in rows] == [[]]
