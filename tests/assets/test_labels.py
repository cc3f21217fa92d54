"""The sheet of QR labels: one label an asset of the list's filter, as an A4 PDF."""

import pytest
from django.urls import reverse

from prongsai.agencies.roles import Role
from prongsai.assets.labels import labels_html
from prongsai.assets.models import Asset
from tests.assets.helpers import make_asset
from tests.conftest import login
from tests.factories import member

pytestmark = pytest.mark.django_db


def test_one_label_an_asset_with_its_number(school):
    make_asset(school, number="7440-001-0001/2567")
    make_asset(school, number="7440-001-0002/2567")
    html = labels_html(
        school, Asset.objects.order_by("number"), lambda asset: f"https://x.test/{asset.pk}/"
    )
    assert html.count("<svg") == 2
    assert "7440-001-0002/2567" in html


def test_the_officer_downloads_the_labels_as_pdf(client, school):
    make_asset(school)
    login(client, member(school, Role.ASSET_OFFICER))
    response = client.get(
        reverse("assets:staff_labels", kwargs={"agency": school.slug}), {"kind": "durable"}
    )
    assert response["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF")
