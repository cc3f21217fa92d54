"""The OIT gates: another agency's object → 404, a hidden object → 404, a person who may look but
not act → 403, the allowed person → the object."""

import pytest
from django.core.exceptions import PermissionDenied
from django.core.files.uploadedfile import SimpleUploadedFile
from django.http import Http404
from django.test import RequestFactory

from prongsai.agencies.access import effective_roles
from prongsai.agencies.roles import Role
from prongsai.oit import access, actions
from prongsai.oit.models import Activity, ActivityPhoto, Answer, Checklist
from prongsai.oit.queries import default_checklist
from tests.factories import UnitFactory, UserFactory, member

pytestmark = pytest.mark.django_db

YEAR = 2566


def staff_request(agency, user):
    """A request as `agencies.access.staff_view` hands it to a view."""
    request = RequestFactory().get("/")
    request.user = user
    request.agency = agency
    request.roles = effective_roles(user, agency)
    return request


def _file(agency, code="O1"):
    item = default_checklist(agency, YEAR).items.get(code=code)
    answer = actions.answer_for(agency=agency, item=item)
    evidence = actions.add_file(
        answer=answer,
        title="โครงสร้าง",
        upload=SimpleUploadedFile("โครงสร้าง.pdf", b"%PDF-1.4 structure"),
        dated_on=None,
        by=UserFactory(),
    )
    return item, answer, evidence


def test_item_gate_lets_editors_and_owners_act(school, other_school):
    item = default_checklist(school, YEAR).items.get(code="O1")
    officer = staff_request(school, member(school, Role.ITA_OFFICER))
    assert access.get_item_for_staff(officer, YEAR, "O1", act=True) == item
    teacher = staff_request(school, member(school, Role.STAFF))
    assert access.get_item_for_staff(teacher, YEAR, "O1") == item
    with pytest.raises(PermissionDenied):  # not the item's owner
        access.get_item_for_staff(teacher, YEAR, "O1", act=True)
    answer = actions.answer_for(agency=school, item=item)
    Answer.objects.filter(pk=answer.pk).update(owner_user=teacher.user)
    assert access.get_item_for_staff(teacher, YEAR, "O1", act=True) == item
    supervisor = staff_request(school, member(school.parent, Role.SUPERVISOR))
    assert access.get_item_for_staff(supervisor, YEAR, "O1") == item
    with pytest.raises(PermissionDenied):  # looks, never acts
        access.get_item_for_staff(supervisor, YEAR, "O1", act=True)
    with pytest.raises(Http404):  # no such item in the list
        access.get_item_for_staff(officer, YEAR, "O999")
    with pytest.raises(Http404):  # no list of that year
        access.get_item_for_staff(officer, 2400, "O1")


def test_a_unit_owns_the_items_of_its_members(school):
    unit = UnitFactory(agency=school)
    item = default_checklist(school, YEAR).items.get(code="O2")
    answer = actions.answer_for(agency=school, item=item)
    Answer.objects.filter(pk=answer.pk).update(owner_unit=unit)
    head = member(school, Role.UNIT_HEAD)
    with pytest.raises(PermissionDenied):
        access.get_item_for_staff(staff_request(school, head), YEAR, "O2", act=True)
    head.memberships.update(unit=unit)
    assert access.get_item_for_staff(staff_request(school, head), YEAR, "O2", act=True) == item


def test_evidence_gate(school, other_school):
    _item, _answer, evidence = _file(school)
    officer = staff_request(school, member(school, Role.ITA_OFFICER))
    assert access.get_evidence_for_staff(officer, YEAR, "O1", evidence.pk, act=True) == evidence
    with pytest.raises(Http404):  # the right evidence under another item
        access.get_evidence_for_staff(officer, YEAR, "O2", evidence.pk)
    theirs = staff_request(other_school, member(other_school, Role.ITA_OFFICER))
    with pytest.raises(Http404):
        access.get_evidence_for_staff(theirs, YEAR, "O1", evidence.pk)
    teacher = staff_request(school, member(school, Role.STAFF))
    with pytest.raises(PermissionDenied):
        access.get_evidence_for_staff(teacher, YEAR, "O1", evidence.pk, act=True)


def test_evidence_file_gate_for_staff(school, other_school):
    _item, _answer, evidence = _file(school)
    actions.add_version(
        evidence=evidence, upload=SimpleUploadedFile("v2.pdf", b"%PDF-1.4 v2"), by=UserFactory()
    )
    teacher = staff_request(school, member(school, Role.STAFF))
    assert access.get_evidence_file_for_staff(teacher, YEAR, "O1", evidence.pk).version == 2
    first = access.get_evidence_file_for_staff(teacher, YEAR, "O1", evidence.pk, version="1")
    assert first.version == 1
    with pytest.raises(Http404):
        access.get_evidence_file_for_staff(teacher, YEAR, "O1", evidence.pk, version="9")
    with pytest.raises(PermissionDenied):
        access.get_evidence_file_for_staff(teacher, YEAR, "O1", evidence.pk, act=True)
    theirs = staff_request(other_school, member(other_school, Role.STAFF))
    with pytest.raises(Http404):
        access.get_evidence_file_for_staff(theirs, YEAR, "O1", evidence.pk)


def test_public_gates_show_only_published_files(school, other_school):
    item, answer, evidence = _file(school)
    assert access.get_item_for_public(school, YEAR, "O1") == item  # its page says "not yet"
    with pytest.raises(Http404):  # a draft's file is hidden
        access.get_evidence_file_for_public(school, YEAR, "O1", evidence.pk)
    Answer.objects.filter(pk=answer.pk).update(status=Answer.Status.PUBLISHED)
    assert access.get_evidence_file_for_public(school, YEAR, "O1", evidence.pk).evidence == evidence
    with pytest.raises(Http404):
        access.get_evidence_file_for_public(other_school, YEAR, "O1", evidence.pk)
    with pytest.raises(Http404):
        access.get_checklist_for_public(school, 2400)


def test_own_checklist_gate(office, school):
    source = Checklist.objects.get(year=YEAR, scheme="nacc", owner=None)
    own = actions.copy_checklist(source=source, owner=office, year=YEAR + 1)
    officer = staff_request(office, member(office, Role.ITA_OFFICER))
    assert access.get_own_checklist_for_staff(officer, own.pk, act=True) == own
    supervisor = staff_request(office, member(office, Role.SUPERVISOR))
    assert access.get_own_checklist_for_staff(supervisor, own.pk) == own
    with pytest.raises(PermissionDenied):
        access.get_own_checklist_for_staff(supervisor, own.pk, act=True)
    with pytest.raises(Http404):  # a shipped list is nobody's own
        access.get_own_checklist_for_staff(officer, source.pk)
    school_officer = staff_request(school, member(school, Role.ITA_OFFICER))
    with pytest.raises(Http404):
        access.get_own_checklist_for_staff(school_officer, own.pk)


def test_activity_photo_gate(school, other_school):
    activity = Activity.objects.create(agency=school, held_on="2023-01-10", topic="อบรม")
    photo = ActivityPhoto.objects.create(activity=activity, image="oit/activities/a.jpg")
    assert access.get_activity_photo_for_public(school, photo.pk) == photo
    with pytest.raises(Http404):
        access.get_activity_photo_for_public(other_school, photo.pk)
