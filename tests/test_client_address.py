"""Finding 5 of the security review: behind the documented proxy, every client had one counter.

The client address is read the same trusted way (PROXY_COUNT entries of X-Forwarded-For) by the
login lock-out and the complaint rate limits, and the counters live where every worker sees them.
"""

import pytest
from django.conf import settings as django_settings
from django.core.cache import caches
from django.core.cache.backends.db import DatabaseCache
from django.test import RequestFactory
from django.urls import reverse

from prongsai.accounts.clientip import client_address
from prongsai.agencies.roles import Role
from prongsai.complaints import throttle
from tests.factories import PASSWORD, member

PROXY = "10.0.0.1"
PRODUCTION_CACHES = dict(django_settings.CACHES)  # as configured, before the tests' override
DATABASE_COUNTERS = {
    "BACKEND": "django.core.cache.backends.db.DatabaseCache",
    "LOCATION": "prongsai_counters",
}
LOGIN = "/accounts/login/"


def via_proxy(forwarded: str) -> dict[str, str]:
    return {"REMOTE_ADDR": PROXY, "HTTP_X_FORWARDED_FOR": forwarded}


@pytest.fixture
def behind_one_proxy(settings):
    settings.PROXY_COUNT = 1


@pytest.mark.parametrize(
    ("count", "meta", "expected"),
    [
        (0, {"REMOTE_ADDR": "203.0.113.9", "HTTP_X_FORWARDED_FOR": "198.51.100.7"}, "203.0.113.9"),
        (1, via_proxy("203.0.113.9"), "203.0.113.9"),
        # The client forged the left entry; the proxy appended what it really saw.
        (1, via_proxy("198.51.100.7, 203.0.113.9"), "203.0.113.9"),
        (2, via_proxy("198.51.100.7, 203.0.113.9, 10.0.0.2"), "203.0.113.9"),
        # Fewer entries than proxies: the request skipped a proxy; trust only the socket.
        (2, via_proxy("203.0.113.9"), PROXY),
        (1, via_proxy("not-an-address"), PROXY),
        (1, {"REMOTE_ADDR": PROXY}, PROXY),
    ],
)
def test_client_address_trusts_exactly_the_configured_proxies(settings, count, meta, expected):
    settings.PROXY_COUNT = count
    request = RequestFactory().get("/", **meta)
    assert client_address(request) == expected


@pytest.mark.django_db
@pytest.mark.usefixtures("behind_one_proxy")
def test_wrong_passwords_from_elsewhere_do_not_lock_the_real_user_out(client, school):
    user = member(school, Role.DIRECTOR)
    attacker = via_proxy("192.0.2.1, 203.0.113.66")  # forges an address, the proxy adds its own
    for _attempt in range(6):
        client.post(LOGIN, {"username": user.username, "password": "wrong"}, **attacker)
    locked = client.post(LOGIN, {"username": user.username, "password": PASSWORD}, **attacker)
    assert locked.status_code == 429  # the attacker's own address is locked out ...
    client.cookies.clear()
    response = client.post(
        LOGIN, {"username": user.username, "password": PASSWORD}, **via_proxy("198.51.100.20")
    )
    assert response.status_code == 302  # ... the owner, from their own address, is not
    assert client.session["_auth_user_id"] == str(user.pk)


@pytest.mark.django_db
@pytest.mark.usefixtures("behind_one_proxy")
def test_wrong_receipts_block_only_the_client_who_sent_them(client, school):
    url = reverse("complaints:follow_up", kwargs={"agency": school.slug})
    for _ in range(5):
        client.post(url, {"receipt": "0000 0000 0000 0000"}, **via_proxy("203.0.113.66"))
    assert (
        client.post(url, {"receipt": "0000 0000 0000 0001"}, **via_proxy("203.0.113.66"))
    ).status_code == 429
    other = client.post(url, {"receipt": "0000 0000 0000 0002"}, **via_proxy("198.51.100.20"))
    assert other.status_code == 404  # a wrong receipt, answered as such: not blocked


@pytest.mark.django_db
def test_counters_live_where_every_worker_process_sees_them(settings):
    # Without Redis the shared counters are a database table, not this process's memory.
    configured = PRODUCTION_CACHES["counters"]
    assert configured["BACKEND"].endswith(("DatabaseCache", "RedisCache"))
    settings.CACHES = {**settings.CACHES, "counters": DATABASE_COUNTERS}
    request = RequestFactory().post("/", REMOTE_ADDR="203.0.113.5")
    throttle.hit("receipt", request, throttle.WRONG_RECEIPTS)
    throttle.hit("receipt", request, throttle.WRONG_RECEIPTS)
    # A second worker process opens its own cache object on the same table.
    other_worker = DatabaseCache(DATABASE_COUNTERS["LOCATION"], {})
    assert other_worker.get(f"throttle:receipt:{throttle.client_key(request)}") == 2
    caches["counters"].clear()
