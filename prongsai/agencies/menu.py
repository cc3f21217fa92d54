"""The back-office menu: each module adds its entries; a person sees only what their roles allow.

Modules declare their items in their manifests (`Module(menu=[MenuItem(...)])`); the order is
the order of INSTALLED_APPS (agencies' own items first).
"""

from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urlsplit

from django.http import HttpRequest
from django.urls import resolve, reverse
from django.utils.functional import Promise

from prongsai.agencies.models import Agency
from prongsai.agencies.modules import modules
from prongsai.agencies.roles import SITE_ADMIN, Role


def always(agency: Agency) -> bool:
    return True


def has_agencies_below(agency: Agency) -> bool:
    return agency.children.filter(is_active=True).exists()


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


def may_open(url: str, roles: frozenset[str]) -> bool:
    """Whether a person with these roles gets the page, not a 403: the roles the page's
    `staff_view` allows (a menu entry registered with wider roles than its page is not shown)."""
    allowed = getattr(resolve(urlsplit(url).path).func, "staff_roles", None)
    return allowed is None or bool(roles & allowed)


def menu_for(agency: Agency, roles: frozenset[str], current_path: str = "") -> list[MenuLink]:
    links = []
    for item in (item for module in modules() for item in module.menu):
        if not roles & item.roles:
            continue
        if not item.applies(agency):
            continue
        url = reverse(item.url_name, kwargs={"agency": agency.slug})
        if not may_open(url, roles):
            continue
        links.append(MenuLink(item.label, url, item.description, current_path == url))
    return links


def staff_context(request: HttpRequest, agency: Agency, **extra: object) -> dict[str, object]:
    """What every back-office page needs: the agency, the person's roles and their menu."""
    roles: frozenset[str] = request.roles  # type: ignore[attr-defined]
    return {
        "agency": agency,
        "roles": roles,
        "role_labels": [Role(role).label for role in sorted(roles) if role in Role.values],
        "is_site_admin": SITE_ADMIN in roles,
        "menu": menu_for(agency, roles, request.path),
        **extra,
    }
