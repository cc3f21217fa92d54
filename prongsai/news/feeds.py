"""RSS 2.0 and Atom feeds of an agency's news (django.contrib.syndication), optionally of one
category (`?category=`). An area office's feed carries its schools' news too."""

from datetime import datetime
from typing import Any

from django.contrib.syndication.views import Feed
from django.http import HttpRequest
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _

from prongsai.agencies.access import get_agency_or_404
from prongsai.agencies.models import Agency
from prongsai.news import queries, sanitise
from prongsai.news.models import NewsItem


class Scope:
    def __init__(self, agency: Agency, category: str) -> None:
        self.agency = agency
        self.category = category


class NewsFeed(Feed[NewsItem, Scope]):
    def get_object(self, request: HttpRequest, *args: Any, **kwargs: Any) -> Scope:
        category = request.GET.get("category", "")
        if category not in NewsItem.Category.values:
            category = ""
        return Scope(get_agency_or_404(kwargs["agency"]), category)

    def title(self, obj: Scope) -> str:
        if obj.category:
            label = NewsItem.Category(obj.category).label
            return _("%(agency)s: %(category)s") % {"agency": obj.agency.name_th, "category": label}
        return _("%(agency)s: news and announcements") % {"agency": obj.agency.name_th}

    def link(self, obj: Scope) -> str:
        url = reverse("news:list", kwargs={"agency": obj.agency.slug})
        return url + (f"?category={obj.category}" if obj.category else "")

    def description(self, obj: Scope) -> str:
        return _(
            "News, announcements, activities, training and procurement notices of %(agency)s."
        ) % {"agency": obj.agency.name_th}

    def items(self, obj: Scope) -> list[NewsItem]:
        return queries.feed_items(obj.agency, category=obj.category)

    def item_title(self, item: NewsItem) -> str:
        return item.title

    def item_description(self, item: NewsItem) -> str:
        return item.summary or sanitise.plain_text(item.body)[:300]

    def item_link(self, item: NewsItem) -> str:
        return reverse("news:item", kwargs={"agency": item.agency.slug, "pk": item.pk})

    def item_pubdate(self, item: NewsItem) -> datetime:
        return item.publish_at

    def item_updateddate(self, item: NewsItem) -> datetime:
        return max(item.updated_at, item.publish_at)

    def item_categories(self, item: NewsItem) -> list[str]:
        return [str(NewsItem.Category(item.category).label)]

    def item_author_name(self, item: NewsItem) -> str:
        return item.agency.name_th


class AtomNewsFeed(NewsFeed):
    feed_type = Atom1Feed

    def subtitle(self, obj: Scope) -> str:
        return self.description(obj)


rss = NewsFeed()
atom = AtomNewsFeed()
