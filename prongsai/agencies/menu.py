"""The back-office menu: each module adds its entries; a person sees only what their roles allow.

A module registers its items in its AppConfig.ready() with `register(MenuItem(...))`.
"""

from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urlsplit

from django.http import HttpRequest
from django.urls import resolve, reverse
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from prongsai.agencies.models import Agency
from prongsai.agencies.roles import ALL_ROLES, PEOPLE_MANAGERS, SITE_ADMIN, Role


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


_ITEMS: list[MenuItem] = []


def register(item: MenuItem) -> None:
    if all(existing.url_name != item.url_name for existing in _ITEMS):
        _ITEMS.append(item)


def may_open(url: str, roles: frozenset[str]) -> bool:
    """Whether a person with these roles gets the page, not a 403: the roles the page's
    `staff_view` allows (a menu entry registered with wider roles than its page is not shown)."""
    allowed = getattr(resolve(urlsplit(url).path).func, "staff_roles", None)
    return allowed is None or bool(roles & allowed)


def menu_for(agency: Agency, roles: frozenset[str], current_path: str = "") -> list[MenuLink]:
    links = []
    for item in _ITEMS:
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


register(
    MenuItem(
        _("Back office home"),
        "agencies:staff_home",
        ALL_ROLES | {SITE_ADMIN},
        _("Your roles and what needs doing."),
    )
)
register(
    MenuItem(
        _("Agencies under this one"),
        "agencies:staff_agencies_below",
        frozenset({Role.SUPERVISOR, Role.DIRECTOR, SITE_ADMIN}),
        _("Schools and offices under this agency."),
        applies=has_agencies_below,
    )
)
register(
    MenuItem(
        _("Units"),
        "agencies:staff_units",
        PEOPLE_MANAGERS,
        _("Divisions (ฝ่าย) and sections (งาน) of this agency."),
    )
)
register(
    MenuItem(
        _("People and roles"),
        "agencies:staff_people",
        PEOPLE_MANAGERS,
        _("Who works here and what each person may do."),
    )
)
register(
    MenuItem(
        _("Agency details"),
        "agencies:staff_agency_edit",
        PEOPLE_MANAGERS,
        _("Name, address and contact details shown on the public site."),
    )
)
