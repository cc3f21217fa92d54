"""The survey statistics against hand-computed values, the bands at their edges, and the sample
sizes against the published Krejcie–Morgan table (THAI-RULES.md §5)."""

import pytest
from django.utils import translation

from prongsai.feedback import stats

# N → S as printed in the table (THAI-RULES.md §5.2)
KREJCIE_MORGAN = {
    10: 10, 15: 14, 20: 19, 25: 24, 30: 28, 35: 32, 40: 36, 45: 40, 100: 80, 160: 113,
    170: 118, 180: 123, 190: 127, 200: 132, 300: 169, 400: 196, 500: 217, 550: 226,
    600: 234, 650: 242, 700: 248, 750: 254, 800: 260, 850: 265, 2800: 338, 3000: 341,
}  # fmt: skip


@pytest.mark.parametrize(("population", "sample"), KREJCIE_MORGAN.items())
def test_krejcie_morgan_matches_the_published_table(population, sample):
    assert stats.krejcie_morgan(population) == sample


def test_yamane_rounds_up():
    assert stats.yamane(1000) == 286  # 1000 / 3.5 = 285.7
    assert stats.yamane(400) == 200  # exactly 200
    assert stats.yamane(500) == 223  # 222.2
    assert stats.sample_size(1000, "yamane") == 286
    assert stats.sample_size(1000, "krejcie") == 278


def test_unknown_population_takes_cochrans_385():
    assert stats.sample_size(None) == 385
    assert stats.sample_size(0) == 385


@pytest.mark.parametrize(
    ("mean", "bands", "word"),
    [
        (5.00, "best", "มากที่สุด"),
        (4.51, "best", "มากที่สุด"),
        (4.50, "best", "มาก"),
        (3.51, "best", "มาก"),
        (3.50, "best", "ปานกลาง"),
        (2.51, "best", "ปานกลาง"),
        (2.50, "best", "น้อย"),
        (1.51, "best", "น้อย"),
        (1.50, "best", "น้อยที่สุด"),
        (1.00, "best", "น้อยที่สุด"),
        (4.506, "best", "มากที่สุด"),  # printed 4.51
        (4.504, "best", "มาก"),  # printed 4.50
        (4.21, "equal", "มากที่สุด"),
        (4.20, "equal", "มาก"),
        (3.41, "equal", "มาก"),
        (3.40, "equal", "ปานกลาง"),
        (2.61, "equal", "ปานกลาง"),
        (2.60, "equal", "น้อย"),
        (1.81, "equal", "น้อย"),
        (1.80, "equal", "น้อยที่สุด"),
    ],
)
def test_levels_at_the_band_edges(mean, bands, word):
    with translation.override("th"):
        assert stats.level(mean, bands) == word


def test_band_rows_for_the_report():
    rows = stats.band_rows("best")
    assert [(low, high) for low, high, _w in rows] == [
        (4.51, 5.0),
        (3.51, 4.5),
        (2.51, 3.5),
        (1.51, 2.5),
        (1.0, 1.5),
    ]
    assert next((low, high) for low, high, _w in stats.band_rows("equal")) == (4.21, 5.0)


def test_rating_statistics_by_hand():
    # answers 5, 5, 4, 3: mean 17/4; deviations .75 .75 −.25 −1.25 → Σd² = 2.75;
    # S.D. = √(2.75 / 3) = 0.9574
    result = stats.rating({5: 2, 4: 1, 3: 1})
    assert result.n == 4
    assert result.mean == pytest.approx(4.25)
    assert result.sd == pytest.approx(0.9574, abs=1e-4)
    assert result.counts == (2, 1, 1, 0, 0)
    assert result.satisfied == pytest.approx(75.0)
    assert result.percent(5) == pytest.approx(50.0)


def test_rating_of_one_and_of_none():
    assert stats.rating({4: 1}).sd == 0.0
    empty = stats.rating({})
    assert empty.n == 0
    assert empty.mean is None
    assert empty.satisfied is None
    assert stats.level(None) == ""


def test_sections_pool_their_items():
    assert stats.combine([{5: 1, 4: 2}, {4: 1, 1: 3}]) == {5: 1, 4: 3, 1: 3}
