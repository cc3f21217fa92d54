"""Answering a survey without login: the notice first, required answers checked at the question
with nothing lost, one browser answers once, the rate limit, closed and not-yet-open surveys,
paper answers typed in by staff."""

from datetime import date

import pytest
from django.urls import reverse

from prongsai.feedback import survey_queries, throttle
from prongsai.feedback.models import Survey, SurveyAnswer, SurveyResponse
from tests.conftest import login
from tests.feedback.conftest import make_survey, respond

pytestmark = pytest.mark.django_db


def url(survey):
    return reverse("feedback:survey_public", kwargs={"agency": survey.agency.slug, "pk": survey.pk})


def full_answers(survey, score="4"):
    data = {"group": "ผู้ปกครอง"}
    for question in survey_queries.questions(survey_queries.sections(survey)):
        data[f"q{question.pk}"] = score if question.kind == "rating" else "ห้องน้ำควรสะอาดกว่านี้"
    return data


def test_the_notice_comes_before_the_first_question(client, school):
    survey = make_survey(school)
    body = client.get(url(survey), HTTP_ACCEPT_LANGUAGE="th").content.decode()
    first_question = survey.sections.first().questions.first()
    assert 'id="notice-title"' in body
    assert body.index('id="notice-title"') < body.index(first_question.text)
    assert "โรงเรียนของเรา" in body


def test_a_missing_required_answer_is_told_at_the_question_and_nothing_is_lost(client, school):
    survey = make_survey(school)
    data = full_answers(survey)
    first = survey.sections.first().questions.first()
    del data[f"q{first.pk}"]
    response = client.post(url(survey), data, HTTP_ACCEPT_LANGUAGE="th")
    assert response.status_code == 200
    assert not SurveyResponse.objects.exists()
    form = response.context["form"]
    assert list(form.errors) == [f"q{first.pk}"]
    assert form.errors[f"q{first.pk}"] == ["กรุณาตอบข้อนี้"]
    body = response.content.decode()
    # The summary at the top names the question and links to it (a phone is at the top).
    summary = body.split('class="error-summary-list"', 1)[1].split("</ul>", 1)[0]
    assert f'href="#id_q{first.pk}_0"' in summary
    assert first.text in summary
    assert "ห้องน้ำควรสะอาดกว่านี้" in body  # the text typed is kept
    second = survey.sections.first().questions.all()[1]
    assert f'name="q{second.pk}" value="4"' in body
    assert "checked" in body


def test_one_browser_answers_once(client, school):
    survey = make_survey(school)
    response = client.post(url(survey), full_answers(survey))
    assert response.status_code == 200
    assert not response.context["again"]
    answer = SurveyResponse.objects.get()
    assert answer.group == "ผู้ปกครอง"
    assert not answer.paper
    assert SurveyAnswer.objects.filter(response=answer, rating=4).count() == 14
    assert SurveyAnswer.objects.get(response=answer, rating=None).text == "ห้องน้ำควรสะอาดกว่านี้"
    again = client.post(url(survey), full_answers(survey))
    assert again.context["again"]
    assert client.get(url(survey)).context["again"]
    assert SurveyResponse.objects.count() == 1
    other = make_survey(school)  # another survey is another question
    assert "form" in client.get(url(other)).context


def test_a_forged_cookie_is_ignored(client, school):
    survey = make_survey(school)
    client.cookies[f"survey{survey.pk}"] = str(survey.pk)
    assert "form" in client.get(url(survey)).context


def test_the_rate_limit_answers_politely(client, school, monkeypatch):
    assert throttle.ANSWERING[0] >= 100  # a class in a computer room shares one address
    monkeypatch.setattr(throttle, "ANSWERING", (3, 3600))
    survey = make_survey(school)
    for _ in range(3):
        client.__class__().post(url(survey), full_answers(survey))  # three browsers
    response = client.post(url(survey), full_answers(survey))
    assert response.status_code == 429
    assert SurveyResponse.objects.count() == 3


def test_closed_and_not_yet_open_surveys_say_so(client, school):
    soon = make_survey(school, opens_on=date(2031, 1, 1), closes_on=date(2031, 2, 1))
    over = make_survey(school, opens_on=date(2020, 1, 1), closes_on=date(2020, 2, 1))
    assert client.get(url(soon)).context["state"] == "soon"
    response = client.post(url(over), full_answers(over))
    assert response.context["state"] == "closed"
    assert not SurveyResponse.objects.exists()


def test_the_honeypot_records_nothing(client, school):
    survey = make_survey(school)
    response = client.post(url(survey), {**full_answers(survey), "website": "http://spam"})
    assert response.status_code == 200
    assert not SurveyResponse.objects.exists()


def test_staff_type_in_paper_answers_marked_as_such(client, school, teacher):
    survey = make_survey(school, opens_on=date(2020, 1, 1), closes_on=date(2020, 2, 1))
    login(client, teacher)
    paper_url = reverse("feedback:survey_paper", kwargs={"agency": school.slug, "pk": survey.pk})
    response = client.post(paper_url, full_answers(survey, score="5"))
    assert response.status_code == 302
    answer = SurveyResponse.objects.get()
    assert answer.paper
    assert answer.entered_by == teacher
    response = client.post(paper_url, {"group": "ผู้ปกครอง"})
    assert response.status_code == 200
    assert response.context["form"].errors


def test_the_public_list_shows_open_surveys_and_past_results(client, school):
    open_one = make_survey(school, title="เปิดอยู่")
    past = make_survey(school, opens_on=date(2020, 1, 1), closes_on=date(2030, 2, 1))
    respond(past, score=5)
    respond(past, score=4)
    Survey.objects.filter(pk=past.pk).update(title="ปิดแล้ว", closes_on=date(2020, 2, 1))
    make_survey(school, title="ปิดแล้วไม่มีผู้ตอบ", opens_on=date(2020, 1, 1), closes_on=date(2020, 2, 1))
    url = reverse("feedback:survey_public_list", kwargs={"agency": school.slug})
    response = client.get(url, HTTP_ACCEPT_LANGUAGE="th")
    assert list(response.context["rows"]) == [open_one]
    assert [survey.title for survey in response.context["closed"]] == ["ปิดแล้ว"]
    body = response.content.decode()
    assert "4.50" in body
    assert "มีผู้ตอบ 2 คน" in body
