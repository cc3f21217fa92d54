"""Reminders with an injected date, the to-do rows of the declarer, the director and the
supervisor, and the demo's register."""

from datetime import date

import pytest
from django.core import mail

from prongsai.agencies.roles import Role
from prongsai.agencies.todo import OVERDUE, THIS_WEEK, WAITING, Asker
from prongsai.integrity.demo import load_gifts
from prongsai.integrity.models import Gift
from prongsai.integrity.reminders import send_gift_reminders
from prongsai.integrity.todo import gifts_todo
from tests.factories import member
from tests.integrity.helpers import declare

pytestmark = pytest.mark.django_db

RECEIVED = date(2026, 10, 1)  # the deadline is 31 October


@pytest.mark.parametrize(
    ("today", "sent"),
    [
        (date(2026, 10, 25), 0),
        (date(2026, 10, 26), 1),  # five days before
        (date(2026, 10, 27), 0),
        (date(2026, 10, 31), 1),  # the day itself
        (date(2026, 11, 1), 0),
    ],
)
def test_reminders_before_and_on_the_deadline(school, today, sent):
    teacher = member(school, Role.STAFF)
    declare(school, teacher, received_on=RECEIVED, today=RECEIVED)
    declare(school, teacher, received_on=RECEIVED, today=RECEIVED, report_now=True)  # reported
    declare(school, teacher, received_on=RECEIVED, today=RECEIVED, value=500)  # allowed
    assert send_gift_reminders(today=today) == sent
    mail.outbox.clear()


def test_the_reminder_goes_to_the_declarer_without_the_gift(
    school, django_capture_on_commit_callbacks
):
    teacher = member(school, Role.STAFF)
    declare(school, teacher, received_on=RECEIVED, today=RECEIVED, giver_name="บริษัท ลับ จำกัด")
    with django_capture_on_commit_callbacks(execute=True):
        assert send_gift_reminders(today=date(2026, 10, 31)) == 1
    assert [message.to for message in mail.outbox] == [[teacher.email]]
    assert "บริษัท ลับ" not in mail.outbox[0].body


def asker(school, user, today):
    from prongsai.agencies.access import effective_roles

    return Asker(user=user, agency=school, roles=effective_roles(user, school), today=today)


def test_todo_rows(school, office):
    teacher = member(school, Role.STAFF)
    director = member(school, Role.DIRECTOR)
    supervisor = member(office, Role.SUPERVISOR)
    declare(school, teacher, received_on=RECEIVED, today=RECEIVED)
    declare(school, teacher, received_on=RECEIVED, today=RECEIVED, report_now=True)
    declare(school, director, received_on=RECEIVED, today=RECEIVED, report_now=True)
    groups = [row.group for row in gifts_todo(asker(school, teacher, date(2026, 10, 10)))]
    assert groups == [WAITING]
    assert [r.group for r in gifts_todo(asker(school, teacher, date(2026, 10, 28)))] == [THIS_WEEK]
    assert [r.group for r in gifts_todo(asker(school, teacher, date(2026, 11, 2)))] == [OVERDUE]
    director_rows = gifts_todo(asker(school, director, date(2026, 10, 10)))
    assert len(director_rows) == 1
    assert director_rows[0].group == WAITING
    assert len(gifts_todo(asker(school, supervisor, date(2026, 10, 10)))) == 1


def test_demo_covers_every_branch_and_decision(school, office):
    for role in (Role.STAFF, Role.UNIT_HEAD, Role.ITA_OFFICER, Role.ASSET_OFFICER, Role.DIRECTOR):
        member(school, role, username=str(role))
    member(office, Role.SUPERVISOR, username="supervisor")
    load_gifts(school, lambda line: None)
    gifts = list(Gift.objects.filter(agency=school))
    assert len(gifts) == 12
    assert {gift.outcome for gift in gifts} == set(Gift.Outcome.values)
    assert {gift.decision for gift in gifts} >= set(Gift.Decision.values)
    assert {gift.status for gift in gifts} == set(Gift.Status.values)
    late = [g for g in gifts if g.status == Gift.Status.TO_REPORT]
    assert late
    assert late[0].deadline < date.today()
    assert any(
        g.declared_by_head and g.decided_by.username == "supervisor" for g in gifts if g.decided_by
    )
    load_gifts(school, lambda line: None)  # idempotent
    assert Gift.objects.filter(agency=school).count() == 12
