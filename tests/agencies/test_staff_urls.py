"""Every staff URL the project defines, walked with the three personas and an anonymous visitor.

A new staff URL fails this test until it is guarded by `staff_view`/`site_admin_view` (or, in
the API, by `HasAgencyRole`) and, if it takes more than the agency, until
tests/<module>/url_samples.py knows how to fill its other parts (POST-only views are found by
their 405 to GET).
"""

import importlib
import re
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from prongsai.agencies.models import Agency
from prongsai.agencies.roles import ALL_ROLES, SITE_ADMIN
from tests.conftest import login
from tests.factories import UserFactory, member

# Paths under these prefixes are staff pages (agency-scoped or installation-wide).
STAFF_MARKERS = ("/staff/",)
API_PREFIX = "/api/v1/agencies/"
# Public API endpoints under /api/v1/agencies/<agency>/…, by URL name.
PUBLIC_API = {
    "api:agency_detail",
    "api:unit_list",
    "api:measures_published",
    "api:oit_public",
    "api:complaint_file",
    "api:services_statistics",
    "api:survey_detail",
    "api:survey_responses",
    "api:no_gift_year",
    "api:asset_statistics",
    "api:ethics",
    "api:ethics_year",
    "api:procurement_year",
    "api:budget_year",
    "api:risks_years",
    "api:risks_year",
    "api:evaluation_hr_year",
    "api:news_public",
    "api:news_public_item",
    "api:about_public",
    "api:about_public_page",
    "api:training_public",
}
# The router after sign-in: any signed-in person, showing only their own agencies (tested in
# tests/accounts/test_login.py).
EXEMPT = {"agencies:staff_entry", "agencies:invitation"}
# agencies:invitation is the link in an invitation e-mail: any signed-in person may open it, and
# it answers 404 unless the token is for that very account (tests/agencies/test_people_security).


def walk(
    resolver: URLResolver, prefix: str = "", namespace: str = ""
) -> Iterator[tuple[str, str, Callable[..., Any]]]:
    for entry in resolver.url_patterns:
        route = prefix + str(entry.pattern)
        if isinstance(entry, URLResolver):
            ns = namespace
            if entry.namespace:
                ns = f"{namespace}{entry.namespace}:"
            yield from walk(entry, route, ns)
        elif isinstance(entry, URLPattern) and entry.name:
            yield route, f"{namespace}{entry.name}", entry.callback


def staff_urls() -> list[tuple[str, str, Callable[..., Any]]]:
    found = []
    for route, name, callback in walk(get_resolver()):
        path = "/" + route
        if name.startswith("admin:"):
            continue  # Django admin has its own staff/superuser gate, tested in test_admin.py
        if name in EXEMPT:
            continue
        if any(marker in path for marker in STAFF_MARKERS) or (
            path.startswith(API_PREFIX) and "<slug:agency>" in route and name not in PUBLIC_API
        ):
            found.append((route, name, callback))
    return found


STAFF_URLS = staff_urls()


def sample_kwargs(name: str, route: str, agency: Agency) -> dict[str, Any]:
    """Fill the URL's other parts with an object that belongs to `agency`.

    Each module's tests/<module>/url_samples.py knows its objects: SAMPLES by URL name, else
    `default(agency, parts)` from the names of the URL's parts.
    """
    parts = set(re.findall(r"<(?:\w+:)?(\w+)>", route)) - {"agency"}
    if not parts:
        return {}
    module = name.split(":")[0]
    try:
        samples = importlib.import_module(f"tests.{module}.url_samples")
    except ModuleNotFoundError:
        pytest.fail(f"{name} takes {sorted(parts)}: write tests/{module}/url_samples.py")
    if name in samples.SAMPLES:
        return dict(samples.SAMPLES[name](agency))
    if not hasattr(samples, "default"):
        pytest.fail(f"tests/{module}/url_samples.py cannot fill {name} ({sorted(parts)})")
    return dict(samples.default(agency, parts))


