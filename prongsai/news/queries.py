"""Reads of news: bounded lists for staff and the public, one item, its files, the feeds."""

from datetime import datetime
from typing import Any

from django.db.models import OuterRef, Prefetch, Q, QuerySet
from django.http import Http404
from django.utils import timezone

from prongsai.agencies.evidence import Generated, build_generated
from prongsai.agencies.models import Agency
from prongsai.lib.fiscal import current_fiscal_year
from prongsai.news.models import AboutPage, NewsAttachment, NewsImage, NewsItem

PUBLIC_PAGE_SIZE = 12
STAFF_PAGE_SIZE = 50
FEED_SIZE = 30
ACTION_PLAN_KEY = "budget_plan"  # the registry's key of the action plan page (budget module)

Status = NewsItem.Status


def _covers() -> Any:  # a Prefetch (its stub types lookups as strings only)
    return Prefetch("images", queryset=NewsImage.objects.filter(is_cover=True), to_attr="covers")


def staff_items(agency: Agency, *, status: str = "") -> QuerySet[NewsItem]:
    rows = NewsItem.objects.filter(agency=agency).select_related("created_by", "published_by")
    if status in Status.values:
        rows = rows.filter(status=status)
    return rows.order_by("status", "-publish_at", "-pk")


def item_for_staff(agency: Agency, pk: int) -> NewsItem:
    item = (
        NewsItem.objects.filter(agency=agency, pk=pk)
        .select_related("agency", "created_by", "published_by")
        .first()
    )
    if item is None:
        raise Http404
    return item


def images_of(item: NewsItem) -> QuerySet[NewsImage]:
    return item.images.all()


def attachments_of(item: NewsItem) -> QuerySet[NewsAttachment]:
    return item.attachments.all()


def image_of(item: NewsItem, pk: int) -> NewsImage:
    image = NewsImage.objects.filter(item=item, pk=pk).first()
    if image is None:
        raise Http404
    return image


def attachment_of(item: NewsItem, pk: int) -> NewsAttachment:
    attachment = NewsAttachment.objects.filter(item=item, pk=pk).first()
    if attachment is None:
        raise Http404
    return attachment


def visible(now: datetime | None = None) -> Q:
    return Q(status=Status.PUBLISHED, publish_at__lte=now or timezone.now())


def scope(agency: Agency) -> Q:
    """The agency's items; an area office's list and feed also carry its schools' news."""
    if agency.kind == Agency.Kind.AREA_OFFICE:
        return Q(agency=agency) | Q(agency__parent=agency)
    return Q(agency=agency)


def public_items(
    agency: Agency, *, category: str = "", words: list[str] | None = None
) -> QuerySet[NewsItem]:
    """Published, due items, pinned first, each with its cover (and its agency)."""
    rows = NewsItem.objects.filter(visible(), scope(agency))
    if category in NewsItem.Category.values:
        rows = rows.filter(category=category)
    for word in words or []:
        rows = rows.filter(search_text__contains=word)
    return rows.select_related("agency").prefetch_related(_covers())


def pinned_items(agency: Agency, limit: int) -> list[NewsItem]:
    """The agency's own pinned public items, newest first (the home page's announcements)."""
    rows = NewsItem.objects.filter(visible(), agency=agency, pinned=True)
    rows = rows.select_related("agency").prefetch_related(_covers())
    return list(rows.order_by("-publish_at", "-pk")[:limit])


def latest_items(agency: Agency, limit: int, *, exclude: list[int]) -> list[NewsItem]:
    """The newest public items of the home page (an area office's with its schools')."""
    rows = NewsItem.objects.filter(visible(), scope(agency)).exclude(pk__in=exclude)
    rows = rows.select_related("agency").prefetch_related(_covers())
    return list(rows.order_by("-publish_at", "-pk")[:limit])


def public_item(agency: Agency, pk: int) -> NewsItem:
    """A public item with its pictures and attachments (404 for a draft or a scheduled one)."""
    item = (
        NewsItem.objects.filter(visible(), agency=agency, pk=pk)
        .select_related("agency")
        .prefetch_related("images", "attachments")
        .first()
    )
    if item is None:
        raise Http404
    return item


def public_item_only(agency: Agency, pk: int) -> NewsItem:
    """The item alone, for its files (404 unless public)."""
    item = NewsItem.objects.filter(visible(), agency=agency, pk=pk).first()
    if item is None:
        raise Http404
    return item


def feed_items(agency: Agency, *, category: str = "") -> list[NewsItem]:
    """The newest public items for the feed; an area office's feed has its schools' news too."""
    rows = NewsItem.objects.filter(visible(), scope(agency))
    if category in NewsItem.Category.values:
        rows = rows.filter(category=category)
    rows = rows.select_related("agency").prefetch_related(_covers())
    return list(rows.order_by("-publish_at", "-pk")[:FEED_SIZE])


def has_news() -> QuerySet[NewsItem]:
    """The agency's public items, by OuterRef("pk") (the public menu's condition)."""
    return NewsItem.objects.filter(visible(), agency=OuterRef("pk"))


# ---------------------------------------------------------------- basic-information pages


def about_pages(agency: Agency) -> dict[str, AboutPage]:
    """The agency's pages by kind (one query)."""
    return {page.kind: page for page in AboutPage.objects.filter(agency=agency)}


def about_page_for_public(agency: Agency, kind: str) -> AboutPage:
    page = AboutPage.objects.filter(agency=agency, kind=kind).exclude(body="").first()
    if page is None:
        raise Http404
    return page


def action_plan(agency: Agency) -> Generated | None:
    """The agency's approved action plan of this fiscal year (or else last year's), found
    through the evidence registry: the budget module's page when it is installed and has one."""
    year = current_fiscal_year()
    for each in (year, year - 1):
        found = build_generated(ACTION_PLAN_KEY, agency, each)
        if found is not None:
            return found
    return None


def has_about() -> QuerySet[AboutPage]:
    """The agency's shown pages, by OuterRef("pk") (the public menu's condition)."""
    return AboutPage.objects.filter(agency=OuterRef("pk")).exclude(body="")


def drafts_by_others(agency: Agency, user_id: int, limit: int = 20) -> list[NewsItem]:
    """Drafts someone else wrote (a unit head's, waiting for the ITA officer or the director)."""
    rows = NewsItem.objects.filter(agency=agency, status=Status.DRAFT).exclude(
        created_by_id=user_id
    )
    return list(rows.only("pk", "title", "created_at").order_by("created_at", "pk")[:limit])
