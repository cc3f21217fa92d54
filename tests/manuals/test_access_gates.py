"""The manuals gates: another agency's manual → 404, an unpublished one → 404 for the public, a
person who may look but not act → 403, the allowed person → the manual."""

import pytest
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.test import RequestFactory

from prongsai.agencies.access import effective_roles
from prongsai.agencies.roles import Role
from prongsai.manuals import access
from tests.factories import member
from tests.manuals.helpers import draft_manual, published_manual

pytestmark = pytest.mark.django_db


def staff_request(agency, user):
    """A request as `agencies.access.staff_view` hands it to a view."""
    request = RequestFactory().get("/")
    request.user = user
    request.agency = agency
    request.roles = effective_roles(user, agency)
    return request


def test_manual_gate_for_staff(school, other_school, supplies, finance, supplies_head):
    manual = draft_manual(school, unit=supplies)
    officer = staff_request(school, member(school, Role.ITA_OFFICER))
    assert access.get_manual_for_staff(officer, manual.pk, act=True) == manual
    assert access.get_manual_for_staff(staff_request(school, supplies_head), manual.pk, act=True)
    finance_head = member(school, Role.UNIT_HEAD)
    finance_head.memberships.update(unit=finance)
    looking = staff_request(school, finance_head)
    assert access.get_manual_for_staff(looking, manual.pk) == manual
    with pytest.raises(PermissionDenied):  # another unit's manual
        access.get_manual_for_staff(looking, manual.pk, act=True)
    teacher = staff_request(school, member(school, Role.STAFF))
    with pytest.raises(PermissionDenied):  # reads every manual, writes none
        access.get_manual_for_staff(teacher, manual.pk, act=True)
    with pytest.raises(Http404):
        access.get_manual_for_staff(
            staff_request(other_school, member(other_school, Role.ITA_OFFICER)), manual.pk
        )


def test_manual_gate_for_approval(school, other_school, supplies):
    manual = draft_manual(school, unit=supplies)
    director = staff_request(school, member(school, Role.DIRECTOR))
    assert access.get_manual_for_approval(director, manual.pk) == manual
    with pytest.raises(PermissionDenied):  # the writer submits; the director approves
        access.get_manual_for_approval(
            staff_request(school, member(school, Role.ITA_OFFICER)), manual.pk
        )
    with pytest.raises(Http404):
        access.get_manual_for_approval(
            staff_request(other_school, member(other_school, Role.DIRECTOR)), manual.pk
        )


def test_version_gate_for_the_public(school, other_school):
    published = published_manual(school)
    draft = draft_manual(school, title="คู่มือที่ยังไม่เผยแพร่")
    version = access.get_version_for_public(school, published.pk)
    assert version.manual == published
    assert version.is_published
    for agency, pk in [(school, draft.pk), (other_school, published.pk)]:
        with pytest.raises(Http404):
            access.get_version_for_public(agency, pk)
