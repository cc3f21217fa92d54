"""The page cache on, in front of Django's real WSGI handler, for these tests only."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import pytest
from django.core.handlers.wsgi import WSGIHandler
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from django.test import RequestFactory

from prongsai.pagecache import versions
from prongsai.pagecache.wsgi import PageCache

TOKEN = re.compile(rb"(?<![A-Za-z0-9])[A-Za-z0-9]{64}(?![A-Za-z0-9])")


@dataclass
class Answer:
    status: str
    headers: list[tuple[str, str]]
    body: bytes
    cookies: dict[str, str] = field(default_factory=dict)

    @property
    def hit(self) -> bool:
        return ("X-Page-Cache", "hit") in self.headers

    def header(self, name: str) -> str | None:
        values = [value for key, value in self.headers if key.lower() == name.lower()]
        return values[0] if values else None

    def tokens(self) -> set[str]:
        return {match.group().decode() for match in TOKEN.finditer(self.body)}


class Counting:
    """Django's handler, counting the requests it builds."""

    def __init__(self) -> None:
        self.handler = WSGIHandler()
        self.calls = 0

    def __call__(self, environ: dict[str, Any], start_response: Any) -> Any:
        self.calls += 1
        return self.handler(environ, start_response)


class Site:
    def __init__(self) -> None:
        self.django = Counting()
        self.app = PageCache(self.django)

    def get(self, path: str, *, cookies: str = "", method: str = "GET", **extra: Any) -> Answer:
        environ = RequestFactory().generic(method, path, HTTP_COOKIE=cookies, **extra).environ
        return self.call(environ)

    def post(self, path: str, data: dict[str, str], *, cookies: str = "") -> Answer:
        request = RequestFactory().post(path, data, HTTP_COOKIE=cookies)
        return self.call(request.environ)

    def call(self, environ: dict[str, Any]) -> Answer:
        seen: dict[str, Any] = {}

        def start_response(status: str, headers: list[tuple[str, str]], exc_info: Any = None):
            seen["status"], seen["headers"] = status, headers

        result = self.app(environ, start_response)
        try:
            body = b"".join(result)
        finally:
            if hasattr(result, "close"):
                result.close()
        cookies = {}
        for name, value in seen["headers"]:
            if name.lower() == "set-cookie":
                pair = value.strip().split(";", 1)[0]
                key, _, cookie = pair.partition("=")
                cookies[key] = cookie
        return Answer(seen["status"], seen["headers"], body, cookies)


@pytest.fixture
def site(settings, monkeypatch, db) -> Iterator[Site]:
    settings.PAGE_CACHE = True
    # The test's transaction must stay open: no connection closing between "requests", as
    # Django's test client does too.
    monkeypatch.setattr("prongsai.pagecache.wsgi.close_old_connections", lambda: None)
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    versions.store().clear()
    try:
        yield Site()
    finally:
        request_started.connect(close_old_connections)
        request_finished.connect(close_old_connections)
