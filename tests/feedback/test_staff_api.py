"""The staff API of surveys and questions: the same gates as the pages (another agency's
question is 404, a supervisor reads but may not answer, staff see only what is assigned to them
or their unit), the same Thai messages as the answer form."""

import pytest
from django.urls import reverse

from prongsai.agencies.roles import Role
from tests.conftest import login
from tests.factories import member
from tests.feedback.conftest import ask, make_survey, respond

pytestmark = pytest.mark.django_db


def api(name, agency, **kwargs):
    return reverse(f"api:{name}", kwargs={"agency": agency.slug, **kwargs})


def test_surveys_and_their_results(client, school, officer, django_assert_max_num_queries):
    survey = make_survey(school, template="service")
    for score in (5, 4):
        respond(survey, score=score)
    login(client, officer)
    rows = client.get(api("feedback_staff_surveys", school)).json()
    assert [(row["id"], row["responses"], row["state"]) for row in rows] == [(survey.pk, 2, "open")]
    with django_assert_max_num_queries(16):
        found = client.get(api("feedback_staff_survey", school, pk=survey.pk)).json()
    assert found["responses"] == 2
    assert found["overall"]["mean"] == pytest.approx(4.5)
    assert found["overall"]["level"] == "มาก"  # 4.50 is below 4.51
    item = found["parts"][0]["items"][0]
    assert item["rating"]["counts"] == [1, 1, 0, 0, 0]


def test_questions_through_the_pages_gates(client, school, other_school, academic_rule, teacher):
    mine = ask(school, category=academic_rule, text="ถามฝ่ายวิชาการ")
    other = ask(school, text="ถามเรื่องอื่น")
    foreign = ask(other_school, text="โรงเรียนอื่น")
    login(client, teacher)  # staff of the academic unit: sees what is assigned to the unit
    rows = client.get(api("feedback_staff_questions", school)).json()
    assert [row["id"] for row in rows] == [mine.pk]
    assert "email" not in rows[0]  # the asker's contact stays on the page
    assert client.get(api("feedback_staff_question", school, pk=other.pk)).status_code == 404
    assert client.get(api("feedback_staff_question", school, pk=foreign.pk)).status_code == 404
    url = api("feedback_staff_question", school, pk=mine.pk)
    refused = client.post(url, {"answer": " "}, content_type="application/json")
    assert refused.status_code == 400
    assert refused.json()["answer"] == ["โปรดเขียนคำตอบ"]
    done = client.post(url, {"answer": "สอบถามได้ที่ห้องวิชาการ"}, content_type="application/json")
    assert done.status_code == 200
    assert done.json()["status"] == "answered"
    mine.refresh_from_db()
    assert mine.answer == "สอบถามได้ที่ห้องวิชาการ"


def test_a_supervisor_reads_but_does_not_answer(client, school, office):
    question = ask(school)
    supervisor = member(office, Role.SUPERVISOR)
    login(client, supervisor)
    url = api("feedback_staff_question", school, pk=question.pk)
    assert client.get(url).status_code == 200
    response = client.post(url, {"answer": "ตอบ"}, content_type="application/json")
    assert response.status_code == 403
    question.refresh_from_db()
    assert question.answer == ""
