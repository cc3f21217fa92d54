"""The live analysis: per item and section n, mean, S.D., distribution, level, % satisfied, by
respondent group; choices counted per person; the sample target and progress; a bounded number
of queries at 1 answer and at many."""

import pytest
from django.urls import reverse
from django.utils import translation

from prongsai.feedback import survey_actions, survey_queries
from tests.conftest import login
from tests.feedback.conftest import make_survey, respond

pytestmark = pytest.mark.django_db


def test_results_by_hand(school):
    survey = make_survey(school, template="service")
    for score, group in ((5, "ผู้ปกครอง"), (5, "ผู้ปกครอง"), (4, "นักเรียน"), (3, "นักเรียน")):
        respond(survey, group=group, score=score, text="ขอที่จอดรถ" if score == 3 else "")
    results = survey_queries.results(survey)
    assert results.responses == 4
    first = results.sections[0].questions[0]
    assert first.rating.n == 4
    assert first.rating.mean == pytest.approx(4.25)
    assert first.rating.sd == pytest.approx(0.9574, abs=1e-4)
    assert first.rating.satisfied == pytest.approx(75.0)
    assert first.rating.counts == (2, 1, 1, 0, 0)
    parents = dict(first.by_group)["ผู้ปกครอง"]
    assert parents.n == 2
    assert parents.mean == 5.0
    section = results.sections[0].rating
    assert section.n == 12
    assert section.mean == pytest.approx(4.25)
    assert results.groups == [("ผู้ปกครอง", 2, 50.0), ("นักเรียน", 2, 50.0)]
    assert results.sections[-1].rating is None  # the suggestions part has no rating
    assert results.sections[-1].questions[0].texts == ["ขอที่จอดรถ"]
    assert [item.question.pk for item in results.ranked()][:1]


def test_choices_count_people_and_percent(school):
    survey = make_survey(school, template="")
    section = survey_actions.add_section(survey=survey, title="ทั่วไป")
    channel = survey_actions.save_question(
        section=section,
        question=None,
        text="ทราบข่าวจากช่องทางใด",
        kind="multiple",
        required=True,
        choices="เว็บไซต์\nเฟซบุ๊ก\nครู",
    )
    questions = [channel]
    for chosen in (["0", "1"], ["1"]):
        survey_actions.submit_response(
            survey=survey,
            questions=questions,
            given=survey_actions.Given(group="", answers={channel.pk: chosen}),
        )
    item = survey_queries.results(survey).sections[0].questions[0]
    assert item.answered == 2
    assert item.choices == [("เว็บไซต์", 1, 50.0), ("เฟซบุ๊ก", 2, 100.0), ("ครู", 0, 0.0)]


def test_target_sample_and_progress(school):
    survey = make_survey(school, population=300)
    for _ in range(3):
        respond(survey)
    results = survey_queries.results(survey)
    assert results.target == 169  # Krejcie–Morgan
    assert results.progress == pytest.approx(300 / 169)
    survey.method = "yamane"
    assert survey_queries.results(survey).target == 172  # 300 / 1.75 = 171.4


def test_results_take_the_same_queries_at_one_answer_and_many(
    school, django_assert_max_num_queries
):
    survey = make_survey(school)
    respond(survey, text="ดี")
    with django_assert_max_num_queries(8):
        survey_queries.results(survey)
    for index in range(40):
        respond(survey, group="นักเรียน" if index % 2 else "ชุมชน", score=1 + index % 5, text="ดี")
    with django_assert_max_num_queries(8):
        results = survey_queries.results(survey)
    assert results.responses == 41


def test_the_analysis_page_in_thai(client, school, officer, django_assert_max_num_queries):
    survey = make_survey(school, bands="equal")
    respond(survey, score=5)
    respond(survey, score=4, group="นักเรียน")
    login(client, officer)
    page = reverse("feedback:survey_detail", kwargs={"agency": school.slug, "pk": survey.pk})
    with translation.override("th"):
        body = client.get(page, HTTP_ACCEPT_LANGUAGE="th").content.decode()
    assert "4.50" in body
    assert "มากที่สุด" in body
    assert "4.21–5.00 มากที่สุด" in body
    for _ in range(20):
        respond(survey, score=3)
    with django_assert_max_num_queries(30):
        client.get(page)
