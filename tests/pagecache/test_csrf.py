"""Each visitor gets their own CSRF token on a stored page, and it works for their POST."""

from __future__ import annotations

from django.middleware.csrf import _unmask_cipher_token
from django.test import RequestFactory

from prongsai.pagecache import versions
from prongsai.pagecache.keys import plan

SECRET = "a" * 32


def tokens_of(answer) -> set[str]:
    """The page's CSRF tokens: the language switch's form and the hx-headers of the body."""
    return {token for token in answer.tokens() if token.encode() in answer.body}


def test_two_visitors_never_share_a_token(site, school):
    first = site.get("/our-school/")
    second = site.get("/our-school/")
    assert second.hit
    first_secret, second_secret = first.cookies["csrftoken"], second.cookies["csrftoken"]
    assert first_secret != second_secret
    first_tokens, second_tokens = tokens_of(first), tokens_of(second)
    assert first_tokens
    assert second_tokens
    assert not first_tokens & second_tokens
    assert {_unmask_cipher_token(token) for token in second_tokens} == {second_secret}


def test_a_visitor_with_a_csrf_cookie_gets_tokens_of_their_secret(site, school):
    site.get("/our-school/")
    answer = site.get("/our-school/", cookies=f"csrftoken={SECRET}")
    assert answer.hit
    assert {_unmask_cipher_token(token) for token in tokens_of(answer)} == {SECRET}
    assert answer.cookies["csrftoken"] == SECRET  # renewed, as Django does


def test_a_post_with_the_token_from_a_hit_succeeds(site, school):
    site.get("/our-school/")
    page = site.get("/our-school/")
    assert page.hit
    token = sorted(tokens_of(page))[0]
    cookies = f"csrftoken={page.cookies['csrftoken']}"
    form = {"language": "en", "next": "/our-school/", "csrfmiddlewaretoken": token}
    switched = site.post("/i18n/setlang/", form, cookies=cookies)
    assert switched.status.startswith("302")
    assert switched.cookies.get("prongsai_language") == "en"
    # The token is this visitor's: with another visitor's cookie it is refused.
    refused = site.post("/i18n/setlang/", form, cookies=f"csrftoken={'b' * 32}")
    assert refused.status.startswith("403")


def test_the_stored_page_holds_no_visitors_token(site, school):
    first = site.get("/our-school/")
    stored = versions.store().get(plan(RequestFactory().get("/our-school/").environ).key)
    body = b"".join(stored[2])
    assert len(stored[2]) > 1
    for token in tokens_of(first):
        assert token.encode() not in body
    assert all("csrftoken" not in value for name, value in stored[1] if name == "Set-Cookie")
