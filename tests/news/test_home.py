"""The agency's public home is its website: pinned announcements, the latest news, quick links
to what visitors come for (only those the agency offers), the contact block; an area office's
home carries its schools' news and lists the schools."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from prongsai.news.home import home_data, quick_links
from tests.news.conftest import write

pytestmark = pytest.mark.django_db


def home(client, agency):
    return client.get(reverse("agencies:home", kwargs={"agency": agency.slug})).content.decode()


def test_the_home_shows_pinned_announcements_and_the_latest_news(client, school, officer):
    pinned = write(school, officer, title="ประกาศรับสมัครนักเรียน", pinned=True)
    for number in range(8):
        write(
            school,
            officer,
            title=f"ข่าวกิจกรรมที่ {number}",
            when=timezone.now() - timedelta(days=number + 1),
        )
    write(school, officer, title="ข่าวร่างยังไม่เผยแพร่", publish=False)
    write(school, officer, title="ข่าวล่วงหน้า", when=timezone.now() + timedelta(days=3))
    page = home(client, school)
    item_url = reverse("news:item", kwargs={"agency": school.slug, "pk": pinned.pk})
    assert page.count(f'href="{item_url}"') == 1  # announced once, not again among the latest
    assert page.index("ประกาศรับสมัครนักเรียน") < page.index("ข่าวกิจกรรมที่ 0")
    assert "ข่าวกิจกรรมที่ 5" in page
    assert "ข่าวกิจกรรมที่ 6" not in page  # six latest
    assert "ข่าวร่างยังไม่เผยแพร่" not in page
    assert "ข่าวล่วงหน้า" not in page
    assert reverse("news:list", kwargs={"agency": school.slug}) in page


def test_quick_links_are_only_those_the_agency_offers(client, school):
    links = {quick.url_name: url for quick, url in quick_links(school)}
    assert links["complaints:new"] == reverse("complaints:new", kwargs={"agency": school.slug})
    assert "oit:public_index" in links
    assert "feedback:public" in links
    assert "services:catalogue" not in links  # no public service yet
    page = home(client, school)
    assert f'href="{links["complaints:new"]}"' in page
    for url in links.values():
        assert client.get(url).status_code == 200


def test_the_home_data_asks_few_queries(school, officer, django_assert_max_num_queries):
    for number in range(10):
        write(school, officer, title=f"ข่าว {number}", pinned=number < 2)
    with django_assert_max_num_queries(6):
        data = home_data(school)
    assert len(data["pinned"]) == 2
    assert len(data["latest"]) == 6


def test_an_area_office_home_carries_its_schools_news_and_lists_them(
    client, office, school, officer
):
    write(school, officer, title="ข่าวของโรงเรียนในเขต")
    page = home(client, office)
    assert "ข่าวของโรงเรียนในเขต" in page
    assert school.name_th in page
    assert school.get_absolute_url() in page
