"""The back-office menu in groups: a director's long menu is read by area, not as one list."""

import pytest
from django.urls import reverse

from prongsai.agencies.menu import GROUPS, MenuLink, grouped
from prongsai.agencies.roles import Role
from tests.conftest import login
from tests.factories import member

pytestmark = pytest.mark.django_db


def test_links_sit_under_their_group_in_the_groups_order():
    links = [
        MenuLink("งบ", "/a/", "", False, "money"),
        MenuLink("แผนมาตรการ", "/b/", "", False, "programme"),
        MenuLink("ไม่ระบุ", "/c/", "", False, ""),
        MenuLink("บริการ", "/d/", "", False, "public"),
    ]
    groups = grouped(links)
    codes = [code for code, _label in GROUPS]
    assert [str(group.label) for group in groups] == [
        str(label) for code, label in GROUPS if code in {"money", "programme", "", "public"}
    ]
    assert [link.label for group in groups for link in group.links] == [
        "แผนมาตรการ",
        "บริการ",
        "งบ",
        "ไม่ระบุ",
    ]
    assert codes[-1] == ""  # a module that names no group lands last


def test_director_home_and_menu_show_the_group_headings(client, school):
    login(client, member(school, Role.DIRECTOR))
    response = client.get(
        reverse("agencies:staff_home", kwargs={"agency": school.slug}),
        HTTP_ACCEPT_LANGUAGE="th",
    )
    html = response.content.decode()
    groups = response.context["menu_groups"]
    assert len(groups) >= 3
    for group in groups:
        assert str(group.label) in html
    every_link = [link.url for group in groups for link in group.links]
    assert sorted(every_link) == sorted(link.url for link in response.context["menu"])
    assert "คุณธรรมและความโปร่งใส" in html
    assert "บัญชีของคุณ" in html


def test_plain_staff_see_no_empty_group(client, school):
    login(client, member(school, Role.STAFF))
    response = client.get(reverse("agencies:staff_home", kwargs={"agency": school.slug}))
    assert all(group.links for group in response.context["menu_groups"])
