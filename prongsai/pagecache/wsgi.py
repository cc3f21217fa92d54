"""The WSGI wrapper: hits answered before Django builds a request, misses stored after it.

A miss goes through Django's whole stack (middleware, view) and reaches its visitor unchanged;
the wrapper then decides whether the answer may be stored (`storable`). Stored are only 200
HTML answers without Set-Cookie (but the CSRF cookie), without Cache-Control private, no-store
or no-cache (`never_cache` pages: complaint forms and receipts, a request's status), and whose
Vary names nothing but Cookie (what a cookie may change is in the key, or bypasses the cache,
or is the CSRF token, replaced below) and HX-Request (htmx requests bypass the cache).

CSRF: Django masks each visitor's secret into the page's tokens (forms, the hx-headers of the
body). Before storing, every token that unmasks to this answer's secret is cut out of the body;
on a hit each gap gets a fresh token masked from this visitor's secret (their csrftoken cookie,
or a new one sent as Set-Cookie, as Django would). Two visitors never share a token, and a POST
with the one they got passes Django's CSRF check.
"""

from __future__ import annotations

import logging
import re
import secrets
from collections.abc import Callable, Iterable
from typing import Any

from django.conf import settings
from django.db import close_old_connections
from django.http import HttpResponse
from django.http.cookie import parse_cookie
from django.middleware.csrf import (  # type: ignore[attr-defined]  # Django's own masking
    CSRF_ALLOWED_CHARS,
    CSRF_SECRET_LENGTH,
    _unmask_cipher_token,
)

from prongsai.pagecache import keys, versions

logger = logging.getLogger(__name__)

StartResponse = Callable[..., Any]
WSGIApp = Callable[[dict[str, Any], StartResponse], Iterable[bytes]]

MAX_BYTES = 1_000_000
TOKEN = re.compile(rb"(?<![A-Za-z0-9])[A-Za-z0-9]{64}(?![A-Za-z0-9])")
CSRF_MARKERS = (b"csrfmiddlewaretoken", b"X-CSRFToken")
ALLOWED_VARY = frozenset({"cookie", "hx-request"})
HIT_HEADER = ("X-Page-Cache", "hit")


def wrap(application: WSGIApp) -> WSGIApp:
    """prongsai/wsgi.py's application. Starting a process with the cache on bumps every
    version: pages stored before it was last off cannot come back."""
    if getattr(settings, "PAGE_CACHE", False):
        try:
            versions.bump_all()
        except Exception:  # the store is not ready yet (no table, no Redis): nothing stored
            logger.warning("page cache: could not reset the versions at start", exc_info=True)
        finally:
            close_old_connections()
    return PageCache(application)


class PageCache:
    def __init__(self, application: WSGIApp) -> None:
        self.application = application

    def __call__(self, environ: dict[str, Any], start_response: StartResponse) -> Iterable[bytes]:
        if not getattr(settings, "PAGE_CACHE", False):
            return self.application(environ, start_response)
        # The database connection the lookup used stays open for the next hit (opening SQLite
        # with its WAL pragma costs more than the whole hit); Django's own request handling
        # closes it as usual when a request reaches it, also one that failed here.
        try:
            plan = keys.plan(environ)
            entry = versions.store().get(plan.key) if plan else None
        except Exception:  # a store that fails serves the page uncached, never an error
            logger.exception("page cache: lookup failed")
            plan, entry = None, None
        if plan is None:
            return self.application(environ, start_response)
        if entry is not None:
            return hit(entry, environ, start_response, head=plan.method == "HEAD")
        if plan.method != "GET":
            return self.application(environ, start_response)
        return self.miss(plan, environ, start_response)

    def miss(
        self, plan: keys.Plan, environ: dict[str, Any], start_response: StartResponse
    ) -> Iterable[bytes]:
        answer: dict[str, Any] = {}

        def capture(status: str, headers: list[tuple[str, str]], exc_info: Any = None) -> Any:
            answer["status"], answer["headers"] = status, headers
            return (
                start_response(status, headers, exc_info)
                if exc_info
                else start_response(status, headers)
            )

        result = self.application(environ, capture)
        if not storable(answer.get("status", ""), answer.get("headers", [])):
            return result
        try:
            body = b"".join(result)
        finally:
            close = getattr(result, "close", None)
            if close is not None:
                close()
        entry = entry_for(answer["status"], answer["headers"], body, environ)
        if entry is not None:
            try:
                versions.store().set(plan.key, entry, settings.PAGE_CACHE_SECONDS)
            except Exception:
                logger.exception("page cache: store failed")
        return [body]


