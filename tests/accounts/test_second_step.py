"""Finding 9 of issue 10: API tokens need the same second step as the session; wrong codes are
counted per account, so parallel tries cannot race past the limit."""

import pytest
from django.urls import reverse
from django_otp.plugins.otp_totp.models import TOTPDevice
from rest_framework.authtoken.models import Token

from prongsai.accounts.views import PENDING_KEY
from prongsai.agencies.roles import Role
from tests.accounts.test_login import current_code
from tests.factories import PASSWORD, UserFactory, member

pytestmark = pytest.mark.django_db
LOGIN = "/accounts/login/"
TOKEN_URL = "/accounts/api-token/"


def api_me(client, token: Token):
    return client.get("/api/v1/me/", HTTP_AUTHORIZATION=f"Token {token.key}")


def test_an_administrator_without_the_second_step_gets_no_api_token(client, db):
    admin = UserFactory(is_superuser=True, is_staff=True)
    client.post(LOGIN, {"username": admin.username, "password": PASSWORD})
    response = client.post(TOKEN_URL)
    assert response.status_code in (302, 403)
    assert not Token.objects.filter(user=admin).exists()
    assert "api-token" not in response.get("Location", "")


def test_an_enrolled_account_in_an_unverified_session_gets_no_token(client, school):
    user = member(school, Role.DIRECTOR)
    TOTPDevice.objects.create(user=user, name="phone", confirmed=True)
    Token.objects.create(user=user)
    client.force_login(user)  # a session that did not pass the code
    page = client.get(TOKEN_URL)
    assert page.status_code == 403
    assert Token.objects.get(user=user).key not in page.content.decode()
    client.post(TOKEN_URL)
    assert Token.objects.filter(user=user).count() == 1


def test_an_administrators_token_made_before_two_step_is_refused(client, db):
    admin = UserFactory(is_superuser=True, is_staff=True)
    token = Token.objects.create(user=admin)
    assert api_me(client, token).status_code == 401


def test_a_token_made_before_enrolment_stops_working_once_the_owner_enrols(client, school):
    user = member(school, Role.DIRECTOR)
    client.force_login(user)
    client.post(TOKEN_URL)
    token = Token.objects.get(user=user)
    assert api_me(client, token).status_code == 200

    client.get(reverse("accounts:two_factor"))
    device = TOTPDevice.objects.get(user=user)
    client.post(reverse("accounts:two_factor"), {"token": current_code(device)})
    assert TOTPDevice.objects.filter(user=user, confirmed=True).exists()
    assert api_me(client, token).status_code == 401

    # From the verified session a new token is made, and it works.
    client.post(TOKEN_URL)
    fresh = Token.objects.get(user=user)
    assert api_me(client, fresh).status_code == 200


def test_parallel_wrong_codes_cannot_race_past_the_limit(client, school):
    user = member(school, Role.DIRECTOR)
    device = TOTPDevice.objects.create(user=user, name="phone", confirmed=True)
    client.post(LOGIN, {"username": user.username, "password": PASSWORD})
    snapshot = dict(client.session[PENDING_KEY])

    def as_if_parallel():
        # Every request of a parallel burst reads the session before any of them writes it.
        session = client.session
        session[PENDING_KEY] = dict(snapshot)
        session.save()
        device.refresh_from_db()
        device.throttling_failure_count = 0  # django-otp's own per-device delay has passed
        device.throttling_failure_timestamp = None
        device.save()

    right = current_code(device)
    wrong = "000000" if right != "000000" else "111111"
    for _attempt in range(8):
        as_if_parallel()
        client.post("/accounts/login/verify/", {"token": wrong})
    as_if_parallel()
    response = client.post("/accounts/login/verify/", {"token": right}, follow=True)
    assert "_auth_user_id" not in client.session
    assert "15 นาที" in response.content.decode()


def test_a_right_code_clears_the_count(client, school):
    user = member(school, Role.DIRECTOR)
    device = TOTPDevice.objects.create(user=user, name="phone", confirmed=True)
    for _round in range(3):
        client.post(LOGIN, {"username": user.username, "password": PASSWORD})
        client.post("/accounts/login/verify/", {"token": "000000"})
        device.refresh_from_db()
        device.throttling_failure_count = 0
        device.throttling_failure_timestamp = None
        device.last_t = -1  # a code may be used once; the next round is a new time step
        device.save()
        client.post("/accounts/login/verify/", {"token": current_code(device)})
        assert int(client.session["_auth_user_id"]) == user.pk
        client.logout()
