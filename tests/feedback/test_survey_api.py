"""The surveys' public API: read the questions, send a response with the web form's checks."""

from datetime import date

import pytest
from django.urls import reverse

from prongsai.feedback import survey_queries
from prongsai.feedback.models import SurveyResponse
from tests.feedback.conftest import make_survey

pytestmark = pytest.mark.django_db


def urls(survey):
    kwargs = {"agency": survey.agency.slug, "pk": survey.pk}
    return reverse("api:survey_detail", kwargs=kwargs), reverse(
        "api:survey_responses", kwargs=kwargs
    )


def test_read_the_questions_and_answer(client, school):
    survey = make_survey(school, template="service")
    detail, responses = urls(survey)
    body = client.get(detail).json()
    assert body["state"] == "open"
    assert body["groups"][0] == "ผู้ปกครอง"
    questions = [q for section in body["sections"] for q in section["questions"]]
    answers = {str(q["id"]): 4 for q in questions if q["kind"] == "rating"}
    missing = client.post(
        responses, {"group": "ผู้ปกครอง", "answers": {}}, content_type="application/json"
    )
    assert missing.status_code == 400
    assert missing.json()[f"q{questions[0]['id']}"] == ["กรุณาตอบข้อนี้"]
    sent = client.post(
        responses,
        {"group": "ผู้ปกครอง", "answers": {**answers, str(questions[-1]["id"]): "ดีมาก"}},
        content_type="application/json",
    )
    assert sent.status_code == 201
    response = SurveyResponse.objects.get(pk=sent.json()["id"])
    assert response.answers.filter(rating=4).count() == len(answers)
    assert survey_queries.results(survey).responses == 1


def test_a_closed_survey_refuses_politely(client, school):
    survey = make_survey(school, opens_on=date(2020, 1, 1), closes_on=date(2020, 2, 1))
    _detail, responses = urls(survey)
    refused = client.post(responses, {"answers": {}}, content_type="application/json")
    assert refused.status_code == 409
    assert refused.json()["detail"] == "แบบสำรวจนี้ไม่ได้เปิดรับคำตอบในขณะนี้"


def test_nonsense_is_a_400_never_a_500(client, school):
    survey = make_survey(school)
    _detail, responses = urls(survey)
    for body in (
        {"answers": {"x": {"a": 1}}},
        {"answers": []},
        {"group": 5, "answers": {"1": [[]]}},
    ):
        assert client.post(responses, body, content_type="application/json").status_code == 400
