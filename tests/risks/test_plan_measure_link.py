"""A risk names a measure of the measures plan: chosen from that year's plan, linked on the
public page to the plan's report once it is published (through the registry, no import)."""

import pytest
from django.urls import reverse

from prongsai.agencies.roles import Role
from prongsai.measures import actions as measure_actions
from prongsai.measures.models import Measure, Plan
from prongsai.risks.queries import plan_measures_of, table
from tests.conftest import login
from tests.factories import member
from tests.risks.helpers import YEAR, assessment_with_risk, start

pytestmark = pytest.mark.django_db
LABEL = "10. มาตรการด้านการป้องกันการทุจริต"


def measures_plan(agency, year=YEAR):
    plan = Plan.objects.create(agency=agency, fiscal_year=year)
    Measure.objects.create(plan=plan, number=10, name="มาตรการด้านการป้องกันการทุจริต")
    return plan


def test_the_risk_form_offers_the_years_measures(client, school):
    measures_plan(school)
    assessment = start(school)
    login(client, member(school, Role.ITA_OFFICER))
    url = reverse("risks:risk_new", kwargs={"agency": school.slug, "year": YEAR})
    page = client.get(url)
    assert LABEL in page.content.decode()
    data = {
        "process": "การจัดซื้อจัดจ้าง",
        "description": "แบ่งซื้อแบ่งจ้าง",
        "involved_roles": "เจ้าหน้าที่พัสดุ",
        "likelihood": "3",
        "impact": "4",
        "plan_measure": "มาตรการที่ไม่มีอยู่จริง",
    }
    refused = client.post(url, data)
    assert refused.status_code == 200
    assert refused.context["form"].errors["plan_measure"]
    assert not assessment.risks.exists()
    client.post(url, {**data, "plan_measure": LABEL})
    assert assessment.risks.get().plan_measure == LABEL


def test_the_public_table_links_the_measure_once_the_plan_is_published(school):
    plan = measures_plan(school)
    assessment, _risk, _measure = assessment_with_risk(school, plan_measure=LABEL)
    assert table(assessment).rows[0].plan_measure_url == ""  # the plan is not public yet
    measure_actions.publish_report(plan=plan, kind="plan", actor=None)
    assert table(assessment).rows[0].plan_measure_url == plan.get_absolute_url()


def test_without_a_measures_plan_the_measure_is_typed(client, school):
    assessment = start(school)
    assert plan_measures_of(assessment) == []
    login(client, member(school, Role.ITA_OFFICER))
    url = reverse("risks:risk_new", kwargs={"agency": school.slug, "year": YEAR})
    client.post(
        url,
        {
            "process": "การเงิน",
            "description": "เบิกจ่ายซ้ำ",
            "involved_roles": "เจ้าหน้าที่การเงิน",
            "likelihood": "2",
            "impact": "3",
            "plan_measure": "มาตรการที่ ๒",
        },
    )
    assert assessment.risks.get().plan_measure == "มาตรการที่ ๒"
