"""The budget API: the approved plan of a year and its spending (public), and the staff read
of budget, committed, spent and available (the plan's readers; other agencies get 404)."""

from datetime import date
from decimal import Decimal

import pytest
from django.urls import reverse

from prongsai.agencies.roles import Role
from prongsai.budget import actions, ledger_actions
from tests.budget.helpers import YEAR, make_activity, make_plan, make_project
from tests.factories import member

pytestmark = pytest.mark.django_db


def _plan(school):
    plan = make_plan(school)
    project = make_project(plan, anti_corruption=True)
    activity = make_activity(project, amount="10000")
    actions.record_spending(
        plan=plan, activity=activity, paid_on=date(2023, 12, 31), amount=Decimal("2500.25")
    )
    return plan, project, activity


def test_the_public_plan_appears_once_approved(client, school, django_assert_max_num_queries):
    plan, _project, activity = _plan(school)
    url = reverse("api:budget_year", kwargs={"agency": school.slug, "year": YEAR})
    assert client.get(url).status_code == 404  # a draft is not public
    actions.approve_plan(plan=plan, by=member(school, Role.DIRECTOR))
    with django_assert_max_num_queries(20):
        data = client.get(url).json()
    assert data["fiscal_year"] == YEAR
    assert data["projects"][0]["anti_corruption"] is True
    assert data["projects"][0]["activities"][0]["amount"] == "10000.00"
    assert data["spending"][0]["spent"] == "2500.25"
    assert data["spending"][0]["remaining"] == "7499.75"
    q1 = {row["fund"]: row for row in data["quarters"][0]["funds"]}
    assert q1[activity.fund.name]["spent"] == "2500.25"  # 31 Dec is in Q1
    assert data["quarters"][1]["funds"][0]["spent"] == "0.00"
    assert client.get(url.replace(str(YEAR), "1900")).status_code == 404


def test_the_staff_read(client, school, other_school):
    plan, _project, activity = _plan(school)
    ledger_actions.record_commitment(
        plan=plan, activity=activity, committed_on=date(2024, 1, 2), amount=Decimal("1000")
    )
    url = reverse("api:budget_staff", kwargs={"agency": school.slug, "year": YEAR})
    assert client.get(url).status_code in (401, 403)
    client.force_login(member(other_school, Role.DIRECTOR))
    assert client.get(url).status_code == 404
    client.force_login(member(school, Role.UNIT_HEAD))
    data = client.get(url).json()
    assert data["status"] == "draft"
    year = data["projects"][0]["year"]
    assert year["budget"] == "10000.00"
    assert year["committed"] == "1000.00"
    assert year["spent"] == "2500.25"
    assert year["available"] == "6499.75"
    assert data["total"]["year"]["available"] == "6499.75"
