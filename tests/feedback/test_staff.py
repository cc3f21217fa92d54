"""The back office of questions, for each role: the ITA officer and the director handle every
question, an assignee answers theirs, others are refused, another agency gets 404."""

import pytest
from django.urls import reverse

from prongsai.agencies.roles import Role
from prongsai.agencies.todo import OVERDUE, WAITING, Asker
from prongsai.feedback import actions
from prongsai.feedback.models import Category, FeedbackSettings, Question
from prongsai.feedback.todo import questions_todo
from prongsai.feedback.upkeep import send_overdue_reminders
from prongsai.outbox.models import OutboxMessage
from tests.conftest import login
from tests.factories import member
from tests.feedback.conftest import ask

pytestmark = pytest.mark.django_db


def staff_url(agency, name, **kwargs):
    return reverse(f"feedback:{name}", kwargs={"agency": agency.slug, **kwargs})


def test_the_officer_sees_all_and_assigns(client, school, officer, academic, teacher):
    question = ask(school)
    login(client, officer)
    body = client.get(staff_url(school, "staff_list")).content.decode()
    assert staff_url(school, "staff_detail", pk=question.pk) in body
    response = client.post(
        staff_url(school, "staff_assign", pk=question.pk), {"assignee": f"unit:{academic.pk}"}
    )
    assert response.status_code == 302
    question.refresh_from_db()
    assert (question.status, question.assigned_unit) == (Question.Status.ASSIGNED, academic)


def test_the_assignee_answers_and_the_asker_is_mailed(client, school, academic_rule, teacher):
    question = ask(school, academic_rule, email="parent@example.com")
    other = ask(school)
    login(client, teacher)
    body = client.get(staff_url(school, "staff_list")).content.decode()
    assert staff_url(school, "staff_detail", pk=question.pk) in body
    assert staff_url(school, "staff_detail", pk=other.pk) not in body
    assert client.get(staff_url(school, "staff_detail", pk=other.pk)).status_code == 404
    response = client.post(
        staff_url(school, "staff_answer", pk=question.pk), {"answer": "เปิดรับ 1 มีนาคม"}
    )
    assert response.status_code == 302
    question.refresh_from_db()
    assert question.status == Question.Status.ANSWERED
    assert question.answered_by == teacher
    assert OutboxMessage.objects.filter(kind="feedback-answer").count() == 1
    # the assignee may not assign or hide: the officer's acts
    assign = {"assignee": f"user:{teacher.pk}"}
    assert client.post(staff_url(school, "staff_assign", pk=question.pk), assign).status_code == 403
    hide = {"reason": "สแปม"}
    assert client.post(staff_url(school, "staff_hide", pk=question.pk), hide).status_code == 403


def test_an_empty_answer_is_refused_and_kept(client, school, officer):
    question = ask(school)
    login(client, officer)
    response = client.post(staff_url(school, "staff_answer", pk=question.pk), {"answer": " "})
    assert response.status_code == 200
    assert "error-summary" in response.content.decode()
    question.refresh_from_db()
    assert question.status == Question.Status.NEW


def test_the_director_hides_spam_with_a_reason(client, school):
    question = ask(school)
    login(client, member(school, Role.DIRECTOR))
    url = staff_url(school, "staff_hide", pk=question.pk)
    assert "error-summary" in client.post(url, {"reason": ""}).content.decode()
    question.refresh_from_db()
    assert question.status == Question.Status.NEW
    assert client.post(url, {"reason": "โฆษณา"}).status_code == 302
    question.refresh_from_db()
    assert (question.status, question.hidden_reason) == (Question.Status.HIDDEN, "โฆษณา")


def test_the_supervisor_reads_but_does_not_answer(client, school):
    question = ask(school)
    login(client, member(school, Role.SUPERVISOR))
    assert client.get(staff_url(school, "staff_detail", pk=question.pk)).status_code == 200
    answer = {"answer": "ตอบ"}
    assert client.post(staff_url(school, "staff_answer", pk=question.pk), answer).status_code == 403


def test_other_roles_and_agencies_are_refused(client, school, other_school):
    question = ask(school)
    login(client, member(school, Role.ASSET_OFFICER))
    assert client.get(staff_url(school, "staff_list")).status_code == 403
    login(client, member(other_school, Role.ITA_OFFICER))
    response = client.get(staff_url(other_school, "staff_detail", pk=question.pk))
    assert response.status_code == 404


def test_settings_change_the_answer_time_and_the_rules(client, school, officer, academic):
    login(client, officer)
    settings_url = staff_url(school, "staff_settings")
    assert client.get(settings_url).status_code == 200
    assert "error-summary" in client.post(settings_url, {"answer_days": "0"}).content.decode()
    assert not FeedbackSettings.objects.exists()
    assert client.post(settings_url, {"answer_days": "10"}).status_code == 302
    assert FeedbackSettings.objects.get(agency=school).answer_days == 10
    category = Category.objects.get(agency=school, name="งานวิชาการ")
    response = client.post(
        staff_url(school, "staff_category", pk=category.pk),
        {f"c{category.pk}-name": "งานวิชาการ", f"c{category.pk}-assign_unit": academic.pk},
    )
    assert response.status_code == 302
    category.refresh_from_db()
    assert category.assign_unit == academic
    response = client.post(staff_url(school, "staff_category_new"), {"new-name": "งานวิชาการ"})
    assert response.context["new_form"].errors["name"]  # the name is taken
    response = client.post(staff_url(school, "staff_category_new"), {"new-name": "งานกิจการนักเรียน"})
    assert response.status_code == 302
    login(client, member(school, Role.UNIT_HEAD))
    assert client.get(staff_url(school, "staff_settings")).status_code == 403


def test_todo_and_reminders_of_overdue_questions(school, officer, academic_rule, teacher):
    teacher.email = "teacher@example.com"
    teacher.save()
    question = ask(school, academic_rule)
    unassigned = ask(school)
    on_time = Asker(
        user=teacher, agency=school, roles=frozenset({Role.STAFF}), today=question.due_on
    )
    assert [row.group for row in questions_todo(on_time)] == [WAITING]  # the unit's only
    after = Asker(
        user=officer,
        agency=school,
        roles=frozenset({Role.ITA_OFFICER}),
        today=question.due_on.fromordinal(question.due_on.toordinal() + 1),
    )
    rows = questions_todo(after)
    assert [row.group for row in rows] == [OVERDUE, OVERDUE]
    assert {row.url for row in rows} == {
        staff_url(school, "staff_detail", pk=question.pk),
        staff_url(school, "staff_detail", pk=unassigned.pk),
    }
    OutboxMessage.objects.all().delete()
    officer.email = "officer@example.com"
    officer.save()
    assert send_overdue_reminders(today=question.due_on) == 0
    assert send_overdue_reminders(today=after.today) == 2
    recipients = set(OutboxMessage.objects.values_list("recipients", flat=True))
    assert recipients == {"teacher@example.com", "officer@example.com"}


def test_the_list_puts_open_questions_first(client, school, officer):
    answered = ask(school, text="ตอบแล้ว")
    actions.answer_question(question=answered, answer="ตอบ", keep_private=False, actor=officer)
    hidden = actions.hide_question(question=ask(school, text="สแปม"), reason="สแปม")
    waiting = ask(school, text="รอคำตอบ")
    login(client, officer)
    rows = client.get(staff_url(school, "staff_list")).context["rows"]
    assert [row.pk for row in rows] == [waiting.pk, answered.pk, hidden.pk]
