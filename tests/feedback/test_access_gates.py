"""The questions gates: another agency's question → 404, one not assigned to a staff member →
404, the supervisor who may look but not act → 403, the allowed person → the question."""

import pytest
from django.core.exceptions import PermissionDenied
from django.http import Http404

from prongsai.agencies.roles import Role
from prongsai.feedback import access, actions
from tests.factories import member
from tests.feedback.conftest import ask, staff_request

pytestmark = pytest.mark.django_db


def test_question_gate(school, other_school, academic_rule, teacher, officer):
    question = ask(school, academic_rule)  # assigned to the teacher's unit
    unassigned = ask(school)
    as_officer = staff_request(school, officer)
    assert access.get_question_for_staff(as_officer, unassigned.pk, act=True) == unassigned
    as_teacher = staff_request(school, teacher)
    assert access.get_question_for_staff(as_teacher, question.pk, act=True) == question
    with pytest.raises(Http404):  # not assigned to the teacher: hidden from them
        access.get_question_for_staff(as_teacher, unassigned.pk)
    supervisor = staff_request(school, member(school, Role.SUPERVISOR))
    assert access.get_question_for_staff(supervisor, question.pk) == question
    with pytest.raises(PermissionDenied):
        access.get_question_for_staff(supervisor, question.pk, act=True)
    with pytest.raises(Http404):
        access.get_question_for_staff(
            staff_request(other_school, member(other_school, Role.ITA_OFFICER)), question.pk
        )


def test_assigned_person_sees_only_their_own(school, academic_rule, teacher):
    colleague = member(school, Role.STAFF)
    question = actions.assign_question(question=ask(school, academic_rule), user=colleague)
    with pytest.raises(Http404):  # assigned to a person: the rest of the unit no longer sees it
        access.get_question_for_staff(staff_request(school, teacher), question.pk)
    assert access.get_question_for_staff(staff_request(school, colleague), question.pk, act=True)


def test_handling_gate(school, other_school, academic_rule, teacher):
    question = ask(school, academic_rule)
    director = staff_request(school, member(school, Role.DIRECTOR))
    assert access.get_question_for_handling(director, question.pk) == question
    with pytest.raises(PermissionDenied):  # the assignee answers, the officer assigns
        access.get_question_for_handling(staff_request(school, teacher), question.pk)
    with pytest.raises(Http404):
        access.get_question_for_handling(
            staff_request(other_school, member(other_school, Role.DIRECTOR)), question.pk
        )


def test_category_gate(school, other_school, officer):
    category = actions.ensure_categories(agency=school)[0]
    assert access.get_category_for_staff(staff_request(school, officer), category.pk, act=True)
    with pytest.raises(PermissionDenied):
        access.get_category_for_staff(
            staff_request(school, member(school, Role.UNIT_HEAD)), category.pk, act=True
        )
    with pytest.raises(Http404):
        access.get_category_for_staff(
            staff_request(other_school, member(other_school, Role.ITA_OFFICER)), category.pk
        )
