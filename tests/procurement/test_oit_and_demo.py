"""The OIT items the module answers (by title, any year's numbering), for many agencies in one
query, and the demo's twelve months with one empty month whose sums match by hand."""

from datetime import date
from decimal import Decimal

import pytest

from prongsai.agencies.evidence import key_for_title
from prongsai.procurement import actions, oit_evidence, queries, rules
from prongsai.procurement.demo import load_procurement
from prongsai.procurement.models import Method, Notice, Purchase
from tests.procurement.helpers import buy

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("title", "key"),
    [
        ("แผนการจัดซื้อจัดจ้างหรือแผนการจัดหาพัสดุ", "procurement_plan"),
        ("ประกาศต่าง ๆ เกี่ยวกับการจัดซื้อจัดจ้างหรือการจัดหาพัสดุ", "procurement_notices"),
        ("ประกาศต่างๆ เกี่ยวกับการจัดซื้อจัดจ้างหรือการจัดหาพัสดุ", "procurement_notices"),
        ("สรุปผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุรายเดือน", "procurement_monthly"),
        ("ความก้าวหน้าการจัดซื้อจัดจ้างหรือการจัดหาพัสดุ", "procurement_monthly"),
        ("รายงานผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุประจำปี", "procurement_report"),
        ("รายงานสรุปผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุประจำปี", "procurement_report"),
        ("รายงานสรุปผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุของหน่วยงาน ประจำปี", "procurement_report"),
    ],
)
def test_the_items_are_recognised_by_their_titles(title, key):
    assert key_for_title(title) == key


def test_each_page_answers_only_where_something_is_public(school, other_school):
    buy(school, date(2023, 11, 3), "100")
    buy(school, date(2024, 2, 3), "100")
    actions.save_notice(
        agency=school,
        data=actions.NoticeData(
            Notice.Kind.INVITATION, "ประกาศเชิญชวน", date(2023, 12, 1), link="https://e.org/"
        ),
    )
    actions.save_plan_item(
        agency=other_school,
        year=2567,
        data=actions.PlanItemData("โต๊ะ", Decimal(1000), Method.SPECIFIC, 10),
    )  # a draft: not evidence
    agencies = [school, other_school]
    monthly = oit_evidence.procurement_monthly(agencies, 2567)
    assert set(monthly) == {school.pk}
    assert monthly[school.pk].url == "/our-school/procurement/2567/#months"
    assert monthly[school.pk].dated_on == date(2024, 2, 3)
    assert set(oit_evidence.procurement_notices(agencies, 2567)) == {school.pk}
    assert oit_evidence.procurement_plan(agencies, 2567) == {}
    actions.publish_plan(agency=other_school, year=2567, today=date(2023, 10, 9))
    plan = oit_evidence.procurement_plan(agencies, 2567)
    assert set(plan) == {other_school.pk}
    assert plan[other_school.pk].dated_on == date(2023, 10, 9)
    assert oit_evidence.procurement_report(agencies, 2567) == {}
    actions.save_report(
        agency=school, year=2567, problems="", suggestions="", publish=True, today=date(2024, 10, 5)
    )
    assert oit_evidence.procurement_report(agencies, 2567)[school.pk].url == (
        "/our-school/procurement/2567/report/"
    )


def test_the_demo_has_twelve_months_of_2566_with_one_empty_and_sums_to_the_satang(school):
    load_procurement(school, lambda line: None)
    load_procurement(school, lambda line: None)  # again: nothing twice
    purchases = list(Purchase.objects.filter(agency=school, year=2566))
    assert 55 <= len(purchases) <= 70
    figures = queries.year_figures(school, 2566)
    empty = [figure.month for figure in figures.months if figure.count == 0]
    assert empty == [5]
    by_hand = sum((purchase.agreed_price for purchase in purchases), start=Decimal(0))
    assert figures.amount == by_hand
    assert sum(figure.amount for figure in figures.months) == by_hand
    assert sum(figure.amount for figure in figures.methods) == by_hand
    may = rules.month_bounds(2566, 5)
    assert not Purchase.objects.filter(agency=school, purchased_on__range=may).exists()
    assert queries.published_plan(school, 2566) is not None
    assert queries.published_report(school, 2566) is not None
