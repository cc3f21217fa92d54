"""The public pages: list with categories, Thai search and pages; the item with its share data;
the RSS and Atom feeds parsed as a feed reader would."""

import xml.etree.ElementTree as ET
from datetime import timedelta
from html.parser import HTMLParser

import pytest
from django.urls import reverse
from django.utils import timezone

from prongsai.news import actions, queries
from prongsai.news.models import NewsItem
from tests.factories import member
from tests.news.conftest import upload_jpeg, write

pytestmark = pytest.mark.django_db
ATOM = "{http://www.w3.org/2005/Atom}"


def url(name, agency, **kwargs):
    return reverse(f"news:{name}", kwargs={"agency": agency.slug, **kwargs})


class Meta(HTMLParser):
    """The <meta property|name=… content=…> tags of a page, as a share scraper reads them."""

    def __init__(self):
        super().__init__()
        self.tags: dict[str, str] = {}
        self.images: list[dict[str, str]] = []

    def handle_starttag(self, tag, attrs):
        found = dict(attrs)
        if tag == "meta" and "content" in found:
            key = found.get("property") or found.get("name")
            if key:
                self.tags[key] = found["content"]
        if tag == "img":
            self.images.append(found)


def parse(html: str) -> Meta:
    meta = Meta()
    meta.feed(html)
    return meta


def test_the_list_filters_by_category_searches_in_thai_and_pages(client, school, officer):
    write(school, officer, title="ประกาศรับสมัครนักเรียน", category=NewsItem.Category.ANNOUNCEMENT)
    write(school, officer, title="การป้องกันการทุจริตในโรงเรียน", category=NewsItem.Category.TRAINING)
    for number in range(queries.PUBLIC_PAGE_SIZE):
        write(school, officer, title=f"ข่าวทั่วไป {number}")
    page = client.get(url("list", school), {"category": "announcement"}).content.decode()
    assert "ประกาศรับสมัครนักเรียน" in page
    assert "ข่าวทั่วไป" not in page
    page = client.get(url("list", school), {"q": "ทุจริต"}).content.decode()
    assert "การป้องกันการทุจริตในโรงเรียน" in page
    assert "ประกาศรับสมัคร" not in page
    first = client.get(url("list", school)).context["page"]
    assert first.paginator.num_pages == 2
    assert client.get(url("list", school), {"page": "2"}).context["page"].object_list


def test_a_pinned_item_comes_first(client, school, officer):
    write(
        school, officer, title="ประกาศสำคัญ", when=timezone.now() - timedelta(days=30), pinned=True
    )
    write(school, officer, title="ข่าวล่าสุด")
    rows = client.get(url("list", school)).context["page"].object_list
    assert [row.title for row in rows] == ["ประกาศสำคัญ", "ข่าวล่าสุด"]


def test_the_list_in_bounded_queries(client, school, officer, django_assert_max_num_queries):
    item = write(school, officer)
    actions.add_image(item=item, upload=upload_jpeg(), alt_text="ภาพ", cover=True)
    with django_assert_max_num_queries(10) as one:
        client.get(url("list", school), {"q": "ข่าว"})
    for number in range(12):
        more = write(school, officer, title=f"ข่าว {number}")
        actions.add_image(item=more, upload=upload_jpeg(size=(40, 30)), alt_text="ภาพ", cover=True)
    with django_assert_max_num_queries(len(one.captured_queries)):
        client.get(url("list", school), {"q": "ข่าว"})


def test_the_item_page_carries_open_graph_twitter_card_and_plain_share_links(
    client, school, officer
):
    item = write(school, officer, title="กีฬาสีภายใน", summary="นักเรียนสี่คณะแข่งขันกีฬา")
    cover = actions.add_image(item=item, upload=upload_jpeg(), alt_text="ขบวนพาเหรด", cover=True)
    actions.add_image(item=item, upload=upload_jpeg(), alt_text="นักกีฬาวิ่งผลัด")
    response = client.get(url("item", school, pk=item.pk))
    html = response.content.decode()
    meta = parse(html)
    absolute = f"http://testserver{url('item', school, pk=item.pk)}"
    assert meta.tags["og:title"] == "กีฬาสีภายใน"
    assert meta.tags["og:description"] == "นักเรียนสี่คณะแข่งขันกีฬา"
    assert meta.tags["og:url"] == absolute
    image_url = f"http://testserver{url('image', school, pk=item.pk, image=cover.pk)}"
    assert meta.tags["og:image"] == image_url
    assert meta.tags["twitter:card"] == "summary_large_image"
    assert meta.tags["twitter:image"] == image_url
    assert {img["alt"] for img in meta.images} == {"ขบวนพาเหรด", "นักกีฬาวิ่งผลัด"}
    assert "https://www.facebook.com/sharer/sharer.php?u=" in html
    assert "https://social-plugins.line.me/lineit/share?url=" in html
    assert "https://twitter.com/intent/tweet?" in html
    assert "<script" not in html.split("</head>")[1].replace('<script src="/static', "")
    picture = client.get(meta.tags["og:image"].removeprefix("http://testserver"))
    assert picture.status_code == 200
    assert picture["Content-Type"] == "image/jpeg"


