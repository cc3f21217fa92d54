import re

import pytest
from django.core import mail
from django.urls import reverse
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from prongsai.agencies.roles import Role
from tests.factories import PASSWORD, UserFactory, member

pytestmark = pytest.mark.django_db
LOGIN = "/accounts/login/"


def current_code(device: TOTPDevice) -> str:
    return f"{totp(device.bin_key, device.step, device.t0, device.digits, device.drift):06d}"


def test_staff_member_lands_in_their_agency_back_office(client, school):
    user = member(school, Role.ITA_OFFICER)
    response = client.post(LOGIN, {"username": user.username, "password": PASSWORD}, follow=True)
    assert response.redirect_chain[-1][0] == f"/{school.slug}/staff/"
    html = response.content.decode()
    assert "ผู้รับผิดชอบ ITA" in html


def test_person_in_two_agencies_chooses_one(client, school, other_school):
    user = member(school, Role.STAFF)
    member(other_school, Role.STAFF, username=user.username)
    response = client.post(LOGIN, {"username": user.username, "password": PASSWORD}, follow=True)
    html = response.content.decode()
    assert response.redirect_chain[-1][0] == "/staff/"
    assert school.name_th in html
    assert other_school.name_th in html


def test_wrong_password_says_what_to_check_in_thai(client, school):
    user = member(school, Role.STAFF)
    response = client.post(LOGIN, {"username": user.username, "password": "wrong"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง" in html
    assert f'value="{user.username}"' in html  # what was typed is kept


def test_login_is_throttled_after_repeated_failures(client, school):
    user = member(school, Role.STAFF)
    for _attempt in range(5):
        client.post(LOGIN, {"username": user.username, "password": "wrong"})
    # Even the right password is refused while the lock-out lasts.
    response = client.post(LOGIN, {"username": user.username, "password": PASSWORD})
    assert response.status_code == 429
    assert "15 นาที" in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_password_reset_mails_a_working_link(client, school):
    user = member(school, Role.STAFF)
    response = client.post("/accounts/password-reset/", {"email": user.email}, follow=True)
    assert response.status_code == 200
    assert len(mail.outbox) == 1
    link = re.search(r"http://testserver(/accounts/password-reset/\S+/)", mail.outbox[0].body)
    assert link, mail.outbox[0].body
    page = client.get(link.group(1), follow=True)
    form_url = page.redirect_chain[-1][0]
    done = client.post(
        form_url, {"new_password1": "NewPass-2569!", "new_password2": "NewPass-2569!"}, follow=True
    )
    assert done.redirect_chain[-1][0] == "/accounts/password-reset/complete/"
    user.refresh_from_db()
    assert user.check_password("NewPass-2569!")


def test_totp_is_asked_after_the_password_when_enabled(client, school):
    user = member(school, Role.DIRECTOR)
    device = TOTPDevice.objects.create(user=user, name="phone", confirmed=True)
    response = client.post(LOGIN, {"username": user.username, "password": PASSWORD})
    assert response["Location"] == "/accounts/login/verify/"
    assert "_auth_user_id" not in client.session  # not signed in before the second step

    wrong = client.post("/accounts/login/verify/", {"token": "000000"})
    assert "รหัสไม่ถูกต้อง" in wrong.content.decode()
    assert "_auth_user_id" not in client.session

    device.refresh_from_db()
    device.throttling_failure_count = 0
    device.throttling_failure_timestamp = None
    device.save()
    ok = client.post("/accounts/login/verify/", {"token": current_code(device)}, follow=True)
    assert ok.redirect_chain[-1][0] == f"/{school.slug}/staff/"
    assert int(client.session["_auth_user_id"]) == user.pk


def test_administrator_must_set_up_totp_before_anything_else(client, school):
    admin = UserFactory(is_superuser=True, is_staff=True)
    client.post(LOGIN, {"username": admin.username, "password": PASSWORD})
    response = client.get(f"/{school.slug}/staff/")
    assert response["Location"] == reverse("accounts:two_factor_setup")
    assert client.get("/admin/")["Location"] == reverse("accounts:two_factor_setup")

    setup = client.get(reverse("accounts:two_factor_setup"))
    assert "data:image/svg+xml;base64," in setup.content.decode()
    device = TOTPDevice.objects.get(user=admin)
    assert not device.confirmed
    client.post(reverse("accounts:two_factor_setup"), {"token": current_code(device)})
    device.refresh_from_db()
    assert device.confirmed
    assert client.get(f"/{school.slug}/staff/").status_code == 200


def test_staff_may_switch_totp_on_and_off(client, school):
    user = member(school, Role.STAFF)
    client.force_login(user)
    client.get(reverse("accounts:two_factor"))
    device = TOTPDevice.objects.get(user=user)
    client.post(reverse("accounts:two_factor"), {"token": current_code(device)})
    assert TOTPDevice.objects.filter(user=user, confirmed=True).exists()
    client.post(reverse("accounts:two_factor_disable"))
    assert not TOTPDevice.objects.filter(user=user).exists()


def test_staff_entry_without_any_role_says_whom_to_ask(client, db):
    user = UserFactory()
    client.force_login(user)
    html = client.get("/staff/").content.decode()
    assert "ยังไม่มีบทบาท" in html
