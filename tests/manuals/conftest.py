import pytest

from prongsai.agencies.models import Unit
from prongsai.agencies.roles import Role
from tests.factories import UnitFactory, member


@pytest.fixture
def supplies(school) -> Unit:
    return UnitFactory(agency=school, name_th="งานพัสดุ")


@pytest.fixture
def finance(school) -> Unit:
    return UnitFactory(agency=school, name_th="งานการเงิน")


@pytest.fixture
def supplies_head(school, supplies):
    head = member(school, Role.UNIT_HEAD)
    head.memberships.update(unit=supplies)
    return head
