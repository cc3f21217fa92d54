"""The assets API for staff: the register and the loans with their states, bounded queries,
another agency invisible."""

import pytest
from django.urls import reverse

from prongsai.agencies.roles import Role
from tests.assets.helpers import make_asset, make_loan
from tests.conftest import login
from tests.factories import member

pytestmark = pytest.mark.django_db


def test_the_register_and_loans_for_staff(client, school, other_school):
    make_asset(school, number="7440-001-0001/2567")
    make_asset(school, number="8010-001-0001/2567", kind="consumable")
    loan = make_loan(school, status="handed_over")
    login(client, member(school, Role.STAFF))
    assets = client.get(
        reverse("api:asset_list", kwargs={"agency": school.slug}), {"kind": "consumable"}
    )
    assert assets.status_code == 200
    assert [row["number"] for row in assets.json()["results"]] == ["8010-001-0001/2567"]
    loans = client.get(
        reverse("api:asset_loan_list", kwargs={"agency": school.slug}), {"status": "handed_over"}
    )
    (row,) = loans.json()["results"]
    assert row["id"] == loan.pk
    assert row["items"][0]["number"] == loan.items.get().asset.number
    assert (
        client.get(reverse("api:asset_list", kwargs={"agency": other_school.slug})).status_code
        == 404
    )


def test_anonymous_is_told_to_sign_in(client, school):
    assert (
        client.get(reverse("api:asset_loan_list", kwargs={"agency": school.slug})).status_code
        == 401
    )


@pytest.mark.parametrize("rows", [1, 8])
def test_loans_take_bounded_queries(client, school, rows, django_assert_max_num_queries):
    for _index in range(rows):
        make_loan(school, status="approved")
    login(client, member(school, Role.ASSET_OFFICER))
    with django_assert_max_num_queries(12):
        response = client.get(reverse("api:asset_loan_list", kwargs={"agency": school.slug}))
    assert response.json()["count"] == rows


def test_the_loan_statistics_are_public_and_name_nobody(client, school):
    from django.utils import timezone

    from prongsai.lib.fiscal import fiscal_year

    borrower = member(school, Role.STAFF)
    borrower.first_name = "ลับเฉพาะ"
    borrower.save()
    make_loan(school, status="returned", borrower=borrower)
    make_loan(school, status="handed_over", kind="off_site")
    year = fiscal_year(timezone.localdate())
    response = client.get(
        reverse("api:asset_statistics", kwargs={"agency": school.slug, "year": year})
    )
    assert response.status_code == 200
    data = response.json()
    assert data["fiscal_year"] == year
    assert data["total"] == 2
    assert len(data["months"]) == 12
    assert {row["kind"]: row["total"] for row in data["kinds"]}["off_site"] == 1
    assert data["returned"] == 1
    assert "ลับเฉพาะ" not in response.content.decode()
    missing = client.get(
        reverse("api:asset_statistics", kwargs={"agency": school.slug, "year": 1999})
    )
    assert missing.status_code == 404
