"""The back-office menu: each module adds its entries; a person sees only what their roles allow.

Modules declare their items in their manifests (`Module(menu=[MenuItem(...)], menu_group=...)`);
entries are shown in the groups below, in the order of INSTALLED_APPS inside a group (agencies'
own items first). A module that names no group lands in the last one.
"""

from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urlsplit

from django.http import HttpRequest
from django.urls import resolve, reverse
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from prongsai.agencies.models import Agency
from prongsai.agencies.modules import modules
from prongsai.agencies.roles import SITE_ADMIN, Role


def always(agency: Agency) -> bool:
    return True


def has_agencies_below(agency: Agency) -> bool:
    return agency.children.filter(is_active=True).exists()


# The groups of the back-office menu, in the order shown: (code, label).
GROUPS: tuple[tuple[str, str | Promise], ...] = (
    ("programme", _("Integrity and transparency")),
    ("public", _("Services and the public")),
    ("money", _("Plan, budget and assets")),
    ("people", _("Agency and staff")),
    ("", _("More")),
)
GROUP_CODES = frozenset(code for code, _label in GROUPS)


@dataclass(frozen=True)
class MenuItem:
    label: str | Promise
    url_name: str
    roles: frozenset[str]
    description: str | Promise = ""
    # Some entries make sense only for some agencies (an area office's schools, say).
    applies: Callable[[Agency], bool] = always


@dataclass(frozen=True)
class MenuLink:
    label: str | Promise
    url: str
    description: str | Promise
    active: bool
    group: str = ""


@dataclass(frozen=True)
class MenuGroup:
    label: str | Promise
    links: list[MenuLink]


def grouped(links: list[MenuLink]) -> list[MenuGroup]:
    """The links under their group headings, empty groups left out."""
    found = [
        MenuGroup(label, [link for link in links if link.group == code]) for code, label in GROUPS
    ]
    return [group for group in found if group.links]


def may_open(url: str, roles: frozenset[str]) -> bool:
    """Whether a person with these roles gets the page, not a 403: the roles the page's
    `staff_view` allows (a menu entry registered with wider roles than its page is not shown)."""
    allowed = getattr(resolve(urlsplit(url).path).func, "staff_roles", None)
    return allowed is None or bool(roles & allowed)


def menu_for(agency: Agency, roles: frozenset[str], current_path: str = "") -> list[MenuLink]:
    links = []
    entries = (
        (item, module.menu_group if module.menu_group in GROUP_CODES else "")
        for module in modules()
        for item in module.menu
    )
    for item, group in entries:
        if not roles & item.roles:
            continue
        if not item.applies(agency):
            continue
        url = reverse(item.url_name, kwargs={"agency": agency.slug})
        if not may_open(url, roles):
            continue
        links.append(MenuLink(item.label, url, item.description, current_path == url, group))
    return links


def staff_context(request: HttpRequest, agency: Agency, **extra: object) -> dict[str, object]:
    """What every back-office page needs: the agency, the person's roles and their menu."""
    roles: frozenset[str] = request.roles  # type: ignore[attr-defined]
    menu = menu_for(agency, roles, request.path)
    return {
        "agency": agency,
        "roles": roles,
        "role_labels": [Role(role).label for role in sorted(roles) if role in Role.values],
        "is_site_admin": SITE_ADMIN in roles,
        "menu": menu,
        "menu_groups": grouped(menu),
        **extra,
    }
