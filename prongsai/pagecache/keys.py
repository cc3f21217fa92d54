"""Which requests may use the page cache, and the key of their page.

A request uses the cache only when it is a GET or HEAD by an anonymous visitor of a public
page: no cookie but the CSRF and language cookies (a session, a messages cookie or anything
else a view might read bypasses it), no Authorization header, no htmx request, and not a path
of the staff, the admin, accounts, the API, the language switch, files or /healthz/.

The key covers what the page may depend on: the build (code, templates, catalogue, settings),
scheme and host, the language (as ThaiFirstLocaleMiddleware picks it), the date in Bangkok, the
path and the full query string, and the versions of the agency's chain (`versions`).
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from django.conf import settings
from django.http.cookie import parse_cookie

from prongsai.agencies.models import RESERVED_SLUGS
from prongsai.pagecache import versions

# Never cached, whatever they answer: staff and sign-in pages, the API (tokens, per-user
# answers), the language switch, files (served behind their gates), the health check (the
# bench's uncached baseline).
BYPASS_PREFIXES = (
    "/admin/",
    "/accounts/",
    "/api/",
    "/i18n/",
    "/static/",
    "/media/",
    "/protected-media/",
    "/healthz/",
)
BYPASS_SEGMENTS = ("/staff/", "/staff")
SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
CHAIN_MEMO_SIZE = 5000


def _bangkok_now() -> datetime:
    return datetime.now(tz=ZoneInfo(settings.TIME_ZONE))


# The clock of the key's date; tests replace it.
clock: Callable[[], datetime] = _bangkok_now


@dataclass(frozen=True)
class Plan:
    key: str
    method: str


def plan(environ: dict[str, Any]) -> Plan | None:
    """The key of this request's page, or None when the request must bypass the cache."""
    method = environ.get("REQUEST_METHOD", "")
    if method not in ("GET", "HEAD"):
        return None
    path = environ.get("PATH_INFO", "") or "/"
    if path.startswith(BYPASS_PREFIXES) or any(segment in path for segment in BYPASS_SEGMENTS):
        return None
    if "HTTP_HX_REQUEST" in environ or "HTTP_AUTHORIZATION" in environ:
        return None
    cookies = parse_cookie(environ.get("HTTP_COOKIE", ""))
    allowed = {settings.CSRF_COOKIE_NAME, settings.LANGUAGE_COOKIE_NAME}
    if any(name not in allowed for name in cookies):
        return None
    tokens = version_tokens(_agency_slug(path))
    if tokens is None:
        return None
    chosen = cookies.get(settings.LANGUAGE_COOKIE_NAME, "")
    language = chosen if chosen in {code for code, _ in settings.LANGUAGES} else "default"
    parts = [
        build(),
        scheme(environ),
        (environ.get("HTTP_HOST") or environ.get("SERVER_NAME", "")).lower(),
        environ.get("HTTP_X_FORWARDED_HOST", "") if settings.USE_X_FORWARDED_HOST else "",
        language,
        clock().date().isoformat(),
        environ.get("SCRIPT_NAME", "") + path,
        environ.get("QUERY_STRING", ""),
        *tokens,
    ]
    digest = hashlib.sha256("\x1f".join(parts).encode("utf-8", "surrogateescape")).hexdigest()
    return Plan(key=f"pc:page:{digest}", method=method)


def scheme(environ: dict[str, Any]) -> str:
    """As HttpRequest.scheme reads it (SECURE_PROXY_SSL_HEADER behind a TLS proxy)."""
    header = getattr(settings, "SECURE_PROXY_SSL_HEADER", None)
    if header:
        name, secure_value = header
        value = environ.get(name)
        if value is not None:
            return "https" if value.split(",", 1)[0].strip() == secure_value else "http"
    return str(environ.get("wsgi.url_scheme", "http"))


def _agency_slug(path: str) -> str:
    first = path.split("/", 2)[1] if path.count("/") >= 2 else ""
    return first if SLUG.match(first) and first not in RESERVED_SLUGS else ""


_chains: dict[str, tuple[str, list[int]]] = {}


def version_tokens(slug: str) -> list[str] | None:
    """The versions this agency's pages depend on (the site's for pages outside any agency).

    The agency's chain (it and its ancestors) is remembered in this process under the global
    version: it changes only with an Agency row, and that bumps the global version. A hit
    therefore costs one read of the versions.
    """
    known = _chains.get(slug)
    if known is not None:
        keys = versions.page_version_keys(known[1])
        found = versions.read(keys)
        if found[versions.GLOBAL] == known[0]:
            return [found[key] for key in keys]
    current = versions.read([versions.GLOBAL])[versions.GLOBAL]
    chain = versions.chain_of_slug(slug) if slug else []
    if len(_chains) >= CHAIN_MEMO_SIZE:
        _chains.clear()
    _chains[slug] = (current, chain)
    keys = versions.page_version_keys(chain)
    found = versions.read(keys)
    if found[versions.GLOBAL] != current:
        return None  # the agencies changed meanwhile: serve this one uncached
    return [found[key] for key in keys]


def _plain(value: object) -> str:
    """A setting as text that is the same in every process (no object addresses)."""
    try:
        return json.dumps(value, sort_keys=True, default=_leaf)
    except (TypeError, ValueError):
        return type(value).__name__


def _leaf(value: object) -> str:
    text = str(value)
    return type(value).__name__ if " at 0x" in text else text


@cache
def build() -> str:
    """A fingerprint of what renders the pages: settings, code, templates, catalogue and the
    static manifest. A deploy changes it, so pages of the old code are never served."""
    digest = hashlib.sha256()
    for name in sorted(dir(settings)):
        if name.isupper():
            digest.update(f"{name}={_plain(getattr(settings, name))}\n".encode())
    root = Path(__file__).resolve().parent.parent
    for path in sorted(root.rglob("*")):
        if path.suffix in {".py", ".html", ".txt", ".mo", ".json"} and path.is_file():
            digest.update(str(path.relative_to(root)).encode() + b"\0" + path.read_bytes())
    manifest = Path(settings.STATIC_ROOT) / "staticfiles.json"
    if manifest.is_file():
        digest.update(manifest.read_bytes())
    return digest.hexdigest()[:16]
