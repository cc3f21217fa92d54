"""Suggestions grouped by the words that recur (PyThaiNLP), computed by the job, never in a
request; recomputed only when the answers changed."""

import pytest
from django.urls import reverse

from prongsai.feedback import survey_queries
from prongsai.feedback.models import SurveyThemes
from prongsai.feedback.survey_themes import group_texts, refresh_themes, words
from tests.conftest import login
from tests.feedback.conftest import make_survey, respond

pytestmark = pytest.mark.django_db

TEXTS = [
    (1, "อยากให้ปรับปรุงห้องน้ำนักเรียนให้สะอาดกว่านี้"),
    (2, "ห้องน้ำควรมีน้ำใช้ตลอดเวลา"),
    (3, "ที่จอดรถผู้ปกครองไม่เพียงพอในช่วงเช้า"),
    (4, "ขอให้จัดที่จอดรถให้เป็นระเบียบ"),
    (5, "ห้องน้ำชั้นสองชำรุด"),
    (6, "ครูใจดีมาก"),
]


def test_words_leave_out_stop_words():
    assert "ห้องน้ำ" in words("อยากให้ปรับปรุงห้องน้ำนักเรียน")
    assert not words("อยากให้ปรับปรุง") & {"อยากให้", "ปรับปรุง", "ให้"}


def test_answers_are_grouped_by_the_word_in_most_answers():
    groups = group_texts(TEXTS)
    assert groups[0] == {"word": "ห้องน้ำ", "count": 3, "ids": [5, 2, 1]}
    assert groups[1] == {"word": "ที่จอดรถ", "count": 2, "ids": [4, 3]}
    assert groups[-1]["word"] == ""  # the rest
    assert 6 in groups[-1]["ids"]


def test_the_job_computes_once_and_again_after_new_answers(school, django_assert_max_num_queries):
    survey = make_survey(school)
    respond(survey, text="ห้องน้ำไม่สะอาด")
    respond(survey, text="ห้องน้ำชำรุด")
    assert refresh_themes() == 1
    assert refresh_themes() == 0  # nothing changed
    stored = SurveyThemes.objects.get(survey=survey)
    assert stored.groups[0]["word"] == "ห้องน้ำ"
    respond(survey, text="ที่จอดรถไม่พอ")
    assert refresh_themes() == 1
    with django_assert_max_num_queries(2):
        _stored, themes = survey_queries.themes(survey)
    assert themes[0].texts == ["ห้องน้ำชำรุด", "ห้องน้ำไม่สะอาด"]


def test_the_analysis_page_shows_the_groups_without_computing(client, school, officer):
    survey = make_survey(school)
    respond(survey, text="ห้องน้ำไม่สะอาด")
    login(client, officer)
    url = reverse("feedback:survey_detail", kwargs={"agency": school.slug, "pk": survey.pk})
    assert client.get(url).context["themes"] == []  # not yet: the job has not run
    respond(survey, text="ห้องน้ำชำรุด")
    refresh_themes()
    assert "ห้องน้ำ" in client.get(url).content.decode()
