"""Every loan as a sheet for the officer, the director and the supervisor."""

import csv
import io

import pytest
from django.urls import reverse
from openpyxl import load_workbook

from prongsai.agencies.roles import Role
from tests.assets.helpers import make_loan
from tests.conftest import login
from tests.factories import member

pytestmark = pytest.mark.django_db


def url(name, agency):
    return reverse(f"assets:{name}", kwargs={"agency": agency.slug})


def test_the_loans_as_csv_and_xlsx(client, school, django_assert_max_num_queries):
    borrower = member(school, Role.STAFF)
    borrower.title, borrower.first_name, borrower.last_name = "", "=HYPERLINK(1)", "ใจดี"
    borrower.save()
    returned = make_loan(school, status="returned", borrower=borrower)
    make_loan(school, status="requested", kind="off_site")
    login(client, member(school, Role.ASSET_OFFICER))
    with django_assert_max_num_queries(15):
        response = client.get(url("loan_export_csv", school))
    assert response["Content-Disposition"].startswith("attachment")
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[0][0] == "เลขที่"
    assert len(rows) == 3
    row = next(r for r in rows if r[0] == str(returned.pk))
    assert row[9] == "คืนแล้ว"
    assert "HYPERLINK" in row[2]
    assert not row[2].startswith("=")  # neutralised against formulas
    only = client.get(url("loan_export_csv", school) + "?status=requested")
    assert len(only.content.decode("utf-8-sig").strip().splitlines()) == 2
    book = load_workbook(io.BytesIO(client.get(url("loan_export_xlsx", school)).content))
    assert book.active.title == "การยืมพัสดุ"
    assert book.active.max_row == 3


def test_a_teacher_may_not_download_everyone_s_loans(client, school):
    login(client, member(school, Role.STAFF))
    assert client.get(url("loan_export_csv", school)).status_code == 403
