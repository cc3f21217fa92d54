"""/sitemap.xml lists every public page of every agency (home, its menu's pages, its basic
pages, its public news) at absolute canonical addresses; robots.txt lets crawlers in everywhere
public and points at it; every public page names its canonical address."""

import xml.etree.ElementTree as ET
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from prongsai.agencies.models import Agency
from prongsai.news import actions
from prongsai.news.sitemap import entries
from tests.factories import AgencyFactory
from tests.news.conftest import write

pytestmark = pytest.mark.django_db
NS = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


def locs(client) -> dict[str, str | None]:
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    root = ET.fromstring(response.content)  # noqa: S314 (our own response)
    return {
        url.find(f"{NS}loc").text: getattr(url.find(f"{NS}lastmod"), "text", None)
        for url in root.findall(f"{NS}url")
    }


def test_the_sitemap_lists_every_public_page_of_every_agency(client, office, school, officer):
    item = write(school, officer, title="ข่าวในแผนผังเว็บ")
    draft = write(school, officer, title="ร่าง", publish=False)
    later = write(school, officer, title="ล่วงหน้า", when=timezone.now() + timedelta(days=2))
    actions.save_about_page(agency=school, kind="history", body="<p>ก่อตั้ง</p>", actor=officer)
    AgencyFactory(slug="closed-school", is_active=False)
    found = locs(client)
    base = "http://testserver"
    for agency in (office, school):
        assert f"{base}/{agency.slug}/" in found
        assert f"{base}/{agency.slug}/oit/" in found  # a menu page every agency has
    assert f"{base}/{school.slug}/news/" in found  # shown: the school has public news
    assert f"{base}/{office.slug}/news/" not in found  # the menu hides it: none of its own
    item_url = base + reverse("news:item", kwargs={"agency": school.slug, "pk": item.pk})
    assert found[item_url]  # dated by its last change
    for hidden in (draft, later):
        assert (
            base + reverse("news:item", kwargs={"agency": school.slug, "pk": hidden.pk})
            not in found
        )
    assert f"{base}/{school.slug}/about/history/" in found
    assert not any("closed-school" in url for url in found)
    assert not any("/staff/" in url for url in found)
    for url in list(found)[:40]:
        assert client.get(url.removeprefix(base)).status_code == 200, url


def test_the_sitemap_asks_three_queries_however_many_agencies(
    office, officer, school, django_assert_num_queries
):
    for number in range(5):
        other = AgencyFactory(slug=f"school-{number}", parent=office, kind=Agency.Kind.SCHOOL)
        write(other, officer, title=f"ข่าว {number}")
    with django_assert_num_queries(3):
        rows = entries()
    assert len([row for row in rows if "/news/" in row.path and row.lastmod]) == 5


def test_robots_allows_the_public_pages_and_names_the_sitemap(client):
    response = client.get("/robots.txt")
    text = response.content.decode()
    assert response["Content-Type"].startswith("text/plain")
    assert "Allow: /\n" in text
    assert "Disallow: /*/staff/" in text
    assert "Sitemap: http://testserver/sitemap.xml" in text


def test_every_public_page_names_its_canonical_address(client, school, officer):
    item = write(school, officer)
    home = client.get(f"/{school.slug}/?utm_source=x").content.decode()
    assert f'<link rel="canonical" href="http://testserver/{school.slug}/">' in home
    page = client.get(reverse("news:item", kwargs={"agency": school.slug, "pk": item.pk}))
    assert page.content.decode().count('rel="canonical"') == 1
