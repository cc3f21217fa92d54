"""What /sitemap.xml lists: every public page of every active agency — its home, every page
its public menu shows (the modules' links from the registry, each under its own condition,
all asked in one query), its basic-information pages and its public news items. Three queries
whatever the number of agencies; at most MAX_URLS addresses (the sitemap protocol's limit)."""

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from xml.sax.saxutils import escape

from django.db.models import Exists
from django.urls import NoReverseMatch, reverse

from prongsai.agencies.models import Agency
from prongsai.agencies.public_menu import PublicLink, declared_links
from prongsai.news.models import AboutPage, NewsItem
from prongsai.news.queries import visible

MAX_URLS = 50_000


@dataclass(frozen=True)
class Entry:
    path: str
    lastmod: datetime | None = None


def every_link() -> list[PublicLink]:
    """The declared public links with their children, by order, each URL name once."""
    found: dict[str, PublicLink] = {}
    todo = list(declared_links())
    while todo:
        link = todo.pop(0)
        found.setdefault(link.url_name, link)
        todo[:0] = link.children
    return list(found.values())


def _menu_paths(agency: Agency, links: list[PublicLink]) -> Iterator[str]:
    for number, link in enumerate(links):
        if link.shown_if is not None and not getattr(agency, f"shows_{number}"):
            continue
        extra = link.kwargs() if link.kwargs else {}
        try:
            yield reverse(link.url_name, kwargs={"agency": agency.slug, **extra})
        except NoReverseMatch:
            continue


def entries() -> list[Entry]:
    links = every_link()
    conditions = {
        f"shows_{number}": Exists(link.shown_if())
        for number, link in enumerate(links)
        if link.shown_if is not None
    }
    agencies = list(
        Agency.objects.filter(is_active=True).annotate(**conditions).order_by("kind", "slug")
    )
    slugs = {agency.pk: agency.slug for agency in agencies}
    found: list[Entry] = []
    seen: set[str] = set()

    def add(path: str, lastmod: datetime | None = None) -> None:
        if path not in seen:
            seen.add(path)
            found.append(Entry(path, lastmod))

    for agency in agencies:
        add(agency.get_absolute_url())
        for path in _menu_paths(agency, links):
            add(path)
    pages = (
        AboutPage.objects.filter(agency__in=list(slugs))
        .exclude(body="")
        .values_list("agency", "kind", "updated_at")
        .order_by("agency", "kind")
    )
    for agency_id, kind, updated in pages:
        path = reverse("news:about_page", kwargs={"agency": slugs[agency_id], "kind": kind})
        add(path, updated)
    items = (
        NewsItem.objects.filter(visible(), agency__in=list(slugs))
        .values_list("agency", "pk", "updated_at")
        .order_by("-publish_at", "-pk")[:MAX_URLS]
    )
    # One reverse() per agency, not per item (10,000 items would cost a tenth of a second).
    lists = {pk: reverse("news:list", kwargs={"agency": slug}) for pk, slug in slugs.items()}
    for agency_id, pk, updated in items:
        add(f"{lists[agency_id]}{pk}/", updated)
    return found[:MAX_URLS]


def sitemap_xml(rows: list[Entry], base: str) -> str:
    """The urlset (sitemaps.org 0.9), addresses absolute under `base` (scheme and host)."""
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ]
    for row in rows:
        lastmod = f"<lastmod>{row.lastmod.date().isoformat()}</lastmod>" if row.lastmod else ""
        lines.append(f"<url><loc>{escape(base + row.path)}</loc>{lastmod}</url>")
    lines.append("</urlset>")
    return "\n".join(lines) + "\n"


def robots_txt(base: str) -> str:
    """Everything public may be crawled; the back office, sign-in, admin and API may not."""
    return "\n".join(
        [
            "User-agent: *",
            "Disallow: /admin/",
            "Disallow: /accounts/",
            "Disallow: /api/",
            "Disallow: /i18n/",
            "Disallow: /*/staff/",
            "Allow: /",
            f"Sitemap: {base}{reverse('news:sitemap')}",
            "",
        ]
    )
