"""The score computation against hand-computed examples for each staff type, the rounding, the
band edges, and the Thai messages when weights do not add up."""

import copy
from decimal import Decimal

import pytest
from django.utils import translation

from prongsai.evaluation import scoring
from prongsai.evaluation.models import StaffType
from prongsai.evaluation.shipped import SHIPPED


@pytest.fixture(autouse=True)
def _english():
    with translation.override("en"):
        yield


def levels(staff_type: str, *per_component: int) -> dict[str, int]:
    structure = SHIPPED[staff_type]["structure"]
    chosen = {}
    for item in scoring.indicators(structure):
        component = int(item.key.split(".")[0])
        chosen[item.key] = per_component[component - 1]
    return chosen


@pytest.mark.parametrize("staff_type", StaffType.values)
def test_every_shipped_template_adds_up_to_100(staff_type):
    assert scoring.weight_problems(SHIPPED[staff_type]["structure"]) == []


def test_teacher_80_10_10_by_hand():
    structure = SHIPPED[StaffType.TEACHER]["structure"]
    assert [c["weight"] for c in structure] == ["80", "10", "10"]
    # component 1 at level 3 of 4: 80 × 3/4 = 60; component 2 at 4 of 5: 10 × 4/5 = 8;
    # component 3 at 3 of 4: 10 × 3/4 = 7.5; total 75.5: "good".
    scores = levels(StaffType.TEACHER, 3, 4, 3)
    total = scoring.total_score(structure, scores)
    assert total == Decimal("75.50")
    parts = scoring.component_scores(structure, scores)
    assert [earned for _n, _f, earned in parts] == [Decimal(60), Decimal(8), Decimal("7.50")]
    assert scoring.result_level(total, scoring.DEFAULT_BANDS) == scoring.GOOD
    assert scoring.total_score(structure, levels(StaffType.TEACHER, 4, 5, 4)) == 100


def test_government_employee_by_hand():
    # results 80 at 4 of 5 = 64; competencies 20 at 5 of 5 = 20; 84: "very good".
    structure = SHIPPED[StaffType.GOVERNMENT_EMPLOYEE]["structure"]
    total = scoring.total_score(structure, levels(StaffType.GOVERNMENT_EMPLOYEE, 4, 5))
    assert total == Decimal(84)
    assert scoring.result_level(total, scoring.DEFAULT_BANDS) == scoring.VERY_GOOD


def test_permanent_employee_by_hand():
    # results 70 at 5 of 5 = 70; behaviour 30 at 1 of 5 = 6; 76.
    structure = SHIPPED[StaffType.PERMANENT_EMPLOYEE]["structure"]
    assert scoring.total_score(structure, levels(StaffType.PERMANENT_EMPLOYEE, 5, 1)) == 76


def test_contract_staff_by_hand():
    # duties 60 at 2 of 5 = 24; conduct 40 at 3 of 5 = 24; 48: "needs improvement".
    structure = SHIPPED[StaffType.CONTRACT]["structure"]
    total = scoring.total_score(structure, levels(StaffType.CONTRACT, 2, 3))
    assert total == Decimal(48)
    assert scoring.result_level(total, scoring.DEFAULT_BANDS) == scoring.IMPROVE


def test_the_total_is_rounded_half_up_once():
    structure = [
        {"name": "A", "weight": "100", "indicators": [
            {"name": "a", "weight": "3.33", "levels": 2},
            {"name": "b", "weight": "96.67", "levels": 4},
        ]},
    ]  # fmt: skip
    # 3.33 × 1/2 = 1.665 → 1.67 (half up; half even would give 1.66)
    assert scoring.total_score(structure, {"1.1": 1}) == Decimal("1.67")
    # 1.665 + 96.67 × 1/4 = 1.665 + 24.1675 = 25.8325 → 25.83
    assert scoring.total_score(structure, {"1.1": 1, "1.2": 1}) == Decimal("25.83")


@pytest.mark.parametrize(
    ("total", "level"),
    [
        ("100", scoring.OUTSTANDING),
        ("90", scoring.OUTSTANDING),
        ("89.99", scoring.VERY_GOOD),
        ("80", scoring.VERY_GOOD),
        ("79.99", scoring.GOOD),
        ("70", scoring.GOOD),
        ("69.99", scoring.FAIR),
        ("60", scoring.FAIR),
        ("59.99", scoring.IMPROVE),
        ("0", scoring.IMPROVE),
    ],
)
def test_band_edges(total, level):
    assert scoring.result_level(Decimal(total), scoring.DEFAULT_BANDS) == level


def test_bands_are_the_agencys_setting():
    bands = {**scoring.DEFAULT_BANDS, scoring.OUTSTANDING: "95"}
    assert scoring.result_level(Decimal("92"), bands) == scoring.VERY_GOOD


def test_weights_off_say_by_how_much_in_thai():
    structure = copy.deepcopy(SHIPPED[StaffType.CONTRACT]["structure"])
    structure[0]["weight"] = "55"
    with translation.override("th"):
        problems = scoring.weight_problems(structure)
    assert len(problems) == 2
    assert "95" in problems[0]
    assert "5" in problems[0]
    structure[0]["indicators"][0]["weight"] = "15"
    structure[0]["weight"] = "60"
    with translation.override("en"):
        problems = scoring.weight_problems(structure)
    assert problems == ["ผลการปฏิบัติงานตามหน้าที่ add up to 55, not 60: 5 points are missing."]
    structure[0]["indicators"][0]["weight"] = "27.5"
    with translation.override("en"):
        problems = scoring.weight_problems(structure)
    assert problems == ["ผลการปฏิบัติงานตามหน้าที่ add up to 67.5, not 60: 7.5 points too many."]


def test_a_level_outside_the_scale_is_refused():
    structure = SHIPPED[StaffType.CONTRACT]["structure"]
    scores = levels(StaffType.CONTRACT, 5, 5)
    scores["1.1"] = 6
    # the indicator is named as the form shows it, not by our internal numbering
    assert scoring.score_problems(structure, scores) == [
        "“ปริมาณงานตามสัญญาจ้าง” takes a level from 1 to 5: choose one of them."
    ]
    del scores["1.1"]
    assert len(scoring.score_problems(structure, scores)) == 1
    assert scoring.score_problems(structure, scores, require_all=False) == []


def test_bands_must_go_down():
    assert scoring.band_problems({"outstanding": 80, "very_good": 80, "good": 70, "fair": 60})
    assert scoring.band_problems(dict(scoring.DEFAULT_BANDS)) == []
