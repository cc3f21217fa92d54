"""The No Gift page answers its OIT items (declaration; culture activities) for many agencies in
one query, the shipped item titles map to these pages, and the public menu offers the page only
to an agency that has something on it."""

import re
from datetime import date

import pytest
from django.urls import reverse

from prongsai.agencies import evidence
from prongsai.agencies.roles import Role
from prongsai.integrity import declaration_actions as actions
from prongsai.integrity import oit_evidence
from tests.factories import member
from tests.integrity.helpers import record_activity

pytestmark = pytest.mark.django_db

SHIPPED = {  # prongsai/oit/data/oit_items.yaml
    "ประกาศเจตนารมณ์นโยบาย No Gift Policy จากการปฏิบัติหน้าที่": "no_gift_declaration",  # 2566 O31
    "ประกาศเจตนารมณ์และการสร้างวัฒนธรรม ตามนโยบาย No Gift Policy จากการปฏิบัติหน้าที่": (
        "no_gift_declaration"  # 2568 O21
    ),
    "การขับเคลื่อนนโยบาย NO GIFT POLICY จากการปฏิบัติหน้าที่และการเสริมสร้างความรู้เกี่ยวกับ"
    "หลักเกณฑ์การรับทรัพย์สินหรือประโยชน์อื่นใดโดยธรรมจรรยาของเจ้าพนักงานของรัฐ": (
        "no_gift_declaration"  # 2569 O20
    ),
    "การขับเคลื่อนนโยบาย No Gift Policy": "no_gift_declaration",  # 2569, the other list
}


@pytest.mark.parametrize(("title", "key"), SHIPPED.items())
def test_the_shipped_titles_map_to_the_no_gift_page(title, key):
    assert evidence.key_for_title(title) == key


def test_the_culture_item_of_2566_maps_to_the_culture_activities():
    assert evidence.key_for_title("การสร้างวัฒนธรรม No Gift Policy") == "no_gift_culture"


def approve(agency, year):
    officer = member(agency, Role.ITA_OFFICER)
    director = member(agency, Role.DIRECTOR)
    draft = actions.start_declaration(
        agency=agency, year=year, by=officer, today=date(year - 543, 1, 5)
    )
    return actions.approve_declaration(declaration=draft, by=director)


def test_the_builders_answer_for_many_agencies_in_one_query(
    school, other_school, django_assert_num_queries
):
    approve(school, 2568)
    record_activity(school, held_on=date(2024, 12, 1), published=True)
    record_activity(other_school, held_on=date(2024, 12, 20), published=False)
    with django_assert_num_queries(1):
        declarations = oit_evidence.no_gift_declaration([school, other_school], 2568)
    with django_assert_num_queries(1):
        culture = oit_evidence.no_gift_culture([school, other_school], 2568)
    assert set(declarations) == {school.pk}
    assert declarations[school.pk].url == "/our-school/no-gift/2568/"
    assert declarations[school.pk].dated_on == date(2025, 1, 5)
    assert set(culture) == {school.pk}  # the other's activity is not published
    assert culture[school.pk].dated_on == date(2024, 12, 1)
    assert oit_evidence.no_gift_declaration([school], 2567) == {}


def menu_links(html):
    nav = re.search(r'<nav class="agency-nav".*?</nav>', html, re.S)
    assert nav is not None
    return re.findall(r'href="([^"]+)"', nav.group(0))


def test_the_public_menu_offers_the_page_only_when_there_is_something(client, school):
    home = reverse("agencies:home", kwargs={"agency": school.slug})
    latest = reverse("integrity:no_gift_latest", kwargs={"agency": school.slug})
    assert latest not in menu_links(client.get(home).content.decode())
    record_activity(school, held_on=date(2024, 12, 1), published=True)
    assert latest in menu_links(client.get(home).content.decode())
    response = client.get(latest)
    assert response["Location"].endswith("/no-gift/2568/")  # the activity's year
