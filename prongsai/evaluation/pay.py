"""Pay for performance, as plain arithmetic: each person's share of the salary-step pool is the
pool × their level's share ÷ the sum of the shares of everyone in the table; amounts are rounded
half up to the satang, and what rounding leaves over is shown, never hidden."""

from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import Any

from django.utils.translation import gettext as _

from prongsai.evaluation.scoring import LEVELS, decimal, rounded

ZERO = Decimal(0)


def share_problems(shares: Mapping[str, Any]) -> list[str]:
    """Each level's share is a number from 0 up; a better level never gets less."""
    values = [
        decimal(shares.get(code, "")) if str(shares.get(code, "")).strip() else None
        for code in LEVELS
    ]
    if any(value is None or value < ZERO for value in values):
        return [_("Give each level a share: a number, 0 or more (for example 4, 3, 2, 1, 0).")]
    if values != sorted(values, reverse=True):  # type: ignore[type-var]
        return [_("A better level cannot get a smaller share than the level below it.")]
    return []


def amounts(levels: Sequence[str], pool: Decimal, shares: Mapping[str, Any]) -> list[Decimal]:
    """Each person's amount, in the order of `levels` (their result level codes)."""
    weights = [decimal(shares.get(level, 0)) for level in levels]
    total = sum(weights, ZERO)
    if not total:
        return [ZERO for _level in levels]
    return [rounded(pool * weight / total) for weight in weights]


def table(
    rows: Sequence[tuple[Any, str]], pool: Decimal, shares: Mapping[str, Any]
) -> dict[str, Any]:
    """(person, level) rows → the table: each row with its share and amount, the sum, and what
    rounding left over (positive: not handed out; negative: handed out too much)."""
    given = amounts([level for _person, level in rows], pool, shares)
    lines = [
        {
            "person": person,
            "level": level,
            "label": LEVELS.get(level, ""),
            "share": decimal(shares.get(level, 0)),
            "amount": amount,
        }
        for (person, level), amount in zip(rows, given, strict=True)
    ]
    spent = sum(given, ZERO)
    return {"rows": lines, "pool": pool, "spent": spent, "left": pool - spent}
