"""The complaint gates: another agency's case → 404, a case the person is excluded from → 404,
a role that only looks asking to act → 403, the allowed person → the case (or its file)."""

import pytest
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.test import RequestFactory

from prongsai.agencies.access import effective_roles
from prongsai.agencies.roles import Role
from prongsai.complaints.access import get_attachment_for_staff, get_complaint_for_staff
from tests.factories import member

pytestmark = pytest.mark.django_db


def staff_request(user, agency):
    """A request as `staff_view` passes it on: the agency and the person's roles in it."""
    request = RequestFactory().get("/")
    request.user = user
    request.agency = agency
    request.roles = effective_roles(user, agency)
    return request


def test_the_complaint_officer_gets_the_case_to_look_and_to_act(school, filed):
    complaint, _receipt = filed
    request = staff_request(member(school, Role.COMPLAINT_OFFICER), school)
    assert get_complaint_for_staff(request, complaint.pk) == complaint
    acting = get_complaint_for_staff(request, complaint.pk, act=True)
    assert acting == complaint
    assert acting.what_happened  # acting gets the whole case


def test_another_agencys_case_does_not_exist(school, other_school, filed):
    complaint, _receipt = filed
    request = staff_request(member(other_school, Role.COMPLAINT_OFFICER), other_school)
    with pytest.raises(Http404):
        get_complaint_for_staff(request, complaint.pk)
    with pytest.raises(Http404):
        get_attachment_for_staff(request, complaint.pk, complaint.attachments.get().pk)


def test_an_excluded_officer_does_not_see_the_case_nor_its_files(school, filed):
    complaint, _receipt = filed
    named = member(school, Role.COMPLAINT_OFFICER)
    complaint.excluded.add(named)
    request = staff_request(named, school)
    with pytest.raises(Http404):
        get_complaint_for_staff(request, complaint.pk)
    with pytest.raises(Http404):
        get_complaint_for_staff(request, complaint.pk, act=True)
    with pytest.raises(Http404):
        get_attachment_for_staff(request, complaint.pk, complaint.attachments.get().pk)


@pytest.mark.parametrize("role", [Role.DIRECTOR, Role.ITA_OFFICER])
def test_a_role_that_only_looks_may_not_act(school, filed, role):
    complaint, _receipt = filed
    request = staff_request(member(school, role), school)
    assert get_complaint_for_staff(request, complaint.pk) == complaint
    with pytest.raises(PermissionDenied):
        get_complaint_for_staff(request, complaint.pk, act=True)


def test_files_are_for_those_who_read_the_content(school, filed):
    complaint, _receipt = filed
    attachment = complaint.attachments.get()
    officer = staff_request(member(school, Role.COMPLAINT_OFFICER), school)
    assert get_attachment_for_staff(officer, complaint.pk, attachment.pk) == attachment
    director = staff_request(member(school, Role.DIRECTOR), school)
    with pytest.raises(PermissionDenied):
        get_attachment_for_staff(director, complaint.pk, attachment.pk)


def test_a_file_of_another_case_is_not_found(school, filed):
    from prongsai.complaints import actions

    complaint, _receipt = filed
    other, _other_receipt = actions.file_complaint(
        agency=school, data=actions.NewComplaint(category="other", what_happened="เรื่องอื่นยาวพอ")
    )
    officer = staff_request(member(school, Role.COMPLAINT_OFFICER), school)
    with pytest.raises(Http404):
        get_attachment_for_staff(officer, other.pk, complaint.attachments.get().pk)


def test_the_reporter_gets_their_own_files_only(school, filed):
    from prongsai.complaints.access import get_attachment_for_reporter

    complaint, _receipt = filed
    attachment = complaint.attachments.get()
    assert get_attachment_for_reporter(complaint, attachment.pk) == attachment
    type(attachment).objects.filter(pk=attachment.pk).update(from_reporter=False)
    with pytest.raises(Http404):
        get_attachment_for_reporter(complaint, attachment.pk)
