import pytest
from django.urls import reverse

from tests.factories import AgencyFactory

pytestmark = pytest.mark.django_db


def test_home_shows_the_school_its_office_and_the_sections(client, school):
    response = client.get(reverse("agencies:home", kwargs={"agency": school.slug}))
    html = response.content.decode()
    assert response.status_code == 200
    assert "โรงเรียนของเรา" in html
    assert "สำนักงานเขตทดสอบ" in html
    for section in ("การเปิดเผยข้อมูลสาธารณะ", "บริการออนไลน์", "ร้องเรียน", "ข่าว"):
        assert section in html, section
    assert '<html lang="th">' in html


def test_area_office_home_lists_its_schools(client, office, school, other_school):
    html = client.get(reverse("agencies:home", kwargs={"agency": office.slug})).content.decode()
    assert school.name_th in html
    assert other_school.name_th in html


def test_unknown_or_inactive_agency_is_not_found(client, school):
    school.is_active = False
    school.save()
    assert client.get("/our-school/").status_code == 404
    assert client.get("/no-such-school/").status_code == 404


def test_index_goes_straight_to_the_only_agency(client):
    only = AgencyFactory(slug="only-school")
    response = client.get("/")
    assert response.status_code == 302
    assert response["Location"] == f"/{only.slug}/"


def test_index_lists_several_agencies_as_a_tree(client, office, school, other_school):
    html = client.get("/").content.decode()
    assert html.index(office.name_th) < html.index(school.name_th)
    assert 'class="depth-1"' in html


def test_language_switch_gives_the_same_page_in_english(client, school):
    response = client.post(
        reverse("set_language"), {"language": "en", "next": "/our-school/"}, follow=True
    )
    html = response.content.decode()
    assert '<html lang="en">' in html
    assert "Public disclosure (OIT)" in html
    assert response.redirect_chain[-1][0] == "/our-school/"
    client.post(reverse("set_language"), {"language": "th", "next": "/our-school/"})
    assert "การเปิดเผยข้อมูลสาธารณะ" in client.get("/our-school/").content.decode()


def test_browser_language_does_not_override_thai_first(client, school):
    html = client.get("/our-school/", HTTP_ACCEPT_LANGUAGE="en-US,en").content.decode()
    assert '<html lang="th">' in html


def test_pages_send_a_strict_content_security_policy(client, school):
    policy = client.get("/our-school/")["Content-Security-Policy"]
    assert "script-src 'self'" in policy
    assert "style-src 'self'" in policy
    assert "unsafe-inline" not in policy
