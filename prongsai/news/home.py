"""The news module's block at the top of the agency's public home page: pinned announcements,
the latest news (an area office's carries its schools' news) and quick links to what visitors
come for, each shown only where the agency offers it (the public menu's registry and
conditions; news imports no other module)."""

from collections.abc import Mapping
from dataclasses import dataclass

from django.db.models import Exists
from django.urls import NoReverseMatch, reverse
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from prongsai.agencies.models import Agency
from prongsai.news import queries
from prongsai.news.sitemap import every_link

LATEST = 6
PINNED = 3


@dataclass(frozen=True)
class QuickLink:
    url_name: str  # a public page's URL name, declared by its module in the public menu
    label: str | Promise
    description: str | Promise


QUICK = (
    QuickLink("services:catalogue", _("E-services"), _("Request documents and services online.")),
    QuickLink("complaints:new", _("Complaints"), _("Report wrongdoing or corruption safely.")),
    QuickLink("feedback:public", _("Questions and answers"), _("Ask us a question.")),
    QuickLink(
        "oit:public_index",
        _("Public disclosure (OIT)"),
        _("What we publish for the ITA assessment."),
    ),
)


def quick_links(agency: Agency) -> list[tuple[QuickLink, str]]:
    """The quick links the agency offers, with their URLs; their conditions in one query."""
    declared = {link.url_name: link for link in every_link()}
    offered = [quick for quick in QUICK if quick.url_name in declared]
    conditions = {
        f"q{number}": Exists(declared[quick.url_name].shown_if())  # type: ignore[misc]
        for number, quick in enumerate(offered)
        if declared[quick.url_name].shown_if is not None
    }
    shown = (
        Agency.objects.filter(pk=agency.pk).annotate(**conditions).values(*conditions).first()
        if conditions
        else {}
    ) or {}
    links = []
    for number, quick in enumerate(offered):
        if shown.get(f"q{number}", True) is False:
            continue
        try:
            links.append((quick, reverse(quick.url_name, kwargs={"agency": agency.slug})))
        except NoReverseMatch:
            continue
    return links


def home_data(agency: Agency) -> Mapping[str, object]:
    """What the block shows: empty when there is nothing (the home page leaves it out)."""
    pinned = queries.pinned_items(agency, PINNED)
    latest = queries.latest_items(agency, LATEST, exclude=[item.pk for item in pinned])
    links = quick_links(agency)
    if not (pinned or latest or links):
        return {}
    return {"pinned": pinned, "latest": latest, "quick_links": links}