def storable(status: str, headers: list[tuple[str, str]]) -> bool:
    if not status.startswith("200"):
        return False
    csrf_cookie = settings.CSRF_COOKIE_NAME + "="
    for name, value in headers:
        lower = name.lower()
        if lower == "content-type" and not value.startswith("text/html"):
            return False
        if lower == "set-cookie" and not value.strip().startswith(csrf_cookie):
            return False
        if lower == "cache-control" and re.search(r"private|no-store|no-cache", value, re.I):
            return False
        if lower == "vary":
            named = {part.strip().lower() for part in value.split(",") if part.strip()}
            if not named <= ALLOWED_VARY:
                return False
        if lower == "content-length" and int(value or 0) > MAX_BYTES:
            return False
    return any(name.lower() == "content-length" for name, _value in headers)


def _secret_of(headers: list[tuple[str, str]], environ: dict[str, Any]) -> str | None:
    """The CSRF secret this answer's tokens were masked from."""
    name = settings.CSRF_COOKIE_NAME
    for header, value in headers:
        if header.lower() == "set-cookie":
            cookie = parse_cookie(value.strip().split(";", 1)[0])
            if name in cookie:
                return cookie[name]
    return parse_cookie(environ.get("HTTP_COOKIE", "")).get(name)


def entry_for(
    status: str, headers: list[tuple[str, str]], body: bytes, environ: dict[str, Any]
) -> tuple[str, list[tuple[str, str]], list[bytes]] | None:
    """What is stored: the headers without the CSRF cookie, and the body cut at its tokens."""
    secret = _secret_of(headers, environ)
    parts: list[bytes] = []
    start = 0
    if secret:
        for match in TOKEN.finditer(body):
            if _unmask_cipher_token(match.group().decode("ascii")) == secret:
                parts.append(body[start : match.start()])
                start = match.end()
    parts.append(body[start:])
    if len(parts) == 1 and any(marker in body for marker in CSRF_MARKERS):
        return None  # a token we could not find would be shared by every visitor
    csrf_cookie = settings.CSRF_COOKIE_NAME + "="
    kept = [
        (name, value)
        for name, value in headers
        if not (name.lower() == "set-cookie" and value.strip().startswith(csrf_cookie))
    ]
    return status, kept, parts


def _valid_secret(value: str | None) -> bool:
    return (
        value is not None
        and len(value) == CSRF_SECRET_LENGTH
        and all(char in CSRF_ALLOWED_CHARS for char in value)
    )


_UNBIASED = 256 - 256 % len(CSRF_ALLOWED_CHARS)  # bytes at or above it would favour some chars


def random_string(length: int) -> str:
    """Like Django's _get_new_csrf_string, from the same alphabet and as unpredictable
    (os.urandom, rejection sampling), in one call instead of one per character."""
    chars = CSRF_ALLOWED_CHARS
    picked: list[str] = []
    while len(picked) < length:
        picked += [chars[b % len(chars)] for b in secrets.token_bytes(length * 2) if b < _UNBIASED]
    return "".join(picked[:length])


def mask(secret: str) -> str:
    """A token for secret as Django's _mask_cipher_secret makes it (a fresh mask, then the
    secret shifted by it), which its CSRF check unmasks."""
    chars = CSRF_ALLOWED_CHARS
    key = random_string(CSRF_SECRET_LENGTH)
    cipher = "".join(
        chars[(chars.index(x) + chars.index(y)) % len(chars)]
        for x, y in zip(secret, key, strict=True)
    )
    return key + cipher


def csrf_cookie_header(secret: str) -> tuple[str, str]:
    """The Set-Cookie Django's CsrfViewMiddleware would send for this secret."""
    response = HttpResponse()
    response.set_cookie(
        settings.CSRF_COOKIE_NAME,
        secret,
        max_age=settings.CSRF_COOKIE_AGE,
        domain=settings.CSRF_COOKIE_DOMAIN,
        path=settings.CSRF_COOKIE_PATH,
        secure=settings.CSRF_COOKIE_SECURE,
        httponly=settings.CSRF_COOKIE_HTTPONLY,
        samesite=settings.CSRF_COOKIE_SAMESITE,
    )
    return "Set-Cookie", response.cookies[settings.CSRF_COOKIE_NAME].output(header="")


def hit(
    entry: tuple[str, list[tuple[str, str]], list[bytes]],
    environ: dict[str, Any],
    start_response: StartResponse,
    *,
    head: bool,
) -> Iterable[bytes]:
    status, stored, parts = entry
    headers = [(name, value) for name, value in stored if name.lower() != "content-length"]
    if len(parts) > 1:
        secret = parse_cookie(environ.get("HTTP_COOKIE", "")).get(settings.CSRF_COOKIE_NAME)
        if not _valid_secret(secret):
            secret = random_string(CSRF_SECRET_LENGTH)
        assert secret is not None
        body = mask(secret).encode("ascii").join(parts)
        headers.append(csrf_cookie_header(secret))
    else:
        body = parts[0]
    headers.append(("Content-Length", str(len(body))))
    headers.append(HIT_HEADER)
    start_response(status, headers)
    return [b""] if head else [body]
