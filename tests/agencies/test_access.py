"""The gate, one branch per test."""

import pytest
from django.contrib.auth.models import AnonymousUser

from prongsai.agencies.access import effective_roles
from prongsai.agencies.roles import SITE_ADMIN, Role
from tests.factories import UserFactory, member

pytestmark = pytest.mark.django_db


def test_anonymous_has_no_role(school):
    assert effective_roles(AnonymousUser(), school) == frozenset()


def test_inactive_user_has_no_role(school):
    user = member(school, Role.DIRECTOR)
    user.is_active = False
    user.save()
    assert effective_roles(user, school) == frozenset()


def test_roles_in_the_agency_itself(school):
    user = member(school, Role.STAFF, Role.UNIT_HEAD)
    assert effective_roles(user, school) == {Role.STAFF, Role.UNIT_HEAD}


def test_roles_elsewhere_do_not_count(school, other_school):
    user = member(other_school, Role.DIRECTOR)
    assert effective_roles(user, school) == frozenset()


def test_supervisor_of_the_office_supervises_its_schools(office, school):
    user = member(office, Role.SUPERVISOR)
    assert effective_roles(user, school) == {Role.SUPERVISOR}


def test_other_roles_of_the_office_do_not_reach_the_schools(office, school):
    user = member(office, Role.DIRECTOR, Role.COMPLAINT_OFFICER)
    assert effective_roles(user, school) == frozenset()


def test_site_admin_is_a_pseudo_role(school):
    user = UserFactory(is_superuser=True)
    assert effective_roles(user, school) == {SITE_ADMIN}
