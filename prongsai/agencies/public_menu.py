"""The menu on every public page of an agency: only what exists for that agency.

Home, disclosure (OIT), integrity measures, e-services and their usage dashboard (when the
agency offers a service to the public), operating manuals (when one is published) and the
complaint channel (file, follow up, statistics).  The models of the modules are looked up by
name (``apps.get_model``) so this base app imports none of them.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.apps import apps
from django.db.models import Exists, OuterRef
from django.urls import NoReverseMatch, reverse
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from prongsai.agencies.models import Agency
from prongsai.lib.fiscal import current_fiscal_year


@dataclass(frozen=True)
class MenuLink:
    label: str | Promise
    url: str
    current: bool = False
    children: list[MenuLink] = field(default_factory=list)


def menu_agency(slug: str) -> Agency | None:
    """The agency with what its menu needs to know, in one query."""
    service = apps.get_model("services", "Service")
    version = apps.get_model("manuals", "ManualVersion")
    return (
        Agency.objects.filter(slug=slug)
        .annotate(
            offers_services=Exists(
                service.objects.filter(agency=OuterRef("pk"), is_active=True, audience="public")
            ),
            has_manuals=Exists(
                version.objects.filter(manual__agency=OuterRef("pk"), status="published")
            ),
        )
        .first()
    )


def _link(
    label: str | Promise, url_name: str, agency: Agency, path: str, **kwargs: object
) -> MenuLink | None:
    try:
        url = reverse(url_name, kwargs={"agency": agency.slug, **kwargs})
    except NoReverseMatch:
        return None
    home = url == reverse("agencies:home", kwargs={"agency": agency.slug})
    current = path == url if home else path.startswith(url)
    return MenuLink(label, url, current)


def public_menu(agency: Agency, path: str) -> list[MenuLink]:
    """The menu of ``agency`` as fetched by :func:`menu_agency`."""
    links = [
        _link(_("Home"), "agencies:home", agency, path),
        _link(_("Public disclosure (OIT)"), "oit:public_index", agency, path),
        _link(_("Integrity measures"), "measures:public_index", agency, path),
    ]
    if getattr(agency, "offers_services", False):
        links += [
            _link(_("E-services"), "services:catalogue", agency, path),
            _link(_("Service statistics"), "services:dashboard", agency, path),
        ]
    if getattr(agency, "has_manuals", False):
        links.append(_link(_("Operating manuals"), "manuals:public_list", agency, path))
    complaints = [
        _link(_("File a complaint"), "complaints:new", agency, path),
        _link(_("Follow up a complaint"), "complaints:follow_up", agency, path),
        _link(
            _("Complaint statistics"),
            "complaints:statistics",
            agency,
            path,
            year=current_fiscal_year(),
        ),
    ]
    children = [link for link in complaints if link is not None]
    if children:
        links.append(
            MenuLink(
                _("Complaints"),
                children[0].url,
                any(child.current for child in children) or "/complaints/" in path,
                children,
            )
        )
    return [link for link in links if link is not None]
