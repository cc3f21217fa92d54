"""Building a survey: from the shipped templates, by the roles allowed (a unit head for their
unit), questions frozen once answered (with a copy offered), bad input at the field."""

from datetime import date

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from prongsai.agencies.roles import Role
from prongsai.feedback import survey_actions
from prongsai.feedback.models import Survey, SurveyQuestion
from tests.conftest import login
from tests.factories import UnitFactory, member
from tests.feedback.conftest import make_survey, respond

pytestmark = pytest.mark.django_db


def url(name, survey=None, **kwargs):
    if survey is not None:
        kwargs = {"agency": survey.agency.slug, "pk": survey.pk, **kwargs}
    return reverse(f"feedback:{name}", kwargs=kwargs)


def test_the_school_template_has_the_four_work_areas_and_a_suggestions_box(school):
    survey = make_survey(school)
    sections = list(survey.sections.all())
    assert [section.title for section in sections][:4] == [
        "ด้านการบริหารวิชาการ",
        "ด้านการบริหารงบประมาณ",
        "ด้านการบริหารงานบุคคล",
        "ด้านการบริหารทั่วไป",
    ]
    last = sections[-1].questions.get()
    assert last.kind == SurveyQuestion.Kind.LONG
    assert not last.required
    assert "ผู้ปกครอง" in survey.group_list
    assert survey.title == "แบบสำรวจความพึงพอใจต่อการบริหารจัดการสถานศึกษา"


def test_the_officer_creates_a_survey_from_a_template(client, school, officer):
    login(client, officer)
    data = {"template": "service", "title": "", "opens_on": "01/06/2569", "closes_on": "30/06/2569"}
    response = client.post(url("survey_new", agency=school.slug), data)
    survey = Survey.objects.get()
    assert response.status_code == 302
    assert response["Location"] == url("survey_edit", survey)
    assert survey.opens_on == date(2026, 6, 1)
    assert survey.sections.count() == 5


def test_bad_dates_are_told_at_the_field(client, school, officer):
    login(client, officer)
    data = {"template": "school", "opens_on": "30/06/2569", "closes_on": "01/06/2569"}
    response = client.post(url("survey_new", agency=school.slug), data, HTTP_ACCEPT_LANGUAGE="th")
    assert response.status_code == 200
    assert response.context["new_form"].errors["closes_on"]
    assert not Survey.objects.exists()


def test_a_unit_head_builds_only_for_their_unit(client, school, academic):
    head = member(school, Role.UNIT_HEAD)
    head.memberships.update(unit=academic)
    other = make_survey(school, unit=UnitFactory(agency=school, name_th="ฝ่ายงบประมาณ"))
    own = make_survey(school, unit=academic)
    login(client, head)
    assert client.get(url("survey_edit", other)).status_code == 404
    assert client.get(url("survey_edit", own)).status_code == 200
    data = {"template": "school", "opens_on": "01/06/2569", "closes_on": "30/06/2569"}
    response = client.post(url("survey_new", agency=school.slug), data)
    assert response.status_code == 200  # the unit is required for a unit head
    assert response.context["new_form"].errors["unit"]
    data["unit"] = academic.pk
    assert client.post(url("survey_new", agency=school.slug), data).status_code == 302


def test_staff_of_the_unit_read_but_do_not_edit(client, school, teacher, academic):
    survey = make_survey(school, unit=academic)
    login(client, teacher)
    assert client.get(url("survey_detail", survey)).status_code == 200
    assert client.get(url("survey_edit", survey)).status_code == 403


def test_questions_are_added_and_checked(client, school, officer):
    survey = make_survey(school, template="")
    section = survey_actions.add_section(survey=survey, title="ทั่วไป")
    login(client, officer)
    bad = {"new-section": section.pk, "new-text": "ท่านมาจากช่องทางใด", "new-kind": "single"}
    response = client.post(url("survey_question_new", survey), {**bad, "new-choices": "เว็บไซต์"})
    assert response.status_code == 200
    assert response.context["new_question_form"].errors["choices"]
    good = {**bad, "new-choices": "เว็บไซต์\nเพื่อนบอก\n", "new-required": "on"}
    assert client.post(url("survey_question_new", survey), good).status_code == 302
    question = SurveyQuestion.objects.get(section=section)
    assert question.choice_list == ["เว็บไซต์", "เพื่อนบอก"]
    assert question.required


def test_questions_freeze_at_the_first_answer_and_a_copy_is_offered(client, school, officer):
    survey = make_survey(school)
    respond(survey)
    question = survey.sections.first().questions.first()
    with pytest.raises(ValidationError):
        survey_actions.save_question(
            section=question.section,
            question=question,
            text="ใหม่",
            kind="rating",
            required=True,
            choices="",
        )
    login(client, officer)
    data = {
        f"q{question.pk}-section": question.section_id,
        f"q{question.pk}-text": "ข้อใหม่",
        f"q{question.pk}-kind": "rating",
    }
    response = client.post(url("survey_question", survey, qid=question.pk), data, follow=True)
    question.refresh_from_db()
    assert question.text != "ข้อใหม่"
    assert "copy" in response.content.decode().lower() or "สำเนา" in response.content.decode()
    response = client.post(url("survey_copy", survey))
    copy = Survey.objects.exclude(pk=survey.pk).get()
    assert response["Location"] == url("survey_edit", copy)
    assert copy.copied_from == survey
    assert SurveyQuestion.objects.filter(section__survey=copy).count() == 15
    assert not copy.responses.exists()


def test_settings_change_after_answers_and_the_population_reads_thai_digits(
    client, school, officer
):
    survey = make_survey(school)
    respond(survey)
    login(client, officer)
    data = {
        "title": "สำรวจ ๒๕๖๙",
        "opens_on": "01/01/2569",
        "closes_on": "31/12/2573",
        "groups": "ผู้ปกครอง\n\nนักเรียน",
        "bands": "equal",
        "population": "๘๕๐ คน",
        "method": "krejcie",
        "conclusion": "พึงพอใจมาก",
    }
    assert client.post(url("survey_edit", survey), data).status_code == 302
    survey.refresh_from_db()
    assert survey.population == 850
    assert survey.bands == "equal"
    assert survey.group_list == ["ผู้ปกครอง", "นักเรียน"]
    assert survey.conclusion == "พึงพอใจมาก"
    response = client.post(url("survey_edit", survey), {**data, "population": "หลายคน"})
    assert response.context["settings_form"].errors["population"]


def test_a_unit_head_may_not_edit_an_agency_wide_survey(client, school, academic):
    head = member(school, Role.UNIT_HEAD)
    head.memberships.update(unit=academic)
    survey = make_survey(school)
    login(client, head)
    page = client.get(url("survey_detail", survey))
    assert page.status_code == 200
    assert url("survey_edit", survey) not in page.content.decode()  # no link that would refuse
    assert client.get(url("survey_edit", survey)).status_code == 403
