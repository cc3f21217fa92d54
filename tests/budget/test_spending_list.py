"""The spending page's payments: the latest ten, then the full list a page of fifty at a time
(a year of payments is a hundred and more, far too long for one phone page)."""

from datetime import date, timedelta
from decimal import Decimal

import pytest
from django.urls import reverse

from prongsai.agencies.roles import Role
from prongsai.budget.models import Spending
from tests.budget.helpers import YEAR, filled_plan
from tests.conftest import login
from tests.factories import member

pytestmark = pytest.mark.django_db


def _payments(activity, count):
    first = date(2023, 10, 2)
    Spending.objects.bulk_create(
        Spending(
            activity=activity,
            paid_on=first + timedelta(days=n),
            amount=Decimal("100"),
            document_no=f"จ่าย-{n:03d}",
        )
        for n in range(count)
    )


def test_the_latest_ten_payments_then_all_of_them_fifty_a_page(client, school):
    _plan, _project, activity = filled_plan(school)
    _payments(activity, 104)
    login(client, member(school, Role.DIRECTOR))
    url = reverse("budget:staff_spending", kwargs={"agency": school.slug, "year": YEAR})

    latest = client.get(url).content.decode()
    assert "จ่าย-103" in latest
    assert "จ่าย-094" in latest
    assert "จ่าย-093" not in latest
    assert "ดูการจ่ายเงินทั้งหมด 104 รายการ" in latest
    assert "?page=1#payments" in latest

    first = client.get(url, {"page": "1"}).content.decode()
    assert "จ่าย-103" in first
    assert "จ่าย-054" in first
    assert "จ่าย-053" not in first
    assert "หน้า 1 จาก 3" in first
    assert "?page=2#payments" in first

    last = client.get(url, {"page": "3"}).content.decode()
    assert "จ่าย-003" in last
    assert "จ่าย-000" in last
    assert "จ่าย-004" not in last
    assert client.get(url, {"page": "99"}).content.decode().count("จ่าย-000") == 1


def test_a_few_payments_need_no_link_to_more(client, school):
    _plan, _project, activity = filled_plan(school)
    _payments(activity, 3)
    login(client, member(school, Role.DIRECTOR))
    url = reverse("budget:staff_spending", kwargs={"agency": school.slug, "year": YEAR})
    page = client.get(url).content.decode()
    assert "จ่าย-000" in page
    assert "จ่าย-002" in page
    assert "ดูการจ่ายเงินทั้งหมด" not in page
