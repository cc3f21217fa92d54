"""The public questions page: asking without login, bad input, the honeypot, the throttle, the
published list and its query count."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation

from prongsai.feedback import actions, queries, throttle
from prongsai.feedback.models import Question
from tests.feedback.conftest import ask

pytestmark = pytest.mark.django_db


def url(agency):
    return reverse("feedback:public", kwargs={"agency": agency.slug})


def form_data(agency, **changes):
    category = actions.ensure_categories(agency=agency)[0]
    return {"kind": "question", "category": category.pk, "text": "เปิดรับสมัครเมื่อไร", **changes}


def test_the_page_states_the_answer_time_and_the_notice(client, school):
    actions.save_settings(agency=school, answer_days=5)
    with translation.override("th"):
        body = client.get(url(school), HTTP_ACCEPT_LANGUAGE="th").content.decode()
    assert "5" in body
    assert 'name="text"' in body
    assert "งานวิชาการ" in body  # the default categories


def test_asking_files_an_assigned_question(client, school, academic_rule, academic):
    data = form_data(school, category=academic_rule.pk, email="p@example.com", name="สมศรี")
    response = client.post(url(school), data)
    assert response.status_code == 200
    question = Question.objects.get()
    assert question.text == "เปิดรับสมัครเมื่อไร"
    assert question.assigned_unit == academic
    assert question.email == "p@example.com"
    assert response.context["question"] == question


def test_bad_input_keeps_what_was_typed(client, school):
    data = form_data(school, text="  ", email="not-an-address", name="สมศรี")
    response = client.post(url(school), data, HTTP_ACCEPT_LANGUAGE="th")
    assert response.status_code == 200
    assert not Question.objects.exists()
    errors = response.context["form"].errors
    assert set(errors) == {"text", "email"}
    body = response.content.decode()
    assert "สมศรี" in body  # nothing lost
    assert "not-an-address" in body
    assert "error-summary" in body  # the summary at the top, each problem a link
    assert 'href="#id_text"' in body


def test_a_private_question_needs_an_address(client, school):
    response = client.post(url(school), form_data(school, private="on"))
    assert "email" in response.context["form"].errors
    assert not Question.objects.exists()


def test_another_agencys_category_is_refused(client, school, other_school):
    foreign = actions.ensure_categories(agency=other_school)[0]
    response = client.post(url(school), form_data(school, category=foreign.pk))
    assert "category" in response.context["form"].errors
    assert not Question.objects.exists()


def test_the_honeypot_files_nothing(client, school):
    response = client.post(url(school), form_data(school, website="http://spam.example"))
    assert response.status_code == 200
    assert not Question.objects.exists()


def test_the_throttle_stops_a_flood(client, school):
    limit, _window = throttle.ASKING
    for _ in range(limit):
        assert client.post(url(school), form_data(school)).status_code == 200
    response = client.post(url(school), form_data(school))
    assert response.status_code == 429
    assert Question.objects.count() == limit


def test_only_published_answers_are_listed(client, school, officer):
    public = ask(school, text="คำถามสาธารณะ")
    private = ask(school, text="เรื่องส่วนตัวมาก", private=True, email="a@example.com")
    hidden = ask(school, text="โฆษณาขายของ")
    waiting = ask(school, text="ยังไม่ตอบ")
    for question in (public, private):
        actions.answer_question(question=question, answer="ตอบ", keep_private=False, actor=officer)
    actions.hide_question(question=hidden, reason="สแปม")
    body = client.get(url(school)).content.decode()
    assert "คำถามสาธารณะ" in body
    for text in ("เรื่องส่วนตัวมาก", "โฆษณาขายของ", waiting.text):
        assert text not in body
    assert client.get(url(school)).context["figures"].received == 3  # the hidden one not counted


def test_the_list_costs_the_same_queries_at_one_and_many(
    client, school, officer, django_assert_num_queries
):
    category = actions.ensure_categories(agency=school)[0]
    first = ask(school, category)
    actions.answer_question(question=first, answer="ตอบ", keep_private=False, actor=officer)
    with CaptureQueriesContext(connection) as one:
        client.get(url(school))
    for number in range(30):
        question = ask(school, queries.categories(school)[number % 5], text=f"ถาม {number}")
        actions.answer_question(question=question, answer="ตอบ", keep_private=False, actor=officer)
    with django_assert_num_queries(len(one)):
        response = client.get(url(school))
    assert len(response.context["page"].object_list) == 31


def test_unknown_agency_is_404(client):
    assert client.get("/no-such-school/questions/").status_code == 404
