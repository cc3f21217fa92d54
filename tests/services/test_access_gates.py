"""The e-services gates: another agency's object → 404, a hidden one → 404, a person who may look
but not act → 403, the allowed person → the object."""

import pytest
from django.core.exceptions import PermissionDenied
from django.core.files.base import ContentFile
from django.http import Http404
from django.test import RequestFactory

from prongsai.agencies.access import effective_roles
from prongsai.agencies.roles import Role
from prongsai.services import access
from prongsai.services.models import RequestFile, Service
from tests.factories import UnitFactory, member
from tests.services.test_statistics import at, make_request, make_service

pytestmark = pytest.mark.django_db


def staff_request(agency, user):
    """A request as `agencies.access.staff_view` hands it to a view."""
    request = RequestFactory().get("/")
    request.user = user
    request.agency = agency
    request.roles = effective_roles(user, agency)
    return request


def test_service_gate_for_staff(school, other_school):
    unit, other_unit = UnitFactory(agency=school), UnitFactory(agency=school)
    service = make_service(school, owner_unit=unit)
    officer = staff_request(school, member(school, Role.ITA_OFFICER))
    assert access.get_service_for_staff(officer, service.pk, act=True) == service
    head = member(school, Role.UNIT_HEAD)
    head.memberships.update(unit=unit)
    assert (
        access.get_service_for_staff(staff_request(school, head), service.pk, act=True) == service
    )
    other_head = member(school, Role.UNIT_HEAD)
    other_head.memberships.update(unit=other_unit)
    looking = staff_request(school, other_head)
    assert access.get_service_for_staff(looking, service.pk) == service
    with pytest.raises(PermissionDenied):  # another unit's service
        access.get_service_for_staff(looking, service.pk, act=True)
    with pytest.raises(Http404):
        access.get_service_for_staff(
            staff_request(other_school, member(other_school, Role.ITA_OFFICER)), service.pk
        )


def test_request_and_file_gates_for_staff(school, other_school):
    filed = make_request(make_service(school), at(2024, 1, 10))
    attached = RequestFile.objects.create(
        request=filed, file=ContentFile(b"%PDF-1.4", name="a.pdf"), name="ใบสมัคร.pdf"
    )
    clerk = staff_request(school, member(school, Role.STAFF))
    assert access.get_request_for_staff(clerk, filed.pk, act=True) == filed
    assert access.get_request_file_for_staff(clerk, filed.pk, attached.pk) == attached
    supervisor = staff_request(school, member(school.parent, Role.SUPERVISOR))
    with pytest.raises(PermissionDenied):  # the area office oversees; it does not work queues
        access.get_request_for_staff(supervisor, filed.pk, act=True)
    theirs = staff_request(other_school, member(other_school, Role.STAFF))
    with pytest.raises(Http404):
        access.get_request_for_staff(theirs, filed.pk)
    with pytest.raises(Http404):
        access.get_request_file_for_staff(theirs, filed.pk, attached.pk)
    other_filed = make_request(make_service(school, "อื่น"), at(2024, 1, 11))
    with pytest.raises(Http404):  # the file, asked under another request
        access.get_request_file_for_staff(clerk, other_filed.pk, attached.pk)


def test_service_gates_for_the_public(school, other_school):
    public = make_service(school)
    staff_only = make_service(school, "ลาป่วย", audience=Service.Audience.STAFF)
    closed = make_service(school, "เลิกให้บริการ", is_active=False)
    assert access.get_service_for_public(school, public.pk) == public
    assert access.get_service_for_public(school, staff_only.pk, member=True) == staff_only
    for agency, pk in [(school, staff_only.pk), (school, closed.pk), (other_school, public.pk)]:
        with pytest.raises(Http404):
            access.get_service_for_public(agency, pk)
    # Figures: a closed public service still has its past; a staff-only one has none in public.
    assert access.get_service_figures_for_public(school, closed.pk) == closed
    for agency, pk in [(school, staff_only.pk), (other_school, public.pk)]:
        with pytest.raises(Http404):
            access.get_service_figures_for_public(agency, pk)


def test_request_gate_for_the_public(school, other_school):
    filed = make_request(make_service(school), at(2024, 1, 10))
    assert access.get_request_for_public(school, filed.tracking) == filed
    with pytest.raises(Http404):
        access.get_request_for_public(other_school, filed.tracking)
    with pytest.raises(Http404):
        access.get_request_for_public(school, "S70-ABCD23")  # well formed, never issued
