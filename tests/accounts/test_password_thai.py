"""The password pages speak Thai: Django's password rules, their errors and the form's own text."""

import re

import pytest
from django.contrib.auth.tokens import default_token_generator
from django.urls import reverse
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode

from tests.conftest import login
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

ENGLISH = [
    "Your password",
    "password can",
    "too short",
    "too common",
    "entirely numeric",
    "too similar",
    "didn’t match",
    "didn't match",
    "Enter the same password",
    "This field is required",
]


def visible_text(html: str) -> str:
    html = re.sub(r"<(script|style)[^>]*>.*?</\1>", " ", html, flags=re.S)
    return re.sub(r"<[^>]+>", " ", html)


def assert_thai(html: str) -> None:
    text = visible_text(html)
    for phrase in ENGLISH:
        assert phrase not in text, phrase
    assert "&lt;" not in html.split("<main", 1)[1]  # rules shown as a list, not as markup


@pytest.fixture
def user(db):
    return UserFactory(username="somsri", first_name="สมศรี")


def test_change_password_page_states_the_rules_in_thai(client, user):
    login(client, user)
    html = client.get(reverse("accounts:password_change")).content.decode()
    assert_thai(html)
    assert "อย่างน้อย 8 ตัวอักษร" in html


def test_change_password_errors_are_thai(client, user):
    login(client, user)
    response = client.post(
        reverse("accounts:password_change"),
        {"old_password": "wrong", "new_password1": "12345", "new_password2": "54321"},
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert_thai(html)
    assert "รหัสผ่านทั้งสองช่องไม่ตรงกัน" in html


def test_too_short_common_and_numeric_passwords_are_refused_in_thai(client, user):
    uid = urlsafe_base64_encode(force_bytes(user.pk))
    token = default_token_generator.make_token(user)
    url = reverse("accounts:password_reset_confirm", kwargs={"uidb64": uid, "token": token})
    form_url = client.get(url)["Location"]
    assert_thai(client.get(form_url).content.decode())
    html = client.post(
        form_url, {"new_password1": "1234", "new_password2": "1234"}
    ).content.decode()
    assert_thai(html)
    assert "สั้นเกินไป" in html
    assert "ตัวเลขทั้งหมด" in html
    html = client.post(
        form_url, {"new_password1": "somsri12", "new_password2": "somsri12"}
    ).content.decode()
    assert_thai(html)
    assert "คล้ายกับชื่อผู้ใช้" in html
