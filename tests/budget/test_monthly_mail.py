"""The monthly spending mail: on the first working day of a month each unit head gets the
month just ended's spending of their unit's projects against plan, the director the whole
school's; through the outbox, logged; a second run the same month sends nothing twice."""

from datetime import date
from decimal import Decimal
from io import StringIO

import pytest
from django.core import mail
from django.core.management import call_command

from prongsai.agencies.models import Membership
from prongsai.agencies.roles import Role
from prongsai.budget import actions, monthly
from prongsai.budget.models import MonthlyMail
from prongsai.budget.monthly_actions import send_monthly_mail
from tests.budget.helpers import make_activity, make_plan, make_project
from tests.factories import UnitFactory, member

pytestmark = pytest.mark.django_db


def test_the_first_working_day():
    assert monthly.first_working_day(2024, 6) == date(2024, 6, 4)  # Sat 1, Sun 2, 3 Jun holiday
    # 1 Jan New Year, 2 Jan the substitute for New Year's Eve (a Sunday): the calendar knows
    assert monthly.first_working_day(2024, 1) == date(2024, 1, 3)
    # The working-day calendar's holidays count (Labour Day is not a government holiday).
    assert monthly.first_working_day(2024, 5) == date(2024, 5, 1)
    assert monthly.first_working_day(2023, 3) == date(2023, 3, 1)
    assert monthly.first_working_day(2023, 11) == date(2023, 11, 1)
    assert monthly.month_reported(date(2024, 1, 2)) == (date(2023, 12, 1), date(2023, 12, 31))
    assert not monthly.due(date(2024, 6, 3))
    assert monthly.due(date(2024, 6, 4))
    assert monthly.due(date(2024, 6, 20))  # a missed run is made up


def _school(school):
    division = UnitFactory(agency=school, name_th="ฝ่ายบริหารวิชาการ")
    section = UnitFactory(agency=school, name_th="งานห้องสมุด", parent=division)
    other = UnitFactory(agency=school, name_th="ฝ่ายบริหารทั่วไป")
    plan = make_plan(school)
    library = make_project(plan, name="โครงการห้องสมุด", unit=section)
    sports = make_project(plan, name="โครงการกีฬา", unit=other)
    a = make_activity(library, amount="10000")
    b = make_activity(sports, amount="2000", starts_on=date(2023, 10, 2))
    pay = [
        (a, date(2023, 10, 31), "1500.50"),  # October's last day
        (a, date(2023, 11, 1), "700.00"),  # November
        (b, date(2023, 10, 1), "2500.00"),  # over the year's budget
        (a, date(2023, 11, 30), "99.50"),
    ]
    for activity, day, amount in pay:
        actions.record_spending(plan=plan, activity=activity, paid_on=day, amount=Decimal(amount))
    director = member(school, Role.DIRECTOR)
    director.email = "director@school.test"
    director.save(update_fields=["email"])
    actions.approve_plan(plan=plan, by=director)
    head = member(school, Role.UNIT_HEAD)
    head.email = "head@school.test"
    head.save(update_fields=["email"])
    Membership.objects.filter(user=head, agency=school).update(unit=division)
    return director, head


def test_unit_heads_and_the_director_get_the_month_once(school, django_capture_on_commit_callbacks):
    _school(school)
    with django_capture_on_commit_callbacks(execute=True):  # the outbox sends after commit
        assert send_monthly_mail(date(2023, 11, 1)) == 2  # a Wednesday: October's mail
    by_address = {message.to[0]: message for message in mail.outbox}
    assert set(by_address) == {"director@school.test", "head@school.test"}
    head = by_address["head@school.test"].body
    assert "เดือนตุลาคม 2566" in by_address["head@school.test"].subject
    assert "โครงการห้องสมุด" in head  # the division's head reads its section's project
    assert "โครงการกีฬา" not in head
    assert "จ่ายในเดือน 1,500.50 บาท" in head  # 31 Oct counts, 1 Nov does not
    school_wide = by_address["director@school.test"].body
    assert "โครงการกีฬา [เกินงบประมาณ]" in school_wide
    assert "รวม 2 โครงการ: จ่ายในเดือน 4,000.50 บาท" in school_wide  # 1,500.50 + 2,500.00
    assert MonthlyMail.objects.count() == 2
    # a second run the same month sends nothing twice
    with django_capture_on_commit_callbacks(execute=True):
        assert send_monthly_mail(date(2023, 11, 2)) == 0
    assert len(mail.outbox) == 2
    # the next month's first working day: November's
    with django_capture_on_commit_callbacks(execute=True):
        assert send_monthly_mail(date(2023, 12, 1)) == 2
    november = [m for m in mail.outbox if "พฤศจิกายน" in m.subject and "head@" in m.to[0]]
    assert "จ่ายในเดือน 799.50 บาท" in november[0].body


def test_nothing_before_the_first_working_day_and_the_command(school):
    _school(school)
    assert send_monthly_mail(date(2024, 6, 3)) == 0  # a holiday: not yet
    out = StringIO()
    call_command("send_budget_mail", "--today", "2023-11-01", stdout=out)
    assert "2 e-mail(s)" in out.getvalue()
    call_command("send_budget_mail", "--today", "2023-11-01", stdout=out)
    assert MonthlyMail.objects.count() == 2
