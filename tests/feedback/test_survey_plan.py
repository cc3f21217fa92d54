"""The improvement plan from a survey's suggestions: actions linked to the suggestion groups,
an owner and a due date in the next fiscal year, progress; public with the report."""

from datetime import date

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from prongsai.agencies.roles import Role
from prongsai.feedback import plan_actions, plan_queries
from prongsai.feedback.survey_themes import refresh_themes
from tests.conftest import login
from tests.factories import member
from tests.feedback.conftest import make_survey, respond

pytestmark = pytest.mark.django_db


def url(name, survey, **kwargs):
    return reverse(
        f"feedback:{name}", kwargs={"agency": survey.agency.slug, "pk": survey.pk, **kwargs}
    )


@pytest.fixture
def closed(school):
    """The 2566 survey (closed in fiscal year 2566: its plan is for 2567), with suggestions."""
    survey = make_survey(school, opens_on=date(2023, 1, 9), closes_on=date(2023, 2, 28))
    for text in ("ขอให้ปรับปรุงห้องน้ำ", "ห้องน้ำสกปรก", "ที่จอดรถไม่พอ", "ขอที่จอดรถเพิ่ม"):
        respond(survey, text=text, paper=True)
    refresh_themes()
    return survey


def add(survey, unit=None, **fields):
    data = {
        "title": "ปรับปรุงห้องน้ำนักเรียน",
        "detail": "",
        "themes": ["ห้องน้ำ"],
        "unit": unit,
        "owner": "ครูเวร",
        "due_on": date(2024, 3, 31),
        **fields,
    }
    return plan_actions.save_action(survey=survey, action=None, **data)


def test_the_plan_is_for_the_next_fiscal_year(closed):
    assert plan_actions.plan_year(closed) == 2567
    with pytest.raises(ValidationError) as refused:
        add(closed, due_on=date(2024, 10, 1))  # fiscal year 2568
    assert "2567" in refused.value.message_dict["due_on"][0]
    with pytest.raises(ValidationError) as refused:
        add(closed, owner=" ")
    assert "owner" in refused.value.message_dict


def test_progress_done_is_100_percent_and_the_newest_update_is_the_state(closed):
    action = add(closed)
    row = plan_queries.plan(closed)[0]
    assert (row.status, row.percent) == ("planned", 0)
    assert row.themes == [("ห้องน้ำ", 2)]  # the group and its number of suggestions
    plan_actions.record_progress(
        action=action,
        recorded_on=date(2023, 11, 1),
        status="doing",
        percent=40,
        note="สั่งซื้อ",
        by=None,
    )
    plan_actions.record_progress(
        action=action, recorded_on=date(2024, 1, 5), status="done", percent=10, note="เสร็จ", by=None
    )
    row = plan_queries.plan(closed)[0]
    assert (row.status, row.percent, row.latest.note) == ("done", 100, "เสร็จ")
    with pytest.raises(ValidationError):
        plan_actions.record_progress(
            action=action,
            recorded_on=date(2024, 1, 5),
            status="planned",
            percent=5,
            note="x",
            by=None,
        )


def test_the_officer_builds_the_plan_from_the_suggestion_groups(client, closed, officer):
    login(client, officer)
    page = client.get(url("survey_plan", closed))
    assert page.status_code == 200
    assert "“ห้องน้ำ” (2)" in page.text  # the groups offered, with their size
    bad = client.post(
        url("survey_plan_new", closed),
        {"title": "จัดที่จอดรถ", "themes": ["ที่จอดรถ"], "owner": "", "due_on": "31/13/2567"},
    )
    assert bad.status_code == 200
    assert "จัดที่จอดรถ" in bad.text  # nothing typed is lost
    assert "วัน/เดือน/ปี" in bad.text or "ไม่มีวันที่" in bad.text or "พ.ศ." in bad.text
    good = client.post(
        url("survey_plan_new", closed),
        {"title": "จัดที่จอดรถ", "themes": ["ที่จอดรถ"], "owner": "ครูเวรจราจร", "due_on": "๓๑/๑/๒๕๖๗"},
    )
    action = closed.plan_actions.get()
    assert good.url == url("survey_plan_action", closed, aid=action.pk)
    assert action.themes == ["ที่จอดรถ"]
    assert action.due_on == date(2024, 1, 31)


def test_a_unit_member_records_progress_others_may_only_look(client, closed, academic, teacher):
    action = add(closed, unit=academic)
    data = {"recorded_on": "1/12/2566", "status": "doing", "percent": "๕๐", "note": "ซ่อมแล้วสองห้อง"}
    login(client, teacher)
    future = {**data, "recorded_on": "1/1/2600"}
    refused = client.post(url("survey_plan_progress", closed, aid=action.pk), future)
    assert refused.status_code == 200
    assert "วันนี้หรือวันก่อนหน้า" in refused.text
    assert "ซ่อมแล้วสองห้อง" in refused.text  # nothing typed is lost
    assert (
        client.post(url("survey_plan_action", closed, aid=action.pk), {"title": "x"}).status_code
        == 403
    )
    done = client.post(url("survey_plan_progress", closed, aid=action.pk), data)
    assert done.status_code == 302
    assert action.progress.get().percent == 50
    outsider = member(closed.agency, Role.STAFF)
    login(client, outsider)
    assert client.get(url("survey_plan_action", closed, aid=action.pk)).status_code == 200
    assert client.post(url("survey_plan_progress", closed, aid=action.pk), data).status_code == 403
    page = client.get(url("survey_plan_action", closed, aid=action.pk))
    assert "survey_plan_progress" not in page.text
    assert "progress/" not in page.text


def test_the_plan_is_public_with_the_report(client, closed, django_assert_max_num_queries):
    report = client.get(url("survey_results", closed))
    assert "plan/" not in report.text  # no plan yet: no link
    action = add(closed)
    add(closed, title="จัดที่จอดรถ", themes=["ที่จอดรถ"])
    plan_actions.record_progress(
        action=action,
        recorded_on=date(2024, 1, 5),
        status="doing",
        percent=30,
        note="สั่งซื้อวัสดุแล้ว",
        by=None,
    )
    report = client.get(url("survey_results", closed))
    assert url("survey_plan_public", closed) in report.text
    listed = client.get(
        reverse("feedback:survey_public_list", kwargs={"agency": closed.agency.slug})
    )
    assert url("survey_plan_public", closed) in listed.text  # the past surveys link their plan
    with django_assert_max_num_queries(12):
        page = client.get(url("survey_plan_public", closed))
    assert page.status_code == 200
    assert f"<h1>แผนพัฒนาปรับปรุงการให้บริการ ตามผล{closed.title}</h1>" in page.text
    assert "ปรับปรุงห้องน้ำนักเรียน" in page.text
    assert "สั่งซื้อวัสดุแล้ว" in page.text
    assert "2567" in page.text


def test_an_open_surveys_plan_is_not_public_yet(client, school):
    survey = make_survey(school)
    page = client.get(url("survey_plan_public", survey))
    assert page.status_code == 200
    assert "ปรับปรุงห้องน้ำ" not in page.text
