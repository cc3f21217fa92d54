"""The news page answers the OIT item "ข่าวประชาสัมพันธ์" of every shipped list (one query for
many agencies); the home page's news section is live; the demo loads twenty items, once."""

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import yaml
from django.urls import reverse
from django.utils import timezone

from prongsai.agencies.evidence import key_for_title
from prongsai.agencies.public_sections import public_sections
from prongsai.agencies.roles import Role
from prongsai.news.demo import ITEMS, load_news
from prongsai.news.models import NewsImage, NewsItem
from prongsai.news.oit_evidence import news_page
from tests.factories import AgencyFactory, member
from tests.news.conftest import write

pytestmark = pytest.mark.django_db
SHIPPED = Path(__file__).resolve().parents[2] / "prongsai" / "oit" / "data" / "oit_items.yaml"


def _titles() -> list[str]:
    data = yaml.safe_load(SHIPPED.read_text(encoding="utf-8"))

    def walk(node):
        if isinstance(node, dict):
            if "title_th" in node:
                yield node["title_th"]
            for value in node.values():
                yield from walk(value)
        elif isinstance(node, list):
            for value in node:
                yield from walk(value)

    return list(walk(data["years"]))


def test_the_shipped_news_items_find_the_news_page_and_nothing_else_does():
    titles = _titles()
    news = [title for title in titles if key_for_title(title) == "news"]
    assert news, "no shipped item answered by the news page"
    assert all("ข่าวประชาสัมพันธ์" in title for title in news)
    assert len(news) == sum("ข่าวประชาสัมพันธ์" in title for title in titles)


def test_news_evidence_for_many_agencies_in_one_query(
    school, other_school, django_assert_num_queries
):
    officer = member(school, Role.ITA_OFFICER)
    moment = datetime(2026, 11, 3, 3, tzinfo=UTC)  # fiscal year 2570
    write(school, officer, when=moment)
    write(other_school, officer, when=timezone.now() + timedelta(days=400))  # scheduled
    quiet = AgencyFactory(slug="quiet-school")
    with django_assert_num_queries(1):
        found = news_page([school, other_school, quiet], 2570)
    assert set(found) == {school.pk}
    assert found[school.pk].url == reverse("news:list", kwargs={"agency": school.slug})
    assert found[school.pk].dated_on == moment.date()
    assert news_page([school], 2569) == {}


def test_the_home_page_news_section_links_the_news_page(school):
    news = next(section for section in public_sections(school) if section.code == "news")
    assert news.url == reverse("news:list", kwargs={"agency": school.slug})


def test_the_public_menu_shows_news_once_there_is_some(client, school):
    home = reverse("agencies:home", kwargs={"agency": school.slug})
    news = reverse("news:list", kwargs={"agency": school.slug})
    assert f'href="{news}"' not in client.get(home).content.decode().split("<main")[0]
    write(school, member(school, Role.ITA_OFFICER))
    assert f'href="{news}"' in client.get(home).content.decode().split("<main")[0]


def test_the_demo_loads_twenty_items_in_every_category_once(school):
    member(school, Role.ITA_OFFICER, username="ita_officer")
    lines: list[str] = []
    load_news(school, lines.append)
    items = NewsItem.objects.filter(agency=school)
    assert len(ITEMS) == 20
    assert items.count() == 21  # and one scheduled
    assert set(items.values_list("category", flat=True)) == set(NewsItem.Category.values)
    years = {timezone.localtime(item.publish_at).year + 543 for item in items}
    assert {2566, 2567} <= years
    assert sum(item.is_scheduled() for item in items) == 1
    assert NewsImage.objects.filter(item__agency=school, is_cover=True).count() == 21 - 1
    assert not NewsImage.objects.filter(alt_text="").exists()
    load_news(school, lines.append)
    assert NewsItem.objects.filter(agency=school).count() == 21


def test_participation_activities_answer_the_participation_items(school, other_school, officer):
    from prongsai.news.oit_evidence import participation

    for title in ("การเปิดโอกาสให้เกิดการมีส่วนร่วม", "ผลการเปิดโอกาสให้มีส่วนร่วมในการดำเนินงาน"):
        assert title in _titles()
        assert key_for_title(title) == "participation"
    assert key_for_title("การมีส่วนร่วมของผู้บริหาร") != "participation"
    moment = datetime(2026, 11, 3, 3, tzinfo=UTC)  # fiscal year 2570
    write(
        school,
        officer,
        when=moment,
        category=NewsItem.Category.PARTICIPATION,
        participants="ผู้ปกครอง 30 คน",
        outcome="เสนอให้เปิดห้องสมุดวันเสาร์",
    )
    write(other_school, officer, when=moment)  # news, not participation
    found = participation([school, other_school], 2570)
    assert set(found) == {school.pk}
    assert found[school.pk].url.endswith("/news/?category=participation")
