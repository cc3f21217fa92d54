"""The client's address, read the same trusted way everywhere (login lock-out, rate limits).

Behind `PROXY_COUNT` reverse proxies, each proxy appends the address it saw to
`X-Forwarded-For`, so the client is the PROXY_COUNT-th entry from the right; anything to the left
of it was written by the client and is ignored (a forged header cannot pick someone else's
counter). With no proxy (PROXY_COUNT=0) the address is the socket's, `REMOTE_ADDR`.
"""

from __future__ import annotations

import ipaddress

from django.conf import settings
from django.http import HttpRequest


def _valid(address: str) -> str | None:
    try:
        return str(ipaddress.ip_address(address.strip()))
    except ValueError:
        return None


def client_address(request: HttpRequest) -> str:
    remote = str(request.META.get("REMOTE_ADDR", "") or "")
    count = int(settings.PROXY_COUNT)
    if count <= 0:
        return remote
    header = str(request.META.get("HTTP_X_FORWARDED_FOR", ""))
    forwarded = [part.strip() for part in header.split(",") if part.strip()]
    if len(forwarded) < count:
        # The request did not pass through every proxy we were told of: trust only the socket.
        return remote
    return _valid(forwarded[-count]) or remote
