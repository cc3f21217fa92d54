"""The plan book's sums and the reports' quarters, against totals worked out by hand."""

from datetime import date
from decimal import Decimal

import pytest

from prongsai.budget import rules

D = Decimal


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("3500", D("3500.00")),
        ("3,500", D("3500.00")),
        ("๓,๕๐๐", D("3500.00")),
        ("3500 บาท", D("3500.00")),
        ("1,500.50", D("1500.50")),
        ("๑,๕๐๐", D("1500.00")),
        (" 12 500 บาทถ้วน ", D("12500.00")),
    ],
)
def test_amounts_are_read_as_people_type_them(typed, expected):
    assert rules.parse_baht(typed) == expected


@pytest.mark.parametrize("typed", ["-500", "abc", "1.234", "", "0", "12a"])
def test_bad_amounts_are_refused(typed):
    assert rules.parse_baht(typed) is None


def test_zero_only_where_allowed():
    assert rules.parse_baht("0", allow_zero=True) == D("0.00")
    assert rules.parse_baht("-1", allow_zero=True) is None


def test_an_unsplit_budget_falls_in_the_quarter_the_activity_starts():
    # 30 September is Q4 of the old year's plan; 1 October is Q1; 31 Dec Q1; 1 Jan Q2
    assert rules.quarter_split(D("100"), [None] * 4, date(2023, 10, 1)) == (D("100"), 0, 0, 0)
    assert rules.quarter_split(D("100"), [None] * 4, date(2023, 12, 31))[0] == D("100")
    assert rules.quarter_split(D("100"), [None] * 4, date(2024, 1, 1))[1] == D("100")
    assert rules.quarter_split(D("100"), [None] * 4, date(2024, 9, 30))[3] == D("100")


def test_a_typed_split_must_add_up():
    assert rules.quarter_split(D("100"), [D("60"), None, D("40"), None], date(2024, 1, 1)) == (
        D("60"),
        D("0.00"),
        D("40"),
        D("0.00"),
    )
    assert rules.quarter_split(D("100"), [D("60"), None, None, None], date(2024, 1, 1)) is None


def test_the_allocation_table_adds_up_to_the_satang():
    funds = [
        rules.FundRow(1, "เงินอุดหนุนรายหัว", D("100000.00"), D("5000.50")),
        rules.FundRow(2, "เงินรายได้สถานศึกษา", D("20000.00")),
    ]
    lines = [
        rules.Line(1, "academic", D("30000.25"), (D("30000.25"), 0, 0, 0)),
        rules.Line(1, "general", D("12000.00"), (0, D("12000.00"), 0, 0)),
        rules.Line(2, "academic", D("25000.00"), (0, 0, D("25000.00"), 0)),
        rules.Line(9, "academic", D("99.00")),  # a fund not in the plan: left out
    ]
    table = rules.allocation_table(funds, lines)
    first, second = table.rows
    assert first.available == D("105000.50")
    assert first.allocated == D("42000.25")
    assert first.reserve == D("63000.25")
    assert first.areas == [D("30000.25"), 0, 0, D("12000.00")]
    assert second.reserve == D("-5000.00")  # over-allocated: shown negative
    # by hand: 30000.25 + 12000 + 25000 = 67000.25; available 125000.50
    assert table.total.allocated == D("67000.25")
    assert table.total.available == D("125000.50")
    assert table.total.by_quarter == [D("30000.25"), D("12000.00"), D("25000.00"), 0]
    assert sum((row.allocated for row in table.rows), D(0)) == table.total.allocated


def test_the_quarter_report_carries_the_balance_across_quarter_boundaries():
    funds = [rules.FundRow(1, "รายหัว", brought_forward=D("1000.00"))]
    receipts = [
        rules.Movement(1, date(2023, 10, 1), D("5000.00")),  # Q1 first day
        rules.Movement(1, date(2024, 1, 1), D("2000.00")),  # Q2 first day
    ]
    spent = [
        rules.Movement(1, date(2023, 9, 30), D("999.00")),  # the year before: still before Q1
        rules.Movement(1, date(2023, 12, 31), D("300.50")),  # Q1 last day
        rules.Movement(1, date(2024, 1, 1), D("100.00")),  # Q2
        rules.Movement(1, date(2024, 4, 1), D("50.00")),  # Q3: not in Q2's report
    ]
    q1 = rules.quarter_report(funds, receipts, spent, year=2567, quarter=1)
    row = q1.rows[0]
    assert (row.brought_forward, row.received, row.spent) == (D("1"), D("5000"), D("300.50"))
    assert row.balance == D("4700.50")
    q2 = rules.quarter_report(funds, receipts, spent, year=2567, quarter=2)
    row = q2.rows[0]
    assert row.brought_forward == D("4700.50")  # Q1's balance
    assert (row.received, row.spent, row.balance) == (D("2000"), D("100"), D("6600.50"))
    assert q2.total.balance == row.balance


def test_progress_counts_spending_within_the_round_only():
    activities = [
        rules.ActivityRow(10, 1, D("1000")),
        rules.ActivityRow(11, 1, D("500")),
        rules.ActivityRow(20, 2, D("200")),
    ]
    paid = [
        rules.Paid(10, date(2023, 10, 1), D("400")),
        rules.Paid(10, date(2024, 3, 31), D("100")),
        rules.Paid(10, date(2024, 4, 1), D("999")),  # after 31 March
        rules.Paid(20, date(2024, 2, 1), D("250")),  # over budget
    ]
    first, last = rules.half_year(2567)
    assert (first, last) == (date(2023, 10, 1), date(2024, 3, 31))
    result = rules.progress([1, 2], activities, paid, first=first, last=last)
    one, two = result.rows[1], result.rows[2]
    assert (one.planned, one.spent, one.started, one.activities) == (D("1500"), D("500"), 1, 2)
    assert one.percent == D("33.33")
    assert two.over_budget
    assert two.remaining == D("-50")
    assert result.total.spent == D("750")
    assert result.total.planned == D("1700")
