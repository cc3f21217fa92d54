"""The ethics assessment of officials (O41 of 2566): the discipline-and-ethics part of each
closed round's forms, aggregated, public, and offered to the OIT item by its title."""

from decimal import Decimal

import pytest
from django.urls import reverse

from prongsai.agencies.evidence import build_generated, key_for_title
from prongsai.agencies.roles import Role
from prongsai.evaluation import actions, report_queries, scoring
from prongsai.evaluation.models import StaffType
from prongsai.evaluation.shipped import SHIPPED
from tests.evaluation.helpers import all_levels, assessment_of, open_round
from tests.factories import member

pytestmark = pytest.mark.django_db


def _structure(kind: str) -> list:
    return SHIPPED[kind]["structure"]


def test_the_teacher_form_ethics_part_is_component_3():
    chosen = scoring.ethics_indicators(_structure(StaffType.TEACHER))
    assert [i.key for i in chosen] == [f"3.{n}" for n in range(1, 11)]


def test_ethics_percent_by_hand():
    teacher = _structure(StaffType.TEACHER)
    # 10 items of 1 point on 4 levels: six at level 4, four at level 2 → 6 + 2 = 8 of 10 = 80 %
    scores = {f"3.{n}": 4 if n <= 6 else 2 for n in range(1, 11)}
    assert scoring.ethics_percent(teacher, scores) == Decimal("80.00")
    # a government employee: the one competency "…จริยธรรม" (3 points, 5 levels) at level 4
    government = _structure(StaffType.GOVERNMENT_EMPLOYEE)
    (ethics,) = scoring.ethics_indicators(government)
    assert scoring.ethics_percent(government, {ethics.key: 4}) == Decimal("80.00")
    # contract staff: "ความซื่อสัตย์" at level 3 of 5 → 60 %
    contract = _structure(StaffType.CONTRACT)
    (honesty,) = scoring.ethics_indicators(contract)
    assert scoring.ethics_percent(contract, {honesty.key: 3}) == Decimal("60.00")
    # a permanent employee's shipped form has no such part
    assert scoring.ethics_percent(_structure(StaffType.PERMANENT_EMPLOYEE), {}) is None


@pytest.mark.parametrize(
    "title",
    ["การประเมินจริยธรรมเจ้าหน้าที่ของรัฐ", "ผลการประเมินจริยธรรมเจ้าหน้าที่ของรัฐ ประจำปี"],
)
def test_the_ethics_item_is_answered_by_title(title):
    assert key_for_title(title) == "hr_ethics"


@pytest.mark.parametrize(
    "title",
    ["นโยบายการบริหารทรัพยากรบุคคล", "การดำเนินการตามนโยบายการบริหารทรัพยากรบุคคล"],
)
def test_the_policy_items_stay_with_the_officer(title):
    assert key_for_title(title) not in {"hr_criteria", "hr_report", "hr_ethics", "hr_annual"}


def test_the_ethics_page_counts_closed_rounds_only(client, school):
    found, who = open_round(school)
    teachers = [member(school, Role.STAFF) for _n in range(5)]
    actions.set_staff_types(agency=school, types={u.pk: StaffType.TEACHER for u in teachers})
    actions.add_participants(round_=found, chosen=[(u, who["head"]) for u in teachers])
    for user in teachers:
        item = assessment_of(found, user)
        actions.save_self_assessment(assessment=item, scores=all_levels(item), note="", submit=True)
        actions.score_assessment(
            assessment=item, by=who["head"], scores=all_levels(item, 3), comment=""
        )
    address = reverse("evaluation:hr_ethics", kwargs={"agency": school.slug, "year": 2567})
    assert build_generated("hr_ethics", school, 2567) is None
    assert "75.00" not in client.get(address).content.decode()
    actions.close_round(round_=found)
    (report,) = report_queries.ethics_results(school, 2567)
    (group,) = report["groups"]
    assert group["size"] == 5
    assert group["mean"] == Decimal("75.00")  # level 3 of 4 everywhere
    assert group["counts"][2] == 5  # 75 % is ดี (70–79.99)
    text = client.get(address).content.decode()
    assert "75.00" in text
    assert who["teacher"].last_name not in text
    generated = build_generated("hr_ethics", school, 2567)
    assert generated is not None
    assert generated.url == address


def test_a_small_group_shows_no_mean():
    rows = [(StaffType.TEACHER, Decimal(80))] * 5 + [(StaffType.CONTRACT, Decimal(40))] * 2
    shown = report_queries.ethics_distribution(rows, scoring.DEFAULT_BANDS)
    teacher, contract = shown["groups"]
    assert teacher["mean"] == Decimal("80.00")
    assert contract["mean"] is None
    assert shown["mean"] is None  # the total's mean would give the two contract staff's away
