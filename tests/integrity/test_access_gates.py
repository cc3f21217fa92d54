"""The gift gates: another agency's gift → 404, someone else's gift → 404 for a colleague, the
supervisor sees only the director's own reported gifts, the one who may look but not decide →
403, the head → the gift."""

import pytest
from django.core.exceptions import PermissionDenied
from django.http import Http404

from prongsai.agencies.roles import Role
from prongsai.integrity import access
from tests.factories import member
from tests.integrity.helpers import declare, staff_request

pytestmark = pytest.mark.django_db


@pytest.fixture
def people(school, office):
    return {
        "teacher": member(school, Role.STAFF),
        "colleague": member(school, Role.STAFF),
        "unit_head": member(school, Role.UNIT_HEAD),
        "officer": member(school, Role.ITA_OFFICER),
        "director": member(school, Role.DIRECTOR),
        "supervisor": member(office, Role.SUPERVISOR),
    }


def gate(school, user, pk, **kwargs):
    return access.get_gift_for_staff(staff_request(school, user), pk, **kwargs)


def test_a_teachers_gift(school, other_school, people):
    gift = declare(school, people["teacher"], report_now=True)
    assert gate(school, people["teacher"], gift.pk) == gift
    assert gate(school, people["officer"], gift.pk) == gift
    assert gate(school, people["director"], gift.pk, act=True) == gift
    for who in ("colleague", "unit_head", "supervisor"):
        with pytest.raises(Http404):
            gate(school, people[who], gift.pk)
    with pytest.raises(PermissionDenied):  # the ITA officer reads, the director decides
        gate(school, people["officer"], gift.pk, act=True)
    with pytest.raises(PermissionDenied):  # nobody decides their own gift
        gate(school, people["teacher"], gift.pk, act=True)
    with pytest.raises(Http404):
        gate(other_school, member(other_school, Role.DIRECTOR), gift.pk)


def test_the_directors_own_gift_is_the_supervisors(school, people):
    waiting = declare(school, people["director"])
    assert waiting.declared_by_head
    with pytest.raises(Http404):  # not reported yet: nothing for the supervisor
        gate(school, people["supervisor"], waiting.pk)
    reported = declare(school, people["director"], report_now=True)
    assert gate(school, people["supervisor"], reported.pk, act=True) == reported
    with pytest.raises(PermissionDenied):
        gate(school, people["director"], reported.pk, act=True)
    assert gate(school, people["officer"], reported.pk) == reported


def test_another_agencys_supervisor_sees_nothing(school, people):
    other_office_school = member(school, Role.STAFF)  # a person, no link to the supervisor
    gift = declare(school, people["director"], report_now=True)
    assert gate(school, people["supervisor"], gift.pk)
    with pytest.raises(Http404):
        gate(school, other_office_school, gift.pk)


def test_own_gift_gate(school, people):
    gift = declare(school, people["teacher"])
    request = staff_request(school, people["teacher"])
    assert access.get_own_gift_for_staff(request, gift.pk, act=True) == gift
    for who in ("colleague", "director", "officer"):
        with pytest.raises(Http404):
            access.get_own_gift_for_staff(staff_request(school, people[who]), gift.pk, act=True)
