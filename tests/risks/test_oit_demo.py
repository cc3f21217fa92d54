"""The OIT items on risk are answered by the published assessment and its follow-ups, without
taking another module's items; the demo gives the seed school three years of ten risks."""

from datetime import date

import pytest
from django.utils import timezone

from prongsai.agencies.evidence import key_for_title
from prongsai.agencies.roles import Role
from prongsai.risks import oit_evidence, queries
from prongsai.risks.demo import load_risks
from prongsai.risks.models import Assessment, FollowUp
from tests.factories import member
from tests.risks.helpers import YEAR, assessment_with_risk, published

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("title", "key"),
    [
        ("การประเมินความเสี่ยงการทุจริตและประพฤติมิชอบประจำปี", "risk_assessment"),  # 2566 O34
        ("การดำเนินการเพื่อจัดการความเสี่ยงการทุจริตและประพฤติมิชอบ", "risk_follow_up"),  # O35
        ("การประเมินความเสี่ยงการทุจริตประจำปี", "risk_assessment"),  # 2565 O36
        (
            "การประเมินความเสี่ยงที่อาจเกิดการให้หรือรับสินบนจากการดำเนินงานตามภารกิจของหน่วยงาน",
            "risk_assessment",
        ),  # 2568 O23
        ("รายงานผลการดำเนินการเพื่อจัดการความเสี่ยงการทุจริตและประพฤติมิชอบ", "risk_follow_up"),
        ("การประเมินความเสี่ยงการทุจริตในหน่วยงานภาครัฐ", "risk_assessment"),  # 2569 O21
        (
            "รายงานผลการดำเนินการตามแผนบริหารจัดการความเสี่ยงการทุจริตของหน่วยงาน",
            "risk_follow_up",
        ),  # 2569 O22
    ],
)
def test_the_risk_items_of_every_year_are_answered(title, key):
    assert key_for_title(title) == key


@pytest.mark.parametrize(
    "title",
    [
        "แผนปฏิบัติการป้องกันการทุจริต",
        "รายงานผลการดำเนินการป้องกันการทุจริตประจำปี",
        "รายงานการกำกับติดตามการดำเนินการป้องกันการทุจริตประจำปี รอบ 6 เดือน",
        "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน",
    ],
)
def test_other_items_are_not_taken(title):
    assert not key_for_title(title).startswith("risk")


def test_only_a_published_assessment_answers(school, other_school):
    assessment_with_risk(other_school)
    published(school)
    pages = oit_evidence.risk_assessment([school, other_school], YEAR)
    assert set(pages) == {school.pk}
    assert pages[school.pk].url == f"/{school.slug}/risks/{YEAR}/"
    assert pages[school.pk].dated_on == timezone.localdate()


def test_the_follow_up_answers_with_the_six_month_report_then_the_annual(school):
    from prongsai.risks import actions

    _assessment, _risk, measure = published(school)
    page = oit_evidence.risk_follow_up([school], YEAR)[school.pk]
    assert page.url.endswith("/follow-up/six-month/")
    assert page.dated_on == date(2025, 3, 15)
    actions.record_follow_up(
        measure=measure,
        data=actions.FollowUpData(FollowUp.Round.ANNUAL, date(2025, 9, 20), "เสร็จ", "done"),
        by=member(school, Role.ITA_OFFICER),
        today=date(2025, 10, 1),
    )
    page = oit_evidence.risk_follow_up([school], YEAR)[school.pk]
    assert page.url.endswith("/follow-up/annual/")
    assert page.dated_on == date(2025, 9, 20)


def test_the_builders_ask_once_for_many_agencies(school, other_school, django_assert_num_queries):
    published(school)
    published(other_school)
    with django_assert_num_queries(1):
        assert len(oit_evidence.risk_assessment([school, other_school], YEAR)) == 2
    with django_assert_num_queries(1):
        assert len(oit_evidence.risk_follow_up([school, other_school], YEAR)) == 2


def test_the_demo_publishes_three_years_of_ten_risks_with_follow_ups(school):
    member(school, Role.ITA_OFFICER, username="ita_officer")
    member(school, Role.DIRECTOR, username="director")
    lines: list[str] = []
    load_risks(school, lines.append)
    load_risks(school, lines.append)  # idempotent
    assert Assessment.objects.filter(agency=school).count() == 3
    for year in (2566, 2567, 2568):
        found = queries.published_assessment(school, year)
        assert found is not None
        data = queries.table(found)
        assert len(data.rows) == 10
        assert {row.level for row in data.rows} >= {"low", "medium", "high"}
        report = queries.follow_up_report(data, FollowUp.Round.ANNUAL)
        assert all(line.latest is not None for line in report)
    assert "already" in lines[-1]
