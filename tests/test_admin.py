import pytest

from prongsai.agencies.roles import Role
from tests.conftest import login
from tests.factories import UserFactory, member

pytestmark = pytest.mark.django_db


def test_django_admin_is_for_site_administrators_only(client, school):
    login(client, member(school, Role.DIRECTOR))
    assert client.get("/admin/").status_code == 302  # sent to the admin login
    client.logout()
    login(client, UserFactory(is_superuser=True, is_staff=True))
    html = client.get("/admin/agencies/agency/").content.decode()
    assert school.name_th in html


def test_admin_adds_a_membership_inline_on_the_user(client, school):
    login(client, UserFactory(is_superuser=True, is_staff=True))
    person = member(school, Role.STAFF)
    html = client.get(f"/admin/accounts/user/{person.pk}/change/").content.decode()
    assert "memberships-TOTAL_FORMS" in html
