"""A hit is the miss's page: same bytes (but the visitor's CSRF token), same headers."""

from __future__ import annotations

import pytest

from tests.pagecache.conftest import TOKEN


def without_tokens(body: bytes) -> bytes:
    return TOKEN.sub(b"<token>", body)


def test_a_second_visitor_gets_the_stored_page_without_django(site, school):
    first = site.get("/our-school/")
    second = site.get("/our-school/")
    assert first.status.startswith("200")
    assert not first.hit
    assert second.hit
    assert site.django.calls == 1
    assert without_tokens(second.body) == without_tokens(first.body)
    assert school.name_th.encode() in second.body


def test_a_hit_carries_the_same_security_headers(site, school):
    first = site.get("/our-school/")
    second = site.get("/our-school/")
    ignored = {"set-cookie", "x-page-cache"}
    kept = lambda answer: sorted(  # noqa: E731
        (name.lower(), value) for name, value in answer.headers if name.lower() not in ignored
    )
    assert kept(second) == kept(first)
    for header in ("Content-Security-Policy", "X-Frame-Options", "X-Content-Type-Options"):
        assert second.header(header) == first.header(header) is not None


def test_head_is_answered_from_the_stored_page(site, school):
    site.get("/our-school/")
    head = site.get("/our-school/", method="HEAD")
    assert head.hit
    assert head.body == b""


def test_the_language_the_query_and_the_host_are_in_the_key(site, school):
    site.get("/our-school/")
    english = site.get("/our-school/", cookies="prongsai_language=en")
    assert not english.hit
    assert site.get("/our-school/", cookies="prongsai_language=en").hit
    assert not site.get("/our-school/?page=2").hit
    assert not site.get("/our-school/", HTTP_HOST="localhost").hit


def test_the_date_in_bangkok_is_in_the_key(site, school, monkeypatch):
    from datetime import datetime
    from zoneinfo import ZoneInfo

    bangkok = ZoneInfo("Asia/Bangkok")
    monkeypatch.setattr(
        "prongsai.pagecache.keys.clock", lambda: datetime(2026, 12, 1, 23, 59, tzinfo=bangkok)
    )
    site.get("/our-school/")
    assert site.get("/our-school/").hit
    monkeypatch.setattr(
        "prongsai.pagecache.keys.clock", lambda: datetime(2026, 12, 2, 0, 1, tzinfo=bangkok)
    )
    assert not site.get("/our-school/").hit


@pytest.mark.parametrize(
    ("cookies", "extra"),
    [
        ("sessionid=abc", {}),
        ("messages=abc", {}),
        ("someone-else=1", {}),
        ("", {"HTTP_HX_REQUEST": "true"}),
        ("", {"HTTP_AUTHORIZATION": "Token abc"}),
    ],
    ids=["session", "messages", "other-cookie", "htmx", "authorization"],
)
def test_visitors_who_may_see_their_own_page_bypass_it(site, school, cookies, extra):
    site.get("/our-school/")
    assert site.get("/our-school/").hit
    assert not site.get("/our-school/", cookies=cookies, **extra).hit


def test_a_post_is_never_answered_from_the_cache(site, school):
    site.get("/our-school/")
    answer = site.post("/our-school/", {})
    assert not answer.hit
    assert site.django.calls == 2


@pytest.mark.parametrize(
    "path",
    ["/our-school/complaints/new/", "/healthz/", "/our-school/staff/", "/accounts/login/"],
)
def test_personal_staff_and_baseline_pages_are_never_stored(site, school, path):
    site.get(path)
    assert not site.get(path).hit


def test_a_page_that_is_not_found_is_not_stored(site, school):
    site.get("/no-such-school/")
    assert not site.get("/no-such-school/").hit


def test_a_request_status_page_is_never_stored(site, school):
    from prongsai.services import actions
    from prongsai.services.models import Service

    service = Service.objects.create(agency=school, name="ขอใบรับรอง")
    filed = actions.submit_request(
        service=service,
        requester=actions.Requester("สมหญิง", "a@example.com"),
        answers={},
        files={},
    )
    path = f"/our-school/services/requests/{filed.tracking}/"
    first = site.get(path)
    assert first.status.startswith("200"), first.status
    assert filed.tracking.encode() in first.body
    assert not site.get(path).hit


def test_with_the_cache_off_every_request_reaches_django(site, school, settings):
    settings.PAGE_CACHE = False
    site.get("/our-school/")
    assert not site.get("/our-school/").hit
    assert site.django.calls == 2
