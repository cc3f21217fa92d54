"""The 5×5 matrix: likelihood × impact, read into low / medium / high / very high at the edges
of every band (the defaults: 1–3, 4–8, 9–14, 15–25), and bands set per assessment."""

import pytest
from django.core.exceptions import ValidationError

from prongsai.risks import rules


@pytest.mark.parametrize(
    ("score", "level"),
    [
        (1, rules.LOW),
        (3, rules.LOW),
        (4, rules.MEDIUM),
        (8, rules.MEDIUM),
        (9, rules.HIGH),
        (14, rules.HIGH),
        (15, rules.VERY_HIGH),
        (25, rules.VERY_HIGH),
    ],
)
def test_every_band_edge_of_the_defaults(score, level):
    assert rules.level_of_score(score) == level


@pytest.mark.parametrize(
    ("likelihood", "impact", "level"),
    [
        (1, 1, rules.LOW),
        (1, 3, rules.LOW),
        (2, 2, rules.MEDIUM),
        (2, 4, rules.MEDIUM),
        (3, 3, rules.HIGH),
        (2, 5, rules.HIGH),  # 10
        (3, 4, rules.HIGH),  # 12
        (3, 5, rules.VERY_HIGH),  # 15
        (4, 4, rules.VERY_HIGH),
        (5, 5, rules.VERY_HIGH),
    ],
)
def test_likelihood_times_impact(likelihood, impact, level):
    assert rules.level(likelihood, impact) == level


def test_the_matrix_has_every_level_and_no_gap():
    levels = {rules.level(x, y) for x in rules.SCALE for y in rules.SCALE}
    assert levels == set(rules.LEVELS)
    ranges = rules.band_ranges(rules.DEFAULT_BANDS)
    assert ranges[0][1] == 1
    assert ranges[-1][2] == 25
    assert all(ranges[i][2] + 1 == ranges[i + 1][1] for i in range(3))


@pytest.mark.parametrize(("likelihood", "impact"), [(0, 3), (6, 1), (3, 0), (3, 6)])
def test_outside_the_scale_is_refused(likelihood, impact):
    with pytest.raises(ValueError, match="1 to 5"):
        rules.score(likelihood, impact)


def test_bands_of_an_assessment_move_the_edges():
    bands = rules.Bands(medium_from=5, high_from=10, very_high_from=17)
    assert rules.level_of_score(4, bands) == rules.LOW
    assert rules.level_of_score(5, bands) == rules.MEDIUM
    assert rules.level_of_score(9, bands) == rules.MEDIUM
    assert rules.level_of_score(10, bands) == rules.HIGH
    assert rules.level_of_score(16, bands) == rules.HIGH
    assert rules.level_of_score(17, bands) == rules.VERY_HIGH


@pytest.mark.parametrize("edges", [(1, 9, 15), (9, 9, 15), (4, 15, 15), (4, 9, 26), (8, 4, 15)])
def test_bands_that_do_not_rise_are_refused(edges):
    with pytest.raises(ValidationError):
        rules.Bands(*edges).check()


def test_the_source_of_the_bands_is_printed_in_thai():
    assert "ป.ป.ท." in rules.DEFAULT_SOURCE
    assert "๑๕–๒๕" in rules.DEFAULT_SOURCE
