import pytest
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.test import RequestFactory

from prongsai.agencies.roles import Role
from prongsai.assets.access import get_asset_for_staff
from tests.assets.helpers import make_asset
from tests.factories import member

pytestmark = pytest.mark.django_db


def request_for(agency, *roles):
    request = RequestFactory().get("/")
    request.user = member(agency, *roles)
    request.agency = agency
    request.roles = frozenset(roles)
    return request


def test_another_agencys_asset_is_not_found(school, other_school):
    asset = make_asset(other_school)
    with pytest.raises(Http404):
        get_asset_for_staff(request_for(school, Role.ASSET_OFFICER), asset.pk)


def test_a_missing_asset_is_not_found(school):
    with pytest.raises(Http404):
        get_asset_for_staff(request_for(school, Role.ASSET_OFFICER), 999999)


def test_staff_read_but_may_not_change(school):
    asset = make_asset(school)
    assert get_asset_for_staff(request_for(school, Role.STAFF), asset.pk) == asset
    with pytest.raises(PermissionDenied):
        get_asset_for_staff(request_for(school, Role.STAFF), asset.pk, act=True)


@pytest.mark.parametrize("role", [Role.ASSET_OFFICER, Role.DIRECTOR])
def test_the_asset_officer_and_the_director_change_it(school, role):
    asset = make_asset(school)
    assert get_asset_for_staff(request_for(school, role), asset.pk, act=True) == asset
