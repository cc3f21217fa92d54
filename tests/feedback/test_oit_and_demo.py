"""The Q&A page answers the OIT "Q&A" item (one query for many agencies); the demo step loads
thirty questions in every state, once."""

from datetime import UTC, datetime

import pytest
from django.urls import reverse

from prongsai.agencies.roles import Role
from prongsai.feedback import actions
from prongsai.feedback.demo import ITEMS, RULES, load_questions
from prongsai.feedback.models import Question
from prongsai.feedback.oit_evidence import qa_channel
from tests.factories import AgencyFactory, UnitFactory, member
from tests.feedback.conftest import ask

pytestmark = pytest.mark.django_db


def test_qa_evidence_for_many_agencies_in_one_query(
    school, other_school, officer, django_assert_num_queries
):
    quiet = AgencyFactory(slug="quiet-school")
    question = ask(school)
    moment = datetime(2026, 11, 3, 3, tzinfo=UTC)  # fiscal year 2570
    actions.answer_question(
        question=question, answer="ตอบ", keep_private=False, actor=officer, now=moment
    )
    private = ask(other_school, private=True, email="a@example.com")
    actions.answer_question(
        question=private, answer="ตอบ", keep_private=False, actor=officer, now=moment
    )
    with django_assert_num_queries(1):
        found = qa_channel([school, other_school, quiet], 2570)
    assert set(found) == {school.pk}  # a private answer is no public Q&A
    assert found[school.pk].url == reverse("feedback:public", kwargs={"agency": school.slug})
    assert found[school.pk].dated_on == moment.date()
    assert qa_channel([school], 2569) == {}


def test_demo_questions_in_every_state(school):
    for unit in RULES.values():
        UnitFactory(agency=school, name_th=unit)
    officer = member(school, Role.ITA_OFFICER, username="ita_officer")
    lines = []
    load_questions(school, lines.append)
    questions = Question.objects.filter(agency=school)
    assert questions.count() == len(ITEMS) == 30
    assert set(questions.values_list("status", flat=True)) == set(Question.Status.values)
    assert questions.filter(asked_private=True).exists()
    assert questions.filter(kept_private=True).exists()
    assert questions.filter(answered_by=officer).count() == 17
    assert questions.filter(status=Question.Status.ASSIGNED, assigned_unit__isnull=False).exists()
    load_questions(school, lines.append)  # idempotent
    assert Question.objects.filter(agency=school).count() == 30
