"""Rate limits for anonymous visitors (complaints, e-service requests) that never store an IP
address.

A client (its address as `accounts.clientip` reads it behind the configured proxies) is counted
under a keyed hash of its address that changes every day, kept only in the shared "counters"
cache with a short expiry: enough to slow a flood or a receipt-guessing run, useless to
identify anyone afterwards.
"""

import hashlib
import hmac

from django.conf import settings
from django.core.cache import caches
from django.http import HttpRequest
from django.utils import timezone

from prongsai.accounts.clientip import client_address

# A rule is (limit, window in seconds); each module names its own.


def client_key(request: HttpRequest) -> str:
    address = client_address(request)
    day = timezone.now().strftime("%Y-%m-%d")
    secret = f"{settings.SECRET_KEY}:{day}".encode()
    return hmac.new(secret, address.encode(), hashlib.sha256).hexdigest()[:32]


def _key(scope: str, request: HttpRequest) -> str:
    return f"throttle:{scope}:{client_key(request)}"


def is_blocked(scope: str, request: HttpRequest, rule: tuple[int, int]) -> bool:
    limit, _window = rule
    return int(caches["counters"].get(_key(scope, request), 0)) >= limit


def hit(scope: str, request: HttpRequest, rule: tuple[int, int]) -> None:
    _limit, window = rule
    key = _key(scope, request)
    cache = caches["counters"]  # shared by every worker (Redis, else the database)
    if cache.add(key, 1, window):
        return
    try:
        cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, window)
