"""The menu on every public page of an agency: only what exists for that agency.

Home, then the links the modules declare in their manifests (`Module.public_links`), by order.
A link may be shown only when the agency has something behind it (`shown_if`: rows of the
agency, by `OuterRef("pk")`, such as a published manual); all those conditions are asked in the
one query that fetches the agency.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from django.db.models import Exists, QuerySet
from django.urls import NoReverseMatch, reverse
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from prongsai.agencies.models import Agency
from prongsai.agencies.modules import modules


@dataclass(frozen=True)
class PublicLink:
    """A module's entry in the public menu (with `children`, a group: the first child's page)."""

    label: str | Promise
    url_name: str
    order: int = 50
    kwargs: Callable[[], dict[str, object]] | None = None  # more URL parts, e.g. this year
    shown_if: Callable[[], QuerySet[Any]] | None = None  # the agency's rows, by OuterRef("pk")
    children: Sequence[PublicLink] = ()


@dataclass(frozen=True)
class MenuLink:
    label: str | Promise
    url: str
    current: bool = False
    children: list[MenuLink] = field(default_factory=list)


def declared_links() -> list[PublicLink]:
    found = [link for module in modules() for link in module.public_links]
    return sorted(found, key=lambda link: link.order)


def _every(links: Sequence[PublicLink]) -> list[PublicLink]:
    return [each for link in links for each in (link, *_every(link.children))]


def _condition(link: PublicLink) -> str:
    return "shows__" + link.url_name.replace(":", "__")


def menu_agency(slug: str) -> Agency | None:
    """The agency with what its menu needs to know, in one query."""
    conditions = {
        _condition(link): Exists(link.shown_if())
        for link in _every(declared_links())
        if link.shown_if is not None
    }
    return Agency.objects.filter(slug=slug).annotate(**conditions).first()


def _link(link: PublicLink, agency: Agency, path: str) -> MenuLink | None:
    if link.shown_if is not None and not getattr(agency, _condition(link), False):
        return None
    extra = link.kwargs() if link.kwargs else {}
    try:
        url = reverse(link.url_name, kwargs={"agency": agency.slug, **extra})
    except NoReverseMatch:
        return None
    children = [found for child in link.children if (found := _link(child, agency, path))]
    if link.children and not children:
        return None
    current = path.startswith(url) or any(child.current for child in children)
    return MenuLink(link.label, url, current, children)


def public_menu(agency: Agency, path: str) -> list[MenuLink]:
    """The menu of ``agency`` as fetched by :func:`menu_agency`."""
    home = reverse("agencies:home", kwargs={"agency": agency.slug})
    links = [MenuLink(_("Home"), home, path == home)]
    for link in declared_links():
        found = _link(link, agency, path)
        if found is not None:
            links.append(found)
    return links
