"""The approved plan answers the OIT's plan item (O11 of 2566) and its six-month report the
monitoring item (O12), for many agencies in one query; the demo loads the seed's 2566 plan."""

from datetime import date
from pathlib import Path

import pytest
import yaml
from django.urls import reverse

from prongsai.agencies.evidence import key_for_title
from prongsai.agencies.roles import Role
from prongsai.budget import actions
from prongsai.budget.demo import PROJECTS, YEAR, load_plan
from prongsai.budget.models import Plan, Spending
from prongsai.budget.oit_evidence import action_plan, half_year_report
from tests.budget.helpers import YEAR as PLAN_YEAR
from tests.budget.helpers import filled_plan
from tests.factories import AgencyFactory, UnitFactory, member

pytestmark = pytest.mark.django_db
ITEMS = Path(__file__).resolve().parents[2] / "prongsai" / "oit" / "data" / "oit_items.yaml"


def _titles() -> list[str]:
    found: list[str] = []

    def walk(node):
        if isinstance(node, dict):
            if isinstance(node.get("title_th"), str):
                found.append(node["title_th"])
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(yaml.safe_load(ITEMS.read_text(encoding="utf-8")))
    return found


@pytest.mark.parametrize(
    ("title", "key"),
    [
        ("แผนดำเนินงานและการใช้งบประมาณประจำปี", "budget_plan"),
        ("แผนการใช้จ่ายงบประมาณประจำปี", "budget_plan"),
        ("แผนดำเนินงานประจำปี", "budget_plan"),
        ("รายงานการกำกับติดตามการดำเนินงานและการใช้งบประมาณ ประจำปี รอบ 6 เดือน", "budget_half_year"),
        ("รายงานการกำกับติดตามการดำเนินงานและการใช้งบประมาณ รอบ 6 เดือน", "budget_half_year"),
        ("รายงานการกำกับติดตามการใช้จ่ายงบประมาณประจำปี รอบ 6 เดือน", "budget_half_year"),
        ("รายงานการกำกับติดตามการดำเนินงานประจำปี รอบ 6 เดือน", "budget_half_year"),
    ],
)
def test_the_shipped_titles_map_to_the_budget_pages(title, key):
    assert title in _titles()
    assert key_for_title(title) == key


def test_the_anti_corruption_report_is_not_taken_by_the_plan_s_report():
    title = "รายงานการกำกับติดตามการดำเนินการป้องกันการทุจริตประจำปี รอบ 6 เดือน"
    assert key_for_title(title) == "budget_anti_half_year"


def test_evidence_for_many_agencies_in_one_query(school, other_school, django_assert_num_queries):
    plan, _project, _activity = filled_plan(school)
    filled_plan(other_school)  # a draft: nothing to show
    actions.approve_plan(plan=plan, by=member(school, Role.DIRECTOR))
    quiet = AgencyFactory(slug="quiet-school")
    with django_assert_num_queries(1):
        found = action_plan([school, other_school, quiet], PLAN_YEAR)
    assert set(found) == {school.pk}
    url = reverse("budget:public_plan", kwargs={"agency": school.slug, "year": PLAN_YEAR})
    assert found[school.pk].url == url
    assert action_plan([school], PLAN_YEAR + 1) == {}
    # the six-month report: offered once 31 March has passed
    assert half_year_report([school], PLAN_YEAR, today=date(2024, 3, 31)) == {}
    report = half_year_report([school], PLAN_YEAR, today=date(2024, 4, 1))[school.pk]
    assert report.dated_on == date(2024, 3, 31)
    assert report.url.endswith("/half-year/")


def test_the_demo_plan(school):
    for unit in ("ฝ่ายบริหารวิชาการ", "ฝ่ายบริหารงบประมาณ", "ฝ่ายบริหารงานบุคคล", "ฝ่ายบริหารทั่วไป"):
        UnitFactory(agency=school, name_th=unit)
    member(school, Role.DIRECTOR, username="director")
    member(school, Role.ASSET_OFFICER, username="asset_officer")
    lines: list[str] = []
    load_plan(school, lines.append)
    plan = Plan.objects.get(agency=school, year=YEAR)
    assert plan.is_approved
    assert plan.projects.count() == len(PROJECTS) == 15
    assert set(plan.projects.values_list("area", flat=True)) == {
        "academic",
        "budget",
        "personnel",
        "general",
    }
    assert not plan.projects.filter(unit__isnull=True).exists()
    spent = Spending.objects.filter(activity__project__plan=plan)
    assert spent.count() > 50
    months = {d.month for d in spent.values_list("paid_on", flat=True)}
    assert months == set(range(1, 13))  # a year of spending
    assert plan.projects.filter(anti_corruption=True).count() == 3  # the anti-corruption plan
    assert plan.reports.filter(published_at__isnull=False).count() == 2  # O13 and O38
    load_plan(school, lines.append)  # idempotent
    assert Plan.objects.filter(agency=school).count() == 1


def test_the_to_do_asks_to_start_the_year_and_the_director_to_approve(school):
    from prongsai.agencies.todo import Asker
    from prongsai.budget.todo import plan_todo

    officer = member(school, Role.ITA_OFFICER)
    director = member(school, Role.DIRECTOR)
    today = date(2023, 11, 1)  # fiscal year 2567

    def labels(user, role):
        return [str(row.label) for row in plan_todo(Asker(user, school, frozenset({role}), today))]

    assert labels(officer, Role.ITA_OFFICER) == ["เริ่มจัดทำแผนปฏิบัติการปีงบประมาณ 2567"]
    filled_plan(school)
    assert labels(officer, Role.ITA_OFFICER) == []
    assert labels(director, Role.DIRECTOR) == ["อนุมัติแผนปฏิบัติการ 2567"]
    assert labels(member(school, Role.STAFF), Role.STAFF) == []
