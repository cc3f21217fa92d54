import pytest

from prongsai.oit.ratings import (
    EXCELLENT,
    GOOD,
    IMPROVE,
    IMPROVE_URGENTLY,
    INDICATORS,
    PASSED,
    minimum_iit_sample,
    rating,
    weak_indicators,
    weighted_total,
)


def test_the_five_levels_are_spelled_as_the_nacc_does():
    assert (EXCELLENT, GOOD, PASSED, IMPROVE, IMPROVE_URGENTLY) == (
        "ผ่านดีเยี่ยม",
        "ผ่านดี",
        "ผ่าน",
        "ต้องปรับปรุง",
        "ต้องปรับปรุงโดยด่วน",
    )


@pytest.mark.parametrize(
    ("total", "iit", "eit", "oit", "expected"),
    [
        # The examples of ITA.md.
        (95.81, 97.0, 93.5, 96.4, "ผ่านดี"),  # total ≥ 95 but a tool under 95
        (94.64, 96.0, 84.2, 100.0, "ผ่าน"),  # EIT under 85
        (77.70, 80.0, 75.0, 78.0, "ต้องปรับปรุง"),
        # Boundaries.
        (95.0, 95.0, 95.0, 95.0, "ผ่านดีเยี่ยม"),
        (96.0, 94.99, 96.0, 97.0, "ผ่านดี"),
        (85.0, 85.0, 85.0, 85.0, "ผ่านดี"),
        (90.0, 84.99, 90.0, 93.0, "ผ่าน"),
        (84.99, 90.0, 90.0, 90.0, "ต้องปรับปรุง"),
        (70.0, 60.0, 60.0, 85.0, "ต้องปรับปรุง"),
        (69.99, 60.0, 60.0, 85.0, "ต้องปรับปรุงโดยด่วน"),
        (0.0, 0.0, 0.0, 0.0, "ต้องปรับปรุงโดยด่วน"),
    ],
)
def test_ratings_from_2566(total, iit, eit, oit, expected):
    assert rating(2566, total, iit, eit, oit) == expected
    assert rating(2569, total, iit, eit, oit) == expected


@pytest.mark.parametrize(
    ("total", "expected"),
    [
        (100, "AA"),
        (95, "AA"),
        (94.99, "A"),
        (85, "A"),
        (84.99, "B"),
        (75, "B"),
        (74.99, "C"),
        (65, "C"),
        (64.99, "D"),
        (55, "D"),
        (54.99, "E"),
        (50, "E"),
        (49.99, "F"),
        (0, "F"),
    ],
)
def test_letter_ratings_up_to_2565(total, expected):
    # Up to 2565 only the total counts: a weak tool changes nothing.
    assert rating(2565, total, 50, 50, 50) == expected
    assert rating(2562, total, 100, 100, 100) == expected


def test_the_weighted_total():
    assert weighted_total(90, 80, 100) == 91.0
    assert weighted_total(85, 85, 85) == 85.0
    assert weighted_total(97.12, 93.5, 96.4) == pytest.approx(95.75)


def test_weak_indicators_below_85_by_number():
    scores = {"1": 92.5, "3": 78.5, "2": 84.99, "9": 85, "10": "70.25", "11": 10, "4": None}
    assert weak_indicators(scores) == [
        (2, "การใช้งบประมาณ", 84.99),
        (3, "การใช้อำนาจ", 78.5),
        (10, "การป้องกันการทุจริต", 70.25),
    ]
    assert weak_indicators(scores, threshold=80) == [
        (3, "การใช้อำนาจ", 78.5),
        (10, "การป้องกันการทุจริต", 70.25),
    ]
    assert weak_indicators({}) == []


def test_the_ten_indicators():
    assert len(INDICATORS) == 10
    assert INDICATORS[1] == "การปฏิบัติหน้าที่"
    assert INDICATORS[10] == "การป้องกันการทุจริต"


@pytest.mark.parametrize(
    ("eligible", "minimum"), [(0, 0), (1, 1), (18, 18), (25, 25), (26, 25), (140, 25)]
)
def test_minimum_iit_sample_for_obec_schools(eligible, minimum):
    assert minimum_iit_sample(eligible) == minimum
