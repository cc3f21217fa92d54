"""The statistics of a satisfaction survey as plain functions (THAI-RULES.md §5).

Counts come from SQL (a distribution of at most five rows per question); everything here works
on those counts, so the figures of 50 answers and of 50,000 cost the same.
"""

import math
from collections.abc import Mapping
from dataclasses import dataclass

from django.utils.translation import pgettext_lazy

LEVELS = (  # 5 … 1
    pgettext_lazy("satisfaction level", "highest"),
    pgettext_lazy("satisfaction level", "high"),
    pgettext_lazy("satisfaction level", "moderate"),
    pgettext_lazy("satisfaction level", "low"),
    pgettext_lazy("satisfaction level", "lowest"),
)

# Lower bound of each level from the top (มากที่สุด … น้อยที่สุด), means rounded to 2 places.
BANDS: dict[str, tuple[float, ...]] = {
    "best": (4.51, 3.51, 2.51, 1.51, 1.00),  # Best (1977); บุญชม ศรีสะอาด
    "equal": (4.21, 3.41, 2.61, 1.81, 1.00),  # equal class width (5 − 1) / 5 = 0.8
}

CHI_SQUARE = 3.841  # 1 degree of freedom at 95 %
UNKNOWN_POPULATION = 385  # Cochran, 95 % / 5 %: 384.16 rounded up


def level_index(mean: float, bands: str = "best") -> int:
    """0 = highest … 4 = lowest; the mean is compared as printed (2 decimals)."""
    shown = round(mean + 1e-9, 2)
    for index, lower in enumerate(BANDS[bands]):
        if shown >= lower:
            return index
    return len(BANDS[bands]) - 1


def level(mean: float | None, bands: str = "best") -> str:
    """The Thai level word of a mean (มากที่สุด, มาก, ปานกลาง, น้อย, น้อยที่สุด)."""
    if mean is None:
        return ""
    return str(LEVELS[level_index(mean, bands)])


def band_rows(bands: str = "best") -> list[tuple[float, float, str]]:
    """The band set as (from, to, level) rows, top first, for the page and the report."""
    lowers = BANDS[bands]
    uppers = (5.0, *(round(lower - 0.01, 2) for lower in lowers[:-1]))
    return [
        (lower, upper, str(word)) for lower, upper, word in zip(lowers, uppers, LEVELS, strict=True)
    ]


def krejcie_morgan(population: int) -> int:
    """S = χ²NP(1−P) / (d²(N−1) + χ²P(1−P)), P = 0.5, d = 0.05, rounded to the nearest whole
    number: that is what reproduces every value of the published table (rounding up gives one
    more at 15, 20, 35, 160 … e.g. 113.4 → 114 where the table prints 113)."""
    if population <= 0:
        return 0
    p = 0.25  # P(1 − P)
    size = CHI_SQUARE * population * p / (0.05**2 * (population - 1) + CHI_SQUARE * p)
    return min(population, math.floor(size + 0.5))


def yamane(population: int, error: float = 0.05) -> int:
    """n = N / (1 + N e²), rounded up."""
    if population <= 0:
        return 0
    return min(population, math.ceil(round(population / (1 + population * error**2), 6)))


def sample_size(population: int | None, method: str = "krejcie") -> int:
    """The target sample; an unknown population takes Cochran's 385."""
    if not population:
        return UNKNOWN_POPULATION
    return yamane(population) if method == "yamane" else krejcie_morgan(population)


@dataclass(frozen=True)
class Rating:
    """n, mean, S.D. (sample, n − 1), distribution 5 … 1 and % satisfied (4 or 5)."""

    n: int
    mean: float | None
    sd: float | None
    counts: tuple[int, int, int, int, int]  # how many answered 5, 4, 3, 2, 1
    satisfied: float | None  # percent

    def percent(self, score: int) -> float:
        return 100 * self.counts[5 - score] / self.n if self.n else 0.0


def rating(counts: Mapping[int, int]) -> Rating:
    """The statistics of a distribution {score: how many}."""
    by_score = tuple(int(counts.get(score, 0)) for score in (5, 4, 3, 2, 1))
    n = sum(by_score)
    if not n:
        return Rating(0, None, None, (0, 0, 0, 0, 0), None)
    total = sum(score * counts.get(score, 0) for score in range(1, 6))
    squares = sum(score * score * counts.get(score, 0) for score in range(1, 6))
    mean = total / n
    sd = math.sqrt(max(0.0, (squares - n * mean * mean) / (n - 1))) if n > 1 else 0.0
    satisfied = 100 * (by_score[0] + by_score[1]) / n
    return Rating(n, mean, sd, by_score, satisfied)  # type: ignore[arg-type]


def combine(parts: list[Mapping[int, int]]) -> dict[int, int]:
    """Pool several distributions (a section: every answer to its rating questions)."""
    pooled: dict[int, int] = {}
    for part in parts:
        for score, count in part.items():
            pooled[score] = pooled.get(score, 0) + count
    return pooled
