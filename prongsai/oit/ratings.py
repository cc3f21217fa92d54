"""ITA ratings and what follows from a result: no Django, plain numbers in, plain data out.

Facts (docs: shared/reference/ITA.md): total = 30 % IIT + 30 % EIT + 40 % OIT; up to fiscal year
2565 a letter scale AA–F, from 2566 five Thai levels that also look at each tool; an indicator
below 85 is a weak point that next year's measures address (O42); an OBEC school needs at least
25 IIT respondents, or all its staff when it has fewer.
"""

from collections.abc import Mapping

LAST_LETTER_YEAR = 2565  # the AA–F scale; from 2566 the five Thai levels
PASS_MARK = 85.0
OBEC_MINIMUM_IIT = 25

WEIGHTS = {"iit": 0.3, "eit": 0.3, "oit": 0.4}

INDICATORS: dict[int, str] = {
    1: "การปฏิบัติหน้าที่",
    2: "การใช้งบประมาณ",
    3: "การใช้อำนาจ",
    4: "การใช้ทรัพย์สินของราชการ",
    5: "การแก้ไขปัญหาการทุจริต",
    6: "คุณภาพการดำเนินงาน",
    7: "ประสิทธิภาพการสื่อสาร",
    8: "การปรับปรุงระบบการทำงาน",
    9: "การเปิดเผยข้อมูล",
    10: "การป้องกันการทุจริต",
}

# From 2566, best first.
EXCELLENT = "ผ่านดีเยี่ยม"
GOOD = "ผ่านดี"
PASSED = "ผ่าน"
IMPROVE = "ต้องปรับปรุง"
IMPROVE_URGENTLY = "ต้องปรับปรุงโดยด่วน"
LEVELS = (EXCELLENT, GOOD, PASSED, IMPROVE, IMPROVE_URGENTLY)

# Up to 2565: (lowest score, letter), best first.
LETTERS: tuple[tuple[float, str], ...] = (
    (95.0, "AA"),
    (85.0, "A"),
    (75.0, "B"),
    (65.0, "C"),
    (55.0, "D"),
    (50.0, "E"),
    (0.0, "F"),
)


def _score(value: float) -> float:
    """Scores are published with two decimals; compare them as such (84.999… is not 85)."""
    return round(float(value), 2)


def weighted_total(iit: float, eit: float, oit: float) -> float:
    """The ITA total from the three tools, rounded to two decimals as published."""
    total = WEIGHTS["iit"] * float(iit) + WEIGHTS["eit"] * float(eit) + WEIGHTS["oit"] * float(oit)
    return round(total, 2)


def rating(year_be: int, total: float, iit: float, eit: float, oit: float) -> str:
    """The rating of a result under the scale of its fiscal year (Buddhist era)."""
    total = _score(total)
    if year_be <= LAST_LETTER_YEAR:
        for lowest, letter in LETTERS:
            if total >= lowest:
                return letter
        return LETTERS[-1][1]
    weakest_tool = min(_score(iit), _score(eit), _score(oit))
    if total >= 95 and weakest_tool >= 95:
        return EXCELLENT
    if total >= PASS_MARK and weakest_tool >= PASS_MARK:
        return GOOD
    if total >= PASS_MARK:
        return PASSED
    if total >= 70:
        return IMPROVE
    return IMPROVE_URGENTLY


def _as_float(value: object) -> float | None:
    if isinstance(value, bool) or value is None:
        return None
    try:
        return float(value)  # type: ignore[arg-type]  # int, float, Decimal or numeric text
    except (TypeError, ValueError):
        return None


def weak_indicators(
    scores: Mapping[str, object], threshold: float = PASS_MARK
) -> list[tuple[int, str, float]]:
    """Indicators scored below the threshold, as (number, Thai name, score), by number.

    `scores` is keyed by the indicator number as text ("1" … "10"), as ItaResult stores them;
    unknown keys and missing or unreadable scores are skipped.
    """
    weak: list[tuple[int, str, float]] = []
    for number, name in INDICATORS.items():
        value = _as_float(scores.get(str(number)))
        if value is None:
            continue
        score = _score(value)
        if score < threshold:
            weak.append((number, name, score))
    return weak


def minimum_iit_sample(eligible: int) -> int:
    """How many IIT respondents an OBEC school needs: all its eligible staff when there are
    25 or fewer, else at least 25."""
    return max(0, min(int(eligible), OBEC_MINIMUM_IIT))
