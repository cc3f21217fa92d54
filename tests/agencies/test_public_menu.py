"""Every public page of an agency has its menu (only what exists there) and its contacts."""

import re

import pytest
from django.urls import reverse

from prongsai.agencies.roles import Role
from prongsai.lib.fiscal import current_fiscal_year
from prongsai.services.models import Service
from tests.conftest import login
from tests.factories import member

pytestmark = pytest.mark.django_db


def menu_links(html: str) -> list[str]:
    nav = re.search(r'<nav class="agency-nav".*?</nav>', html, re.S)
    assert nav is not None, "no agency menu"
    return re.findall(r'href="([^"]+)"', nav.group(0))


@pytest.fixture
def contact_school(school):
    school.phone = "02-123-4567"
    school.address = "99 ถนนทดสอบ"
    school.email = "office@school.example"
    school.save()
    return school


def public_pages(agency) -> list[str]:
    slug = {"agency": agency.slug}
    return [
        reverse("agencies:home", kwargs=slug),
        reverse("oit:public_index", kwargs=slug),
        reverse("measures:public_index", kwargs=slug),
        reverse("services:catalogue", kwargs=slug),
        reverse("services:dashboard", kwargs=slug),
        reverse("manuals:public_list", kwargs=slug),
        reverse("complaints:new", kwargs=slug),
        reverse("complaints:follow_up", kwargs=slug),
        reverse("complaints:statistics", kwargs={**slug, "year": current_fiscal_year()}),
    ]


def test_every_public_page_has_the_menu_and_the_contacts(client, contact_school):
    Service.objects.create(agency=contact_school, name="ขอใบรับรอง", promised_days=1)
    for url in public_pages(contact_school):
        response = client.get(url, follow=True)
        assert response.status_code == 200, url
        html = response.content.decode()
        links = menu_links(html)
        assert reverse("complaints:follow_up", kwargs={"agency": contact_school.slug}) in links
        assert "<details" in html  # one menu button on a phone, without JavaScript
        assert "02-123-4567" in html
        assert "office@school.example" in html


def test_the_menu_offers_only_what_the_agency_has(client, school):
    slug = {"agency": school.slug}
    links = menu_links(client.get(reverse("agencies:home", kwargs=slug)).content.decode())
    assert reverse("services:catalogue", kwargs=slug) not in links
    assert reverse("manuals:public_list", kwargs=slug) not in links
    Service.objects.create(agency=school, name="ขอใบรับรอง", promised_days=1)
    links = menu_links(client.get(reverse("agencies:home", kwargs=slug)).content.decode())
    assert reverse("services:catalogue", kwargs=slug) in links
    assert reverse("services:dashboard", kwargs=slug) in links


def test_every_menu_link_opens(client, school):
    Service.objects.create(agency=school, name="ขอใบรับรอง", promised_days=1)
    html = client.get(reverse("agencies:home", kwargs={"agency": school.slug})).content.decode()
    for url in set(menu_links(html)):
        assert client.get(url, follow=True).status_code == 200, url


def test_staff_pages_keep_the_back_office_menu_only(client, school):
    login(client, member(school, Role.DIRECTOR))
    html = client.get(reverse("agencies:staff_home", kwargs={"agency": school.slug})).content
    assert b'class="agency-nav"' not in html


def test_the_menu_comes_from_the_modules_manifests_in_their_order(client, school):
    """Each module declares its public links; a new module's page joins the menu by itself."""
    slug = {"agency": school.slug}
    Service.objects.create(agency=school, name="ขอใบรับรอง", promised_days=1)
    links = menu_links(client.get(reverse("agencies:home", kwargs=slug)).content.decode())
    expected = [
        reverse("agencies:home", kwargs=slug),
        reverse("oit:public_index", kwargs=slug),
        reverse("measures:public_index", kwargs=slug),
        reverse("services:catalogue", kwargs=slug),
        reverse("services:dashboard", kwargs=slug),
        reverse("feedback:public", kwargs=slug),
        reverse("complaints:new", kwargs=slug),
    ]
    positions = [links.index(url) for url in expected]
    assert positions == sorted(positions)
    assert reverse("manuals:public_list", kwargs=slug) not in links  # none published here
