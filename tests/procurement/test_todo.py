"""The officer's to-do: publish this year's plan (overdue after 30 days), and last year's
annual report once the year had purchases; nothing for readers."""

from datetime import date

import pytest

from prongsai.agencies.roles import Role
from prongsai.agencies.todo import OVERDUE, WAITING, Asker
from prongsai.procurement import actions
from prongsai.procurement.todo import procurement_todo
from tests.factories import member
from tests.procurement.helpers import buy

pytestmark = pytest.mark.django_db


def ask(school, role, today):
    return list(procurement_todo(Asker(member(school, role), school, frozenset({role}), today)))


def test_the_plan_and_last_years_report_are_asked_for(school):
    (plan,) = ask(school, Role.ASSET_OFFICER, date(2023, 10, 30))
    assert plan.group == WAITING
    assert "2567" in str(plan.label)
    assert plan.due == date(2023, 10, 30)
    (late,) = ask(school, Role.DIRECTOR, date(2023, 10, 31))
    assert late.group == OVERDUE
    buy(school, date(2023, 9, 1), "100")
    rows = ask(school, Role.ASSET_OFFICER, date(2023, 11, 5))
    assert [row.url for row in rows][-1] == "/our-school/staff/procurement/2566/report/"
    actions.save_report(
        agency=school, year=2566, problems="", suggestions="", publish=True, today=date(2023, 11, 5)
    )
    assert len(ask(school, Role.ASSET_OFFICER, date(2023, 11, 5))) == 1
    assert ask(school, Role.STAFF, date(2023, 11, 5)) == []
