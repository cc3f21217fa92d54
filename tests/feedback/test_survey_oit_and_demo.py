"""The satisfaction report answers the OIT item (O17 of 2566) for many agencies in one query;
the public report page; the public menu link while a survey is open; the demo surveys."""

from datetime import date, timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from prongsai.agencies.evidence import key_for_title
from prongsai.feedback import plan_queries, survey_queries
from prongsai.feedback.models import Survey, SurveyResponse
from prongsai.feedback.oit_evidence import satisfaction_report
from prongsai.feedback.survey_demo import FINISHED_TITLE, load_surveys
from prongsai.feedback.survey_themes import refresh_themes
from tests.factories import AgencyFactory
from tests.feedback.conftest import make_survey, respond

pytestmark = pytest.mark.django_db


def test_the_oit_titles_find_the_satisfaction_report():
    assert key_for_title("รายงานผลการสำรวจความพึงพอใจการให้บริการ") == "satisfaction_report"


def test_the_report_evidence_for_many_agencies_in_one_query(
    school, other_school, django_assert_num_queries
):
    quiet = AgencyFactory(slug="quiet-school")
    older = make_survey(school, opens_on=date(2022, 6, 1), closes_on=date(2022, 6, 30))
    newer = make_survey(school, opens_on=date(2023, 1, 9), closes_on=date(2023, 2, 28))
    for survey in (older, newer):
        SurveyResponse.objects.create(survey=survey, created_at=timezone.now())
    make_survey(other_school, opens_on=date(2023, 1, 9), closes_on=date(2023, 2, 28))  # no answer
    with django_assert_num_queries(1):
        found = satisfaction_report([school, other_school, quiet], 2566)
    assert set(found) == {school.pk}
    assert found[school.pk].url == reverse(
        "feedback:survey_results", kwargs={"agency": school.slug, "pk": newer.pk}
    )
    assert found[school.pk].dated_on == date(2023, 2, 28)
    assert set(satisfaction_report([school], 2567)) == {school.pk}  # the previous year's report
    assert satisfaction_report([school], 2565)[school.pk].dated_on == date(2022, 6, 30)
    assert satisfaction_report([school], 2569) == {}


def test_the_public_report_of_a_closed_survey(client, school):
    survey = make_survey(school, opens_on=date(2023, 1, 9), closes_on=date(2023, 2, 28))
    survey.opens_on = date(2020, 1, 1)
    survey.save()
    survey.closes_on = timezone.localdate() + timedelta(days=1)
    survey.save()
    respond(survey, score=5, text="ห้องน้ำสะอาด")
    respond(survey, score=3, group="นักเรียน")
    url = reverse("feedback:survey_results", kwargs={"agency": school.slug, "pk": survey.pk})
    assert client.get(url).context["results_later"]  # still open: no report yet
    Survey.objects.filter(pk=survey.pk).update(closes_on=date(2023, 2, 28))
    refresh_themes()  # the job groups the suggestions
    body = client.get(url).content.decode()
    assert "4.00" in body  # the overall mean
    assert "ห้องน้ำสะอาด" in body
    assert "4.51–5.00" in body
    Survey.objects.filter(pk=survey.pk).update(
        conclusion="ผู้ปกครองพึงพอใจมาก", recommendations="ปรับปรุงห้องน้ำภายในปีงบประมาณหน้า"
    )
    body = client.get(url).content.decode()
    assert "ผู้ปกครองพึงพอใจมาก" in body
    assert "ปรับปรุงห้องน้ำภายในปีงบประมาณหน้า" in body


def test_the_demo_surveys(school):
    lines = []
    load_surveys(school, lines.append)
    finished = Survey.objects.get(agency=school, title=FINISHED_TITLE)
    assert finished.responses.count() == 300
    assert finished.responses.filter(paper=True).count() == 40
    assert finished.state(timezone.localdate()) == "closed"
    results = survey_queries.results(finished)
    assert 3.5 < results.overall.mean < 4.8
    assert len(results.groups) == 4
    texts = results.sections[-1].questions[0].texts
    assert texts
    _stored, themes = survey_queries.themes(finished)  # grouped when the demo loads
    assert {"ห้องน้ำ", "ที่จอดรถ"} <= {theme.word for theme in themes}
    plan = plan_queries.plan(finished)  # the improvement plan of 2567, in every state
    assert {row.status for row in plan} == {"done", "doing", "planned"}
    assert all(row.themes and row.themes[0][1] > 0 for row in plan)  # each answers a group
    running = Survey.objects.exclude(pk=finished.pk).get(agency=school)
    assert running.state(timezone.localdate()) == "open"
    assert satisfaction_report([school], 2566)[school.pk].title == FINISHED_TITLE
    load_surveys(school, lines.append)  # once
    assert Survey.objects.filter(agency=school).count() == 2


def test_the_public_menu_shows_surveys_while_one_is_open(client, school):
    home = reverse("feedback:survey_public_list", kwargs={"agency": school.slug})
    page = reverse("feedback:public", kwargs={"agency": school.slug})
    assert home not in client.get(page).content.decode()
    make_survey(school)
    assert home in client.get(page).content.decode()


def test_the_report_pdf_is_printed_off_the_request(client, school):
    from prongsai.printing.models import PrintedDocument

    survey = make_survey(school, opens_on=date(2023, 1, 9), closes_on=date(2023, 2, 28))
    Survey.objects.filter(pk=survey.pk).update(closes_on=date(2023, 2, 28))
    SurveyResponse.objects.create(survey=survey, created_at=timezone.now())
    url = reverse("feedback:survey_report_pdf", kwargs={"agency": school.slug, "pk": survey.pk})
    response = client.get(url)
    assert response.status_code == 503  # being prepared: the print job does it
    document = PrintedDocument.objects.get(group=f"feedback/survey-report/{survey.pk}")
    assert "ประชากรและกลุ่มตัวอย่าง" in document.html
    assert "แผนพัฒนาปรับปรุง" not in document.html  # no plan yet
    from prongsai.feedback import plan_actions

    plan_actions.save_action(
        survey=survey,
        action=None,
        title="ทาสีห้องน้ำใหม่",
        detail="",
        themes=[],
        unit=None,
        owner="ครูเวร",
        due_on=date(2024, 3, 31),
    )
    client.get(url)  # a new print: the plan follows the report
    newest = PrintedDocument.objects.filter(group=f"feedback/survey-report/{survey.pk}")
    assert "ทาสีห้องน้ำใหม่" in newest.order_by("-pk").first().html
    open_survey = make_survey(school)
    closed_only = reverse(
        "feedback:survey_report_pdf", kwargs={"agency": school.slug, "pk": open_survey.pk}
    )
    assert client.get(closed_only).status_code == 404
