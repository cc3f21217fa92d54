"""The rules of questions: assignment by category, the working-day deadline, private and hidden
questions never public, the answer mailed only to an asker who left an address."""

from datetime import UTC, date, datetime

import pytest
from django.core.exceptions import ValidationError

from prongsai.feedback import actions, queries
from prongsai.feedback.models import Question
from prongsai.feedback.upkeep import erase_old_contacts
from prongsai.feedback.workdays import add_working_days, working_days_between
from prongsai.outbox.models import OutboxMessage
from tests.feedback.conftest import ask

pytestmark = pytest.mark.django_db
FRIDAY = date(2026, 11, 27)


def test_working_days_skip_the_weekend_and_the_holidays():
    assert add_working_days(FRIDAY, 1) == date(2026, 11, 30)  # Monday
    # 5 December 2569 is a Saturday: Monday the 7th is its substitute day, not a working day
    assert add_working_days(FRIDAY, 7) == date(2026, 12, 9)
    assert add_working_days(date(2026, 11, 28), 1) == date(2026, 11, 30)  # from a Saturday
    assert working_days_between(FRIDAY, FRIDAY) == 0
    assert working_days_between(FRIDAY, date(2026, 11, 30)) == 1
    assert working_days_between(FRIDAY, date(2026, 12, 9)) == 7
    assert working_days_between(date(2026, 11, 2), date(2026, 11, 30)) == 20


def test_a_holiday_the_administrator_adds_moves_the_deadline():
    from prongsai.workdays.models import Holiday

    assert add_working_days(FRIDAY, 1) == date(2026, 11, 30)
    Holiday.objects.create(date=date(2026, 11, 30), name_th="วันหยุดพิเศษ")
    assert add_working_days(FRIDAY, 1) == date(2026, 12, 1)
    assert working_days_between(FRIDAY, date(2026, 12, 1)) == 1


def test_deadline_follows_the_agencys_working_days(school):
    friday_noon = datetime(2026, 11, 27, 5, tzinfo=UTC)  # noon in Bangkok
    question = actions.ask_question(
        agency=school,
        asked=actions.Asked(kind="question", category=None, text="ถาม"),
        now=friday_noon,
    )
    assert question.due_on == date(2026, 12, 9)  # 7 working days by default (7 Dec: holiday)
    actions.save_settings(agency=school, answer_days=3)
    later = actions.ask_question(
        agency=school,
        asked=actions.Asked(kind="question", category=None, text="ถาม"),
        now=friday_noon,
    )
    assert later.due_on == date(2026, 12, 2)


def test_default_categories_and_assignment_by_category(school, academic, academic_rule, teacher):
    names = [category.name for category in queries.categories(school)]
    assert names == list(queries.DEFAULT_CATEGORIES)
    question = ask(school, academic_rule)
    assert question.status == Question.Status.ASSIGNED
    assert question.assigned_unit == academic
    assert question.assigned_user is None
    other = ask(school, queries.categories(school).get(name="อื่น ๆ"))
    assert other.status == Question.Status.NEW
    assert other.assigned_unit is None


def test_assignment_by_person_mails_the_assignee(school, academic_rule, teacher):
    teacher.email = "teacher@example.com"
    teacher.save()
    actions.save_category(
        agency=school,
        category=academic_rule,
        name=academic_rule.name,
        assign_user=teacher,
        assign_unit=None,
    )
    academic_rule.refresh_from_db()
    question = ask(school, academic_rule)
    assert question.assigned_user == teacher
    mail = OutboxMessage.objects.get(kind="feedback-assigned")
    assert mail.recipients == "teacher@example.com"
    assert "สอบถามตารางสอบ" not in mail.body  # the question stays in the system


def test_private_and_hidden_questions_are_never_public(school, officer):
    public = ask(school)
    private = ask(school, private=True, email="a@example.com")
    kept = ask(school)
    hidden = ask(school)
    for question in (public, private, kept):
        actions.answer_question(
            question=question, answer="ตอบแล้ว", keep_private=question is kept, actor=officer
        )
    actions.hide_question(question=hidden, reason="สแปม")
    assert [q.pk for q in queries.public_page(school, None).object_list] == [public.pk]
    with pytest.raises(ValidationError):  # hidden stays hidden
        actions.answer_question(question=hidden, answer="ตอบ", keep_private=False, actor=officer)
    hidden.refresh_from_db()
    assert hidden.status == Question.Status.HIDDEN
    assert hidden.hidden_reason == "สแปม"


def test_hiding_needs_a_reason(school):
    with pytest.raises(ValidationError):
        actions.hide_question(question=ask(school), reason="  ")


def test_the_answer_is_mailed_only_to_an_asker_who_left_an_address(school, officer):
    with_mail = ask(school, email="parent@example.com")
    without = ask(school)
    actions.answer_question(question=without, answer="คำตอบ", keep_private=False, actor=officer)
    assert not OutboxMessage.objects.filter(kind="feedback-answer").exists()
    actions.answer_question(question=with_mail, answer="คำตอบ", keep_private=False, actor=officer)
    mail = OutboxMessage.objects.get(kind="feedback-answer")
    assert mail.recipients == "parent@example.com"
    assert "คำตอบ" in mail.body
    # a corrected answer is not mailed again
    actions.answer_question(question=with_mail, answer="แก้ไข", keep_private=False, actor=officer)
    assert OutboxMessage.objects.filter(kind="feedback-answer").count() == 1


def test_figures_of_the_fiscal_year(school, officer):
    asked = datetime(2026, 11, 2, 3, tzinfo=UTC)  # a Monday of fiscal year 2570
    for days in (1, 3, 8):
        question = actions.ask_question(
            agency=school,
            asked=actions.Asked(kind="question", category=None, text="ถาม"),
            now=asked,
        )
        actions.answer_question(
            question=question,
            answer="ตอบ",
            keep_private=False,
            actor=officer,
            now=datetime(2026, 11, 2 + days, 3, tzinfo=UTC),
        )
    spam = actions.ask_question(
        agency=school, asked=actions.Asked(kind="question", category=None, text="x"), now=asked
    )
    actions.hide_question(question=spam, reason="สแปม")
    actions.ask_question(
        agency=school, asked=actions.Asked(kind="question", category=None, text="y"), now=asked
    )
    figures = queries.figures(school, 2570)
    assert (figures.received, figures.answered) == (4, 3)
    assert figures.median_days == 3  # 1, 3 and 6 working days
    assert queries.figures(school, 2569).received == 0


def test_contacts_are_erased_after_two_years(school):
    old = actions.ask_question(
        agency=school,
        asked=actions.Asked(
            kind="question", category=None, text="ถาม", name="สมศรี", email="s@example.com"
        ),
        now=datetime(2020, 1, 6, 3, tzinfo=UTC),
    )
    recent = ask(school, name="วิชัย", phone="0812345678")
    assert erase_old_contacts() == 1
    old.refresh_from_db()
    recent.refresh_from_db()
    assert (old.name, old.email, old.phone, old.text) == ("", "", "", "ถาม")
    assert (recent.name, recent.phone) == ("วิชัย", "0812345678")
    assert erase_old_contacts() == 0