def test_drafts_and_other_agencies_items_are_404(client, school, other_school, officer):
    draft = write(school, officer, publish=False)
    assert client.get(url("item", school, pk=draft.pk)).status_code == 404
    theirs = write(other_school, member(other_school, "ita_officer"))
    assert client.get(url("item", school, pk=theirs.pk)).status_code == 404


def _rss(client, agency, **params):
    response = client.get(url("feed", agency), params)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    return ET.fromstring(response.content)  # noqa: S314 (our own feed, in a test)


def test_the_rss_and_atom_feeds_parse_as_a_reader_would(client, school, officer):
    write(school, officer, title="ข่าวหนึ่ง", summary="สรุปหนึ่ง")
    write(school, officer, title="ประกาศสอง", category=NewsItem.Category.ANNOUNCEMENT)
    write(school, officer, title="ร่างสาม", publish=False)
    write(school, officer, title="ล่วงหน้า", when=timezone.now() + timedelta(days=1))
    rss = _rss(client, school)
    assert rss.tag == "rss"
    assert rss.get("version") == "2.0"
    channel = rss.find("channel")
    assert school.name_th in channel.findtext("title")
    items = channel.findall("item")
    assert [i.findtext("title") for i in items] == ["ประกาศสอง", "ข่าวหนึ่ง"]
    first = items[1]
    assert first.findtext("link").startswith("http://testserver/our-school/news/")
    assert first.findtext("description") == "สรุปหนึ่ง"
    assert first.findtext("pubDate")
    only = _rss(client, school, category="announcement").find("channel").findall("item")
    assert [i.findtext("title") for i in only] == ["ประกาศสอง"]
    atom = ET.fromstring(client.get(url("feed_atom", school)).content)  # noqa: S314
    assert atom.tag == f"{ATOM}feed"
    entries = atom.findall(f"{ATOM}entry")
    assert [e.findtext(f"{ATOM}title") for e in entries] == ["ประกาศสอง", "ข่าวหนึ่ง"]
    assert all(e.findtext(f"{ATOM}updated") for e in entries)


def test_an_area_offices_feed_carries_its_schools_news(client, office, school, officer):
    write(school, officer, title="ข่าวของโรงเรียน")
    write(office, member(office, "ita_officer"), title="ข่าวของเขต")
    titles = [i.findtext("title") for i in _rss(client, office).find("channel").findall("item")]
    assert set(titles) == {"ข่าวของโรงเรียน", "ข่าวของเขต"}
    titles = [i.findtext("title") for i in _rss(client, school).find("channel").findall("item")]
    assert titles == ["ข่าวของโรงเรียน"]


def test_the_feed_in_bounded_queries(client, school, officer, django_assert_max_num_queries):
    write(school, officer)
    with django_assert_max_num_queries(6) as one:
        client.get(url("feed", school))
    for number in range(10):
        write(school, officer, title=f"ข่าว {number}")
    with django_assert_max_num_queries(len(one.captured_queries)):
        client.get(url("feed", school))


def test_the_item_page_in_bounded_queries(client, school, officer, django_assert_max_num_queries):
    item = write(school, officer)
    actions.add_image(item=item, upload=upload_jpeg(size=(40, 30)), alt_text="ภาพ", cover=True)
    page = url("item", school, pk=item.pk)
    with django_assert_max_num_queries(10) as one:
        client.get(page)
    for number in range(6):
        actions.add_image(item=item, upload=upload_jpeg(size=(40, 30)), alt_text=f"ภาพ {number}")
    with django_assert_max_num_queries(len(one.captured_queries)):
        assert client.get(page).status_code == 200
