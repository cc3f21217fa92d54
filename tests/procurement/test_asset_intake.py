"""A durable purchase goes into the asset register in one step (agencies.modules.asset_intake),
once; the button shows only where it can work."""

from datetime import date

import pytest
from django.urls import reverse

from prongsai.agencies import modules
from prongsai.agencies.roles import Role
from prongsai.procurement.models import Purchase
from tests.conftest import login
from tests.factories import member
from tests.procurement.helpers import buy

pytestmark = pytest.mark.django_db


def url(name, purchase):
    return reverse(
        f"procurement:{name}", kwargs={"agency": purchase.agency.slug, "pk": purchase.pk}
    )


def test_the_officer_adds_a_durable_purchase_once(client, school):
    purchase = buy(school, date(2024, 1, 10), "22000", what="เครื่องคอมพิวเตอร์โน้ตบุ๊ก", durable=True)
    login(client, member(school, Role.ASSET_OFFICER))
    page = client.get(url("purchase_edit", purchase)).content.decode()
    assert url("purchase_to_assets", purchase) in page
    client.post(url("purchase_to_assets", purchase))
    purchase.refresh_from_db()
    assert purchase.asset_number
    page = client.get(url("purchase_edit", purchase)).content.decode()
    assert purchase.asset_number in page
    assert url("purchase_to_assets", purchase) not in page
    client.post(url("purchase_to_assets", purchase))  # again: refused, nothing new
    assert Purchase.objects.get(pk=purchase.pk).asset_number == purchase.asset_number


def test_no_button_for_consumables_readers_or_without_a_register(client, school, monkeypatch):
    consumable = buy(school, date(2024, 1, 10), "500")
    durable = buy(school, date(2024, 1, 11), "9000", durable=True)
    login(client, member(school, Role.ASSET_OFFICER))
    assert (
        url("purchase_to_assets", consumable)
        not in client.get(url("purchase_edit", consumable)).content.decode()
    )
    monkeypatch.setattr(modules, "asset_intake", lambda: None)
    assert (
        url("purchase_to_assets", durable)
        not in client.get(url("purchase_edit", durable)).content.decode()
    )
    monkeypatch.undo()
    login(client, member(school, Role.STAFF))
    assert (
        url("purchase_to_assets", durable)
        not in client.get(url("purchase_edit", durable)).content.decode()
    )
    assert client.post(url("purchase_to_assets", durable)).status_code == 403
