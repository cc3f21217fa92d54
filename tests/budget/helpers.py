"""Makers for the budget tests: a draft plan of FY 2567 with a project and an activity."""

from datetime import date
from decimal import Decimal
from typing import Any

from prongsai.budget import actions
from prongsai.budget.models import Fund, Plan, Project

YEAR = 2567


def make_plan(agency, year: int = YEAR) -> Plan:
    found = Plan.objects.filter(agency=agency, year=year).first()
    return found or actions.create_plan(agency=agency, year=year)


def fund(plan: Plan, kind: str = Fund.Kind.PER_HEAD) -> Fund:
    return Fund.objects.get(plan=plan, kind=kind)


def project_data(plan: Plan, **changes: Any) -> actions.ProjectData:
    values: dict[str, Any] = {
        "number": Project.objects.filter(plan=plan).count() + 1,
        "name": "โครงการยกระดับผลสัมฤทธิ์",
        "area": Project.Area.ACADEMIC,
        "strategies": [],
        "unit": None,
        "responsible": "นางสมใจ ใฝ่ดี",
        "nature": Project.Nature.CONTINUING,
        "starts_on": date(2023, 10, 1),
        "ends_on": date(2024, 9, 30),
        "rationale": "เหตุผล",
        "objectives": "วัตถุประสงค์",
        "target_quantity": "ร้อยละ ๑๐๐",
        "target_quality": "ร้อยละ ๘๐",
    }
    values.update(changes)
    return actions.ProjectData(**values)


def make_project(plan: Plan, **changes: Any) -> Project:
    return actions.save_project(plan=plan, project=None, data=project_data(plan, **changes))


def make_activity(
    project: Project, amount: str = "10000", starts_on: date = date(2023, 11, 1), **changes: Any
):
    values: dict[str, Any] = {
        "name": "สอนเสริม",
        "starts_on": starts_on,
        "ends_on": date(2024, 3, 31),
        "responsible": "นางสมใจ ใฝ่ดี",
        "fund": fund(project.plan),
        "amount": Decimal(amount),
        "quarters": (None, None, None, None),
    }
    values.update(changes)
    return actions.save_activity(
        project=project, activity=None, data=actions.ActivityData(**values)
    )


def filled_plan(agency) -> tuple[Plan, Project, Any]:
    plan = make_plan(agency)
    project = plan.projects.first() or make_project(plan)
    activity = project.activities.first() or make_activity(project)
    return plan, project, activity
