"""The public procurement API of a fiscal year: only what the public pages show."""

from datetime import date
from decimal import Decimal

import pytest
from django.urls import reverse

from prongsai.procurement import actions
from prongsai.procurement.models import Method
from tests.procurement.helpers import buy

pytestmark = pytest.mark.django_db


def test_the_year_is_public_with_its_purchases_and_bidders(client, school):
    buy(school, date(2023, 10, 2), "1500.50", bidders=[("ร้านก", "1500.50"), ("ร้านข", "1600")])
    actions.save_plan_item(
        agency=school,
        year=2567,
        data=actions.PlanItemData("ร่างแผน", Decimal(10), Method.SPECIFIC, 10),
    )
    url = reverse("api:procurement_year", kwargs={"agency": school.slug, "year": 2567})
    data = client.get(url).json()
    assert data["plan"] is None  # a draft plan is not public
    assert data["report"] is None
    (purchase,) = data["purchases"]
    assert purchase["agreed_price"] == "1500.50"
    assert [b["name"] for b in purchase["bidders"]] == ["ร้านก", "ร้านข"]
    october = data["months"][0]
    assert (october["month"], october["count"], october["amount"]) == (10, 1, "1500.50")
    assert len(data["months"]) == 12
    actions.publish_plan(agency=school, year=2567, today=date(2023, 10, 3))
    assert client.get(url).json()["plan"]["items"][0]["what"] == "ร่างแผน"


def test_a_year_more_than_one_ahead_is_not_found_like_the_pages(client, school):
    from prongsai.lib.fiscal import current_fiscal_year

    ahead = current_fiscal_year() + 2
    url = reverse("api:procurement_year", kwargs={"agency": school.slug, "year": ahead})
    assert client.get(url).status_code == 404
    near = reverse("api:procurement_year", kwargs={"agency": school.slug, "year": ahead - 1})
    assert client.get(near).status_code == 200
