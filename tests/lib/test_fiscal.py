"""Tests for prongsai.lib.fiscal: Thai fiscal years (1 Oct - 30 Sep, Buddhist era)."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime, timedelta
from itertools import pairwise

import pytest

from prongsai.lib.fiscal import (
    FiscalYear,
    current_fiscal_year,
    fiscal_month_order,
    fiscal_quarter,
    fiscal_year,
    fiscal_year_bounds,
    half_year_bounds,
    quarter_bounds,
)


@pytest.mark.parametrize(
    ("value", "year_be", "quarter"),
    [
        (date(2023, 9, 30), 2566, 4),
        (date(2023, 10, 1), 2567, 1),
        (date(2023, 12, 31), 2567, 1),
        (date(2024, 1, 1), 2567, 2),
        (date(2024, 2, 29), 2567, 2),
        (date(2024, 3, 31), 2567, 2),
        (date(2024, 4, 1), 2567, 3),
        (date(2024, 6, 30), 2567, 3),
        (date(2024, 7, 1), 2567, 4),
        (date(2024, 9, 30), 2567, 4),
        (date(2024, 10, 1), 2568, 1),
        (date(2024, 11, 15), 2568, 1),
        (date(2025, 5, 20), 2568, 3),
        (datetime(2024, 9, 30, 23, 59, 59), 2567, 4),
        (datetime(2024, 10, 1, 0, 0), 2568, 1),
    ],
)
def test_fiscal_year_and_quarter(value: date, year_be: int, quarter: int) -> None:
    assert fiscal_year(value) == year_be
    assert fiscal_quarter(value) == quarter


@pytest.mark.parametrize(
    ("month", "quarter"),
    [
        *[(10, 1), (11, 1), (12, 1), (1, 2), (2, 2), (3, 2)],
        *[(4, 3), (5, 3), (6, 3), (7, 4), (8, 4), (9, 4)],
    ],
)
def test_quarter_of_every_month(month: int, quarter: int) -> None:
    assert fiscal_quarter(date(2024, month, 15)) == quarter


def test_fiscal_year_bounds_2567() -> None:
    assert fiscal_year_bounds(2567) == (date(2023, 10, 1), date(2024, 9, 30))


@pytest.mark.parametrize("year_be", [2500, 2566, 2567, 2568, 2600])
def test_fiscal_year_bounds_are_consistent(year_be: int) -> None:
    start, end = fiscal_year_bounds(year_be)
    assert (start.month, start.day, end.month, end.day) == (10, 1, 9, 30)
    assert fiscal_year(start) == fiscal_year(end) == year_be
    assert fiscal_year(start - timedelta(days=1)) == year_be - 1
    assert fiscal_year(end + timedelta(days=1)) == year_be + 1
    assert fiscal_year_bounds(year_be + 1)[0] == end + timedelta(days=1)


@pytest.mark.parametrize(
    ("quarter", "expected"),
    [
        (1, (date(2023, 10, 1), date(2023, 12, 31))),
        (2, (date(2024, 1, 1), date(2024, 3, 31))),
        (3, (date(2024, 4, 1), date(2024, 6, 30))),
        (4, (date(2024, 7, 1), date(2024, 9, 30))),
    ],
)
def test_quarter_bounds_2567(quarter: int, expected: tuple[date, date]) -> None:
    assert quarter_bounds(2567, quarter) == expected
    start, end = expected
    assert fiscal_quarter(start) == fiscal_quarter(end) == quarter
    assert fiscal_year(start) == fiscal_year(end) == 2567


def test_quarters_tile_the_fiscal_year() -> None:
    start, end = fiscal_year_bounds(2568)
    quarters = [quarter_bounds(2568, q) for q in range(1, 5)]
    assert quarters[0][0] == start
    assert quarters[-1][1] == end
    for (_, previous_end), (next_start, _) in pairwise(quarters):
        assert next_start == previous_end + timedelta(days=1)


@pytest.mark.parametrize("quarter", [0, 5, -1, 100, True])
def test_quarter_bounds_rejects_bad_quarter(quarter: int) -> None:
    with pytest.raises(ValueError, match="ไตรมาส"):
        quarter_bounds(2567, quarter)


@pytest.mark.parametrize(
    ("year_be", "expected"),
    [
        (2567, (date(2023, 10, 1), date(2024, 3, 31))),
        (2568, (date(2024, 10, 1), date(2025, 3, 31))),
    ],
)
def test_half_year_bounds(year_be: int, expected: tuple[date, date]) -> None:
    assert half_year_bounds(year_be) == expected
    assert half_year_bounds(year_be)[1] == quarter_bounds(year_be, 2)[1]


def test_fiscal_month_order_2567() -> None:
    assert fiscal_month_order(2567) == [
        (2023, 10),
        (2023, 11),
        (2023, 12),
        (2024, 1),
        (2024, 2),
        (2024, 3),
        (2024, 4),
        (2024, 5),
        (2024, 6),
        (2024, 7),
        (2024, 8),
        (2024, 9),
    ]


@pytest.mark.parametrize("year_be", [2566, 2567, 2569])
def test_fiscal_month_order_matches_fiscal_year(year_be: int) -> None:
    months = fiscal_month_order(year_be)
    assert len(months) == len(set(months)) == 12
    assert all(fiscal_year(date(y, m, 1)) == year_be for y, m in months)


@pytest.mark.parametrize(
    ("today", "expected"),
    [(date(2024, 9, 30), 2567), (date(2024, 10, 1), 2568), (date(2026, 11, 25), 2570)],
)
def test_current_fiscal_year_with_explicit_today(today: date, expected: int) -> None:
    assert current_fiscal_year(today) == expected


def test_current_fiscal_year_defaults_to_today() -> None:
    before = fiscal_year(date.today())
    result = current_fiscal_year()
    after = fiscal_year(date.today())
    assert result in {before, after}


def test_fiscal_year_dataclass() -> None:
    fy = FiscalYear(2567)
    assert fy == FiscalYear.from_date(date(2024, 9, 30))
    assert FiscalYear.from_date(date(2024, 10, 1)) == FiscalYear(2568)
    assert (fy.start, fy.end) == fiscal_year_bounds(2567)
    assert fy.quarter(3) == quarter_bounds(2567, 3)
    assert date(2023, 10, 1) in fy
    assert date(2024, 9, 30) in fy
    assert datetime(2024, 9, 30, 23, 59) in fy
    assert date(2024, 10, 1) not in fy
    assert "2567" not in fy
    assert str(fy) == "ปีงบประมาณ พ.ศ. 2567"
    assert len({FiscalYear(2567), FiscalYear(2567), FiscalYear(2568)}) == 2
    with pytest.raises(dataclasses.FrozenInstanceError):
        fy.year_be = 2568  # type: ignore[misc]
