"""The arithmetic of an appraisal, as plain functions.

An indicator scored at level L of N levels earns L / N of its weight; the total is the sum over
indicators, rounded half up to two decimals. The result level is the highest band whose floor
the total reaches (THAI-RULES.md §3.2: ดีเด่น 90–100, ดีมาก 80–89.99, ดี 70–79.99, พอใช้
60–69.99, ต้องปรับปรุง < 60; marked [I], so the floors are the agency's settings).
"""

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Any

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

HUNDRED = Decimal(100)
CENT = Decimal("0.01")

OUTSTANDING, VERY_GOOD, GOOD, FAIR, IMPROVE = (
    "outstanding",
    "very_good",
    "good",
    "fair",
    "improve",
)
LEVELS: dict[str, Any] = {
    OUTSTANDING: gettext_lazy("Outstanding"),
    VERY_GOOD: gettext_lazy("Very good"),
    GOOD: gettext_lazy("Good"),
    FAIR: gettext_lazy("Fair"),
    IMPROVE: gettext_lazy("Needs improvement"),
}
DEFAULT_BANDS: dict[str, str] = {OUTSTANDING: "90", VERY_GOOD: "80", GOOD: "70", FAIR: "60"}


@dataclass(frozen=True)
class Indicator:
    key: str  # "<component>.<indicator>", 1-based positions in the frozen structure
    component: str
    name: str
    weight: Decimal
    levels: int


def decimal(value: Any) -> Decimal:
    try:
        return Decimal(str(value))
    except (InvalidOperation, ValueError):
        return Decimal(0)


def rounded(value: Decimal) -> Decimal:
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


def indicators(structure: list[dict[str, Any]]) -> Iterator[Indicator]:
    for ci, component in enumerate(structure, start=1):
        for ii, indicator in enumerate(component.get("indicators", []), start=1):
            yield Indicator(
                f"{ci}.{ii}",
                component["name"],
                indicator["name"],
                decimal(indicator["weight"]),
                int(indicator["levels"]),
            )


def weight_problems(structure: list[dict[str, Any]]) -> list[str]:
    """What is wrong with a template's weights, in Thai sentences (empty when it adds up)."""
    problems = []
    total = sum((decimal(c["weight"]) for c in structure), Decimal(0))
    if total != HUNDRED:
        problems.append(_off(_("The components"), total, HUNDRED))
    for component in structure:
        weight = decimal(component["weight"])
        parts = sum((decimal(i["weight"]) for i in component.get("indicators", [])), Decimal(0))
        if not component.get("indicators"):
            problems.append(
                _("%(component)s has no indicator: give it at least one.")
                % {"component": component["name"]}
            )
        elif parts != weight:
            problems.append(_off(component["name"], parts, weight))
    return problems


def _off(what: str, total: Decimal, target: Decimal) -> str:
    gap = target - total
    values = {"what": what, "total": plain(total), "target": plain(target)}
    if gap > 0:
        values["gap"] = plain(gap)
        return (
            _("%(what)s add up to %(total)s, not %(target)s: %(gap)s points are missing.") % values
        )
    values["gap"] = plain(-gap)
    return _("%(what)s add up to %(total)s, not %(target)s: %(gap)s points too many.") % values


def plain(value: Decimal) -> str:
    text = f"{rounded(value):f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def score_problems(
    structure: list[dict[str, Any]], scores: Mapping[str, Any], *, require_all: bool = True
) -> list[str]:
    """A level outside an indicator's scale, or (`require_all`) an indicator left unscored."""
    return list(score_problems_by_key(structure, scores, require_all=require_all).values())


def score_problems_by_key(
    structure: list[dict[str, Any]], scores: Mapping[str, Any], *, require_all: bool = True
) -> dict[str, str]:
    """The same, by indicator key; each message names the indicator as the form shows it (its
    name), never by our internal numbering."""
    problems = {}
    for indicator in indicators(structure):
        level = scores.get(indicator.key)
        name = {"name": indicator.name, "levels": indicator.levels}
        if level in (None, ""):
            if require_all:
                problems[indicator.key] = _("Choose a level for “%(name)s”.") % name
        elif not str(level).isdigit() or not 1 <= int(str(level)) <= indicator.levels:
            problems[indicator.key] = (
                _("“%(name)s” takes a level from 1 to %(levels)d: choose one of them.") % name
            )
    return problems