def roles_of(callback: Callable[..., Any]) -> frozenset[str]:
    view_class = getattr(callback, "view_class", None)
    if view_class is not None:
        return frozenset(view_class.required_roles)
    return frozenset(callback.staff_roles)


def is_agency_scoped(route: str) -> bool:
    return "<slug:agency>" in route


def fetch(client, name: str, route: str, agency: Agency | None, *, kwargs: dict[str, Any]):
    full = {"agency": agency.slug, **kwargs} if is_agency_scoped(route) else kwargs
    url = reverse(name, kwargs=full)
    response = client.get(url)
    if response.status_code == 405:  # a view that only acts on POST: the walk posts to it
        response = client.post(url)
    return response, url


def test_the_walk_finds_the_staff_urls():
    names = {name for _route, name, _cb in STAFF_URLS}
    assert {"agencies:staff_home", "agencies:staff_people", "api:member_list"} <= names


@pytest.mark.parametrize(
    ("route", "name", "callback"), STAFF_URLS, ids=[n for _r, n, _c in STAFF_URLS]
)
def test_every_staff_url_is_guarded(route, name, callback):
    view_class = getattr(callback, "view_class", None)
    if view_class is not None:
        from prongsai.api.permissions import HasAgencyRole

        assert HasAgencyRole in view_class.permission_classes, f"{name} is not behind HasAgencyRole"
        assert view_class.required_roles, f"{name} names no required_roles"
    else:
        assert hasattr(callback, "staff_roles"), (
            f"{name} is not wrapped in staff_view/site_admin_view"
        )


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("route", "name", "callback"), STAFF_URLS, ids=[n for _r, n, _c in STAFF_URLS]
)
def test_personas(client, school, other_school, route, name, callback):
    allowed = roles_of(callback)
    is_api = route.startswith("api/")
    kwargs = sample_kwargs(name, route, school)

    # Anonymous: sent to sign in (pages) or told to authenticate (API), never shown the page.
    response, url = fetch(client, name, route, school, kwargs=kwargs)
    if is_api:
        assert response.status_code == 401, url
        assert "detail" in response.json()
    else:
        assert response.status_code == 302, url
        assert response["Location"].startswith(reverse("accounts:login"))

    # The owner: a role the URL allows, in this agency.
    owner_role = sorted(allowed - {SITE_ADMIN})[0] if allowed - {SITE_ADMIN} else SITE_ADMIN
    if owner_role == SITE_ADMIN:
        owner = UserFactory(is_superuser=True, is_staff=True)
    else:
        owner = member(school, owner_role)
    login(client, owner)
    response, url = fetch(client, name, route, school, kwargs=kwargs)
    posted = response.request["REQUEST_METHOD"] == "POST"
    expected = {200, 302} if posted else {200}
    assert response.status_code in expected, f"{owner_role} should open {url}"
    if response.status_code == 302:
        assert not response["Location"].startswith(reverse("accounts:login"))
    client.logout()

    # A colleague in the same agency with a role the URL does not allow.
    others = sorted(ALL_ROLES - allowed)
    if others:
        colleague = member(school, others[0])
        login(client, colleague)
        response, url = fetch(client, name, route, school, kwargs=kwargs)
        assert response.status_code == 403, f"{others[0]} must be refused {url}"
        if is_api:
            assert "detail" in response.json()
        client.logout()

    # An outsider: the same role, but in another agency.
    if owner_role != SITE_ADMIN and is_agency_scoped(route):
        outsider = member(other_school, owner_role)
        login(client, outsider)
        response, url = fetch(client, name, route, school, kwargs=kwargs)
        assert response.status_code == 404, f"{owner_role} of another agency must not see {url}"
        client.logout()

        # And the owner cannot reach the other agency's objects through their own agency's URL.
        if "pk" in kwargs:
            foreign = sample_kwargs(name, route, other_school)
            login(client, owner)
            response, url = fetch(client, name, route, school, kwargs=foreign)
            assert response.status_code == 404, f"{url} leaked another agency's object"
            client.logout()
