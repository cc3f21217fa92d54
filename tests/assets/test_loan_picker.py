"""The loan form's picker: find assets by name (a plain search, no JavaScript needed), tick
them, and they join the request."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from prongsai.agencies.roles import Role
from prongsai.assets.loan_forms import merge_picks
from prongsai.assets.models import Loan
from prongsai.lib.thai import date_input_text
from tests.assets.helpers import make_asset
from tests.conftest import login
from tests.factories import member

pytestmark = pytest.mark.django_db
TODAY = timezone.localdate()


def url(agency):
    return reverse("assets:loan_request", kwargs={"agency": agency.slug})


def test_merging_picks_adds_only_what_is_not_typed():
    assert merge_picks("A-1\nA-2 x 2", ["A-2", "A-3", "A-3"]) == "A-1\nA-2 x 2\nA-3"
    assert merge_picks("", ["๗๔-1"]) == "74-1"


def test_find_by_name_lists_usable_assets_only(client, school, django_assert_max_num_queries):
    make_asset(school, number="6730-001-0001/2565", name="เครื่องฉายภาพโปรเจกเตอร์")
    make_asset(
        school, number="6730-001-0002/2565", name="เครื่องฉายภาพโปรเจกเตอร์", condition="damaged"
    )
    make_asset(school, number="7110-001-0001/2565", name="โต๊ะพับ")
    login(client, member(school, Role.STAFF))
    with django_assert_max_num_queries(20):
        page = client.get(url(school) + "?find=โปรเจกเตอร์").content.decode()
    assert 'value="6730-001-0001/2565"' in page
    assert "6730-001-0002/2565" not in page
    assert "7110-001-0001/2565" not in page
    nothing = client.get(url(school) + "?find=ไม่มีสิ่งนี้").content.decode()
    assert "ไม่พบพัสดุที่ใช้การได้" in nothing


def test_the_find_button_keeps_what_was_typed_and_saves_nothing(client, school):
    make_asset(school, number="6730-001-0001/2565", name="เครื่องฉายภาพโปรเจกเตอร์")
    login(client, member(school, Role.STAFF))
    page = client.post(
        url(school),
        {"search": "1", "find": "โปรเจกเตอร์", "purpose": "สอนวิชาวิทยาศาสตร์", "kind": "inside"},
    ).content.decode()
    assert "สอนวิชาวิทยาศาสตร์" in page
    assert 'name="pick" value="6730-001-0001/2565"' in page
    assert 'class="error"' not in page  # a search is not a failed request
    assert not Loan.objects.exists()


def test_ticked_assets_join_the_request(client, school):
    projector = make_asset(school, number="6730-001-0001/2565", name="เครื่องฉายภาพโปรเจกเตอร์")
    screen = make_asset(school, number="6730-002-0001/2565", name="จอรับภาพ")
    login(client, member(school, Role.STAFF))
    response = client.post(
        url(school),
        {
            "kind": "inside",
            "assets": "",
            "pick": [projector.number, screen.number],
            "purpose": "สอนวิชาวิทยาศาสตร์",
            "place": "ห้อง 301",
            "starts_on": date_input_text(TODAY),
            "due_on": date_input_text(TODAY + timedelta(days=1)),
        },
    )
    assert response.status_code == 302
    loan = Loan.objects.get()
    assert {item.asset_id for item in loan.items.all()} == {projector.pk, screen.pk}