def component_scores(
    structure: list[dict[str, Any]], scores: Mapping[str, Any]
) -> list[tuple[str, Decimal, Decimal]]:
    """(component, full score, earned score rounded) for each component."""
    earned: dict[str, Decimal] = {}
    for indicator in indicators(structure):
        level = decimal(scores.get(indicator.key) or 0)  # a committee's average is a fraction
        part = indicator.weight * Decimal(level) / Decimal(indicator.levels)
        earned[indicator.component] = earned.get(indicator.component, Decimal(0)) + part
    return [
        (c["name"], decimal(c["weight"]), rounded(earned.get(c["name"], Decimal(0))))
        for c in structure
    ]


def total_score(structure: list[dict[str, Any]], scores: Mapping[str, Any]) -> Decimal:
    """The sum over indicators, rounded once at the end (half up, two decimals)."""
    return rounded(_exact_total(structure, scores))


def _exact_total(structure: list[dict[str, Any]], scores: Mapping[str, Any]) -> Decimal:
    total = Decimal(0)
    for indicator in indicators(structure):
        level = decimal(scores.get(indicator.key) or 0)
        total += indicator.weight * level / Decimal(indicator.levels)
    return total


def committee_total(structure: list[dict[str, Any]], members: list[Mapping[str, Any]]) -> Decimal:
    """The average of the members' totals, each unrounded, rounded once at the end."""
    exact = sum((_exact_total(structure, scores) for scores in members), Decimal(0))
    return rounded(exact / len(members))


def mean_levels(
    structure: list[dict[str, Any]], members: list[Mapping[str, Any]]
) -> dict[str, str]:
    """Each indicator's average level over the members (two decimals), for the summary table."""
    return {
        i.key: plain(sum((decimal(s.get(i.key) or 0) for s in members), Decimal(0)) / len(members))
        for i in indicators(structure)
    }


# The discipline-and-ethics part of a form (ว 23/2564 component 3; a competency or trait of the
# other forms): a component whose name has one of these words, else the indicators that have.
ETHICS_WORDS = ("วินัย", "จริยธรรม", "ซื่อสัตย์")


def ethics_indicators(structure: list[dict[str, Any]]) -> list[Indicator]:
    every = list(indicators(structure))
    whole = [i for i in every if any(word in i.component for word in ETHICS_WORDS)]
    return whole or [i for i in every if any(word in i.name for word in ETHICS_WORDS)]


def ethics_percent(structure: list[dict[str, Any]], scores: Mapping[str, Any]) -> Decimal | None:
    """The assessor's score of the ethics part as a percentage of its points (None when the form
    has no such part), rounded once, half up, to two decimals."""
    chosen = ethics_indicators(structure)
    full = sum((i.weight for i in chosen), Decimal(0))
    if not full:
        return None
    earned = sum(
        (i.weight * Decimal(int(scores.get(i.key) or 0)) / Decimal(i.levels) for i in chosen),
        Decimal(0),
    )
    return rounded(earned * HUNDRED / full)


def result_level(total: Decimal, bands: Mapping[str, Any]) -> str:
    for code in (OUTSTANDING, VERY_GOOD, GOOD, FAIR):
        if total >= decimal(bands.get(code, DEFAULT_BANDS[code])):
            return code
    return IMPROVE


def band_problems(bands: Mapping[str, Any]) -> list[str]:
    floors = [decimal(bands[code]) for code in (OUTSTANDING, VERY_GOOD, GOOD, FAIR)]
    if any(not 0 < floor <= HUNDRED for floor in floors):
        return [_("Each level starts at a score between 1 and 100.")]
    if floors != sorted(floors, reverse=True) or len(set(floors)) != len(floors):
        return [_("Each level must start higher than the level below it.")]
    return []
