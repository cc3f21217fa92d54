"""Loan reminders with an injected date (−1, 0 and +7 days from the due date, ข้อ 211) and
the to-do rows of the asset officer, the approvers and the borrower."""

from datetime import timedelta

import pytest
from django.core import mail
from django.utils import timezone

from prongsai.agencies.access import effective_roles
from prongsai.agencies.roles import Role
from prongsai.agencies.todo import OVERDUE, THIS_WEEK, WAITING, Asker
from prongsai.assets.reminders import send_loan_reminders
from prongsai.assets.todo import loans_todo
from tests.assets.helpers import make_loan
from tests.factories import member

pytestmark = pytest.mark.django_db

TODAY = timezone.localdate()
DUE = TODAY + timedelta(days=3)


@pytest.fixture
def out(school):
    borrower = member(school, Role.STAFF)
    director = member(school, Role.DIRECTOR)
    officer = member(school, Role.ASSET_OFFICER)
    loan = make_loan(school, status="handed_over", borrower=borrower, actor=director, due_on=DUE)
    make_loan(school, status="returned", due_on=DUE)  # back already: no reminder
    return loan, borrower, director, officer


@pytest.mark.parametrize(
    ("offset", "to"),
    [
        (-2, []),
        (-1, ["borrower"]),
        (0, ["borrower", "officer"]),
        (1, []),
        (6, []),
        (7, ["director"]),
        (8, []),
    ],
)
def test_reminders_around_the_due_date(out, offset, to, django_capture_on_commit_callbacks):
    loan, borrower, director, officer = out
    people = {"borrower": borrower, "director": director, "officer": officer}
    with django_capture_on_commit_callbacks(execute=True):
        sent = send_loan_reminders(today=DUE + timedelta(days=offset))
    assert sent == (1 if to else 0)
    if to:
        assert sorted(mail.outbox[0].to) == sorted(people[name].email for name in to)
        assert loan.items.get().asset.number in mail.outbox[0].body
    mail.outbox.clear()


def rows_of(school, user, today=TODAY):
    asker = Asker(user=user, agency=school, roles=effective_roles(user, school), today=today)
    return [(row.group, row.url) for row in loans_todo(asker)]


def test_todo_rows_by_role(school):
    director = member(school, Role.DIRECTOR)
    officer = member(school, Role.ASSET_OFFICER)
    borrower = member(school, Role.STAFF)
    requested = make_loan(school, status="requested", borrower=borrower)
    checked = make_loan(school, status="checked", kind="off_site", borrower=borrower)
    late = make_loan(
        school,
        status="handed_over",
        borrower=borrower,
        starts_on=TODAY - timedelta(days=9),
        due_on=TODAY - timedelta(days=2),
    )
    soon = make_loan(
        school, status="handed_over", borrower=borrower, due_on=TODAY + timedelta(days=3)
    )
    officer_rows = rows_of(school, officer)
    assert (WAITING, f"/our-school/staff/assets/loans/{requested.pk}/") in officer_rows
    assert (OVERDUE, f"/our-school/staff/assets/loans/{late.pk}/") in officer_rows
    assert (WAITING, f"/our-school/staff/assets/loans/{checked.pk}/") in rows_of(school, director)
    assert not any(
        url.endswith(f"/{checked.pk}/")
        for _g, url in rows_of(school, member(school, Role.UNIT_HEAD))
    )
    mine = rows_of(school, borrower)
    assert (OVERDUE, f"/our-school/staff/assets/loans/{late.pk}/") in mine
    assert (THIS_WEEK, f"/our-school/staff/assets/loans/{soon.pk}/") in mine
