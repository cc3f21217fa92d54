"""The public news pages: the list (category, Thai search, pages), one item, its files."""

from urllib.parse import urlencode

from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse

from prongsai.agencies.access import get_agency_or_404
from prongsai.files.serve import serve_file
from prongsai.news import queries, sanitise, search
from prongsai.news.access import (
    get_attachment_for_public,
    get_image_for_public,
    get_item_for_public,
)
from prongsai.news.models import NewsItem

PUBLIC_FILE_AGE = 3600


def news_list(request: HttpRequest, agency: str) -> HttpResponse:
    agency_obj = get_agency_or_404(agency)
    category = request.GET.get("category", "")
    if category not in NewsItem.Category.values:
        category = ""
    query = request.GET.get("q", "").strip()[:200]
    rows = queries.public_items(agency_obj, category=category, words=search.query_words(query))
    page = Paginator(rows, queries.PUBLIC_PAGE_SIZE).get_page(request.GET.get("page"))
    keep = {key: value for key, value in (("category", category), ("q", query)) if value}
    context = {
        "agency": agency_obj,
        "page": page,
        "category": category,
        "categories": NewsItem.Category.choices,
        "query": query,
        "keep": urlencode(keep),
        "feed_url": reverse("news:feed", kwargs={"agency": agency_obj.slug})
        + (f"?category={category}" if category else ""),
    }
    return render(request, "news/public_list.html", context)


def _share_links(url: str, title: str) -> list[tuple[str, str]]:
    return [
        ("Facebook", "https://www.facebook.com/sharer/sharer.php?" + urlencode({"u": url})),
        ("LINE", "https://social-plugins.line.me/lineit/share?" + urlencode({"url": url})),
        ("X", "https://twitter.com/intent/tweet?" + urlencode({"url": url, "text": title})),
    ]


def news_item(request: HttpRequest, agency: str, pk: int) -> HttpResponse:
    agency_obj = get_agency_or_404(agency)
    item = get_item_for_public(agency_obj, pk)
    pictures = list(item.images.all())
    cover = next((picture for picture in pictures if picture.is_cover), None)
    url = request.build_absolute_uri(
        reverse("news:item", kwargs={"agency": agency_obj.slug, "pk": item.pk})
    )
    cover_url = (
        request.build_absolute_uri(
            reverse(
                "news:image",
                kwargs={"agency": agency_obj.slug, "pk": item.pk, "image": cover.pk},
            )
        )
        if cover
        else ""
    )
    description = item.summary or sanitise.plain_text(item.body)[:200]
    context = {
        "agency": agency_obj,
        "item": item,
        "cover": cover,
        "gallery": [picture for picture in pictures if picture is not cover],
        "attachments": list(item.attachments.all()),
        "canonical_url": url,
        "cover_url": cover_url,
        "description": description,
        "share_links": _share_links(url, item.title),
    }
    return render(request, "news/public_item.html", context)


def news_image(request: HttpRequest, agency: str, pk: int, image: int) -> HttpResponse:
    found = get_image_for_public(get_agency_or_404(agency), pk, image)
    name = f"news-{pk}-{found.pk}.jpg"
    return serve_file(request, found.image, filename=name, private=False, max_age=PUBLIC_FILE_AGE)


def news_thumb(request: HttpRequest, agency: str, pk: int, image: int) -> HttpResponse:
    found = get_image_for_public(get_agency_or_404(agency), pk, image)
    name = f"news-{pk}-{found.pk}-thumb.jpg"
    return serve_file(request, found.thumb, filename=name, private=False, max_age=PUBLIC_FILE_AGE)


def news_attachment(request: HttpRequest, agency: str, pk: int, attachment: int) -> HttpResponse:
    found = get_attachment_for_public(get_agency_or_404(agency), pk, attachment)
    return serve_file(
        request, found.file, filename=found.name, private=False, max_age=PUBLIC_FILE_AGE
    )
