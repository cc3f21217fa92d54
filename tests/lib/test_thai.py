"""Tests for prongsai.lib.thai: digits, Buddhist-era dates, month parsing and baht text."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import pytest

from prongsai.lib import thai
from prongsai.lib.thai import (
    THAI_MONTHS,
    THAI_MONTHS_SHORT,
    baht_text,
    be_year,
    ce_year,
    date_input_text,
    duration_text,
    parse_thai_date,
    parse_thai_month_year,
    thai_date,
    thai_datetime,
    thai_month_year,
    to_arabic_digits,
    to_thai_digits,
)

# --- month names -------------------------------------------------------------------------


def test_month_tables() -> None:
    assert len(THAI_MONTHS) == 12
    assert len(THAI_MONTHS_SHORT) == 12
    assert THAI_MONTHS[0] == "มกราคม"
    assert THAI_MONTHS[8] == "กันยายน"
    assert THAI_MONTHS[11] == "ธันวาคม"
    assert THAI_MONTHS_SHORT == (
        "ม.ค.",
        "ก.พ.",
        "มี.ค.",
        "เม.ย.",
        "พ.ค.",
        "มิ.ย.",
        "ก.ค.",
        "ส.ค.",
        "ก.ย.",
        "ต.ค.",
        "พ.ย.",
        "ธ.ค.",
    )
    assert len(set(THAI_MONTHS) | set(THAI_MONTHS_SHORT)) == 24


# --- digits ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (0, "๐"),
        (1234567890, "๑๒๓๔๕๖๗๘๙๐"),
        ("2566", "๒๕๖๖"),
        ("ข้อ 3.2", "ข้อ ๓.๒"),
        (Decimal("12.50"), "๑๒.๕๐"),
        (-7, "-๗"),
        ("", ""),
        (None, ""),
        ("ไม่มีตัวเลข", "ไม่มีตัวเลข"),
        ("๑๒", "๑๒"),
    ],
)
def test_to_thai_digits(value: object, expected: str) -> None:
    assert to_thai_digits(value) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("๐๑๒๓๔๕๖๗๘๙", "0123456789"),
        ("กันยายน ๒๕๖๖", "กันยายน 2566"),
        ("abc 12 ๓๔", "abc 12 34"),
        ("", ""),
    ],
)
def test_to_arabic_digits(text: str, expected: str) -> None:
    assert to_arabic_digits(text) == expected


@pytest.mark.parametrize("text", ["0123456789", "ปี 2567 ข้อ 1.2", "-42.05"])
def test_digit_round_trip(text: str) -> None:
    assert to_arabic_digits(to_thai_digits(text)) == text
    thai = to_thai_digits(text)
    assert to_thai_digits(to_arabic_digits(thai)) == thai
    assert not any(ch.isascii() and ch.isdigit() for ch in thai)


# --- eras --------------------------------------------------------------------------------


@pytest.mark.parametrize(("ce", "be"), [(2024, 2567), (2023, 2566), (1957, 2500), (2026, 2569)])
def test_be_ce_years(ce: int, be: int) -> None:
    assert be_year(ce) == be
    assert ce_year(be) == ce
    assert ce_year(be_year(ce)) == ce


# --- dates -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "full", "short"),
    [
        (date(2026, 11, 25), "25 พฤศจิกายน 2569", "25 พ.ย. 2569"),
        (date(2024, 2, 29), "29 กุมภาพันธ์ 2567", "29 ก.พ. 2567"),
        (date(2024, 1, 1), "1 มกราคม 2567", "1 ม.ค. 2567"),
        (date(2023, 9, 5), "5 กันยายน 2566", "5 ก.ย. 2566"),
        (date(2024, 12, 31), "31 ธันวาคม 2567", "31 ธ.ค. 2567"),
        (datetime(2024, 5, 3, 23, 59), "3 พฤษภาคม 2567", "3 พ.ค. 2567"),
    ],
)
def test_thai_date(value: date, full: str, short: str) -> None:
    assert thai_date(value) == full
    assert thai_date(value, short=True) == short


def test_thai_date_every_month_uses_its_name() -> None:
    for month in range(1, 13):
        value = date(2024, month, 9)
        assert thai_date(value) == f"9 {THAI_MONTHS[month - 1]} 2567"
        assert thai_date(value, short=True) == f"9 {THAI_MONTHS_SHORT[month - 1]} 2567"


@pytest.mark.parametrize(
    ("value", "short", "expected"),
    [
        (date(2026, 11, 25), False, "๒๕ พฤศจิกายน ๒๕๖๙"),
        (date(2026, 11, 25), True, "๒๕ พ.ย. ๒๕๖๙"),
        (date(2024, 2, 29), False, "๒๙ กุมภาพันธ์ ๒๕๖๗"),
        (date(2024, 3, 7), False, "๗ มีนาคม ๒๕๖๗"),
    ],
)
def test_thai_date_thai_digits(value: date, short: bool, expected: str) -> None:
    assert thai_date(value, short=short, thai_digits=True) == expected


@pytest.mark.parametrize(
    ("value", "kwargs", "expected"),
    [
        (datetime(2026, 11, 25, 14, 5), {}, "25 พ.ย. 2569 14:05 น."),
        (datetime(2026, 11, 25, 14, 5), {"short": False}, "25 พฤศจิกายน 2569 14:05 น."),
        (datetime(2026, 11, 25, 14, 5), {"thai_digits": True}, "๒๕ พ.ย. ๒๕๖๙ ๑๔:๐๕ น."),
        (datetime(2024, 1, 2, 0, 0), {}, "2 ม.ค. 2567 00:00 น."),
        (datetime(2024, 1, 2, 9, 7, 59), {}, "2 ม.ค. 2567 09:07 น."),
        (datetime(2024, 12, 31, 23, 59), {}, "31 ธ.ค. 2567 23:59 น."),
    ],
)
def test_thai_datetime(value: datetime, kwargs: dict[str, bool], expected: str) -> None:
    assert thai_datetime(value, **kwargs) == expected


# --- month + year --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kwargs", "expected"),
    [
        ({}, "กันยายน 2566"),
        ({"short": True}, "ก.ย. 2566"),
        ({"thai_digits": True}, "กันยายน ๒๕๖๖"),
        ({"short": True, "thai_digits": True}, "ก.ย. ๒๕๖๖"),
    ],
)
def test_thai_month_year(kwargs: dict[str, bool], expected: str) -> None:
    assert thai_month_year(2566, 9, **kwargs) == expected


@pytest.mark.parametrize("month", [0, 13, -1])
def test_thai_month_year_rejects_bad_month(month: int) -> None:
    with pytest.raises(ValueError, match="เดือน"):
        thai_month_year(2566, month)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("กันยายน ๒๕๖๖", (2566, 9)),
        ("กันยายน 2566", (2566, 9)),
        ("ก.ย. 2566", (2566, 9)),
        ("ก.ย.๒๕๖๖", (2566, 9)),
        ("กย 2566", (2566, 9)),
        ("  มกราคม    ๒๕๖๗  ", (2567, 1)),
        ("ธันวาคม\t2567\n", (2567, 12)),
        ("ก. ย. 2566", (2566, 9)),
        ("กันยายน พ.ศ. ๒๕๖๖", (2566, 9)),
        ("มี.ค. 2568", (2568, 3)),
    ],
)
def test_parse_thai_month_year(text: str, expected: tuple[int, int]) -> None:
    assert parse_thai_month_year(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "กันยายน",
        "2566",
        "September 2566",
        "กันยา 2566",
        "กันยายน 66",
        "กันยายน 25666",
        "กันยายน 2566 เป็นต้นไป",
        "25 กันยายน 2566",
    ],
)
def test_parse_thai_month_year_unrecognised(text: str) -> None:
    assert parse_thai_month_year(text) is None


@pytest.mark.parametrize("month", range(1, 13))
@pytest.mark.parametrize("short", [False, True])
@pytest.mark.parametrize("thai_digits", [False, True])
def test_month_year_round_trip(month: int, short: bool, thai_digits: bool) -> None:
    text = thai_month_year(2567, month, short=short, thai_digits=thai_digits)
    assert parse_thai_month_year(text) == (2567, month)


# --- baht text -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("amount", "expected"),
    [
        (0, "ศูนย์บาทถ้วน"),
        (1, "หนึ่งบาทถ้วน"),
        (2, "สองบาทถ้วน"),
        (10, "สิบบาทถ้วน"),
        (11, "สิบเอ็ดบาทถ้วน"),
        (20, "ยี่สิบบาทถ้วน"),
        (21, "ยี่สิบเอ็ดบาทถ้วน"),
        (99, "เก้าสิบเก้าบาทถ้วน"),
        (100, "หนึ่งร้อยบาทถ้วน"),
        (101, "หนึ่งร้อยเอ็ดบาทถ้วน"),
        (110, "หนึ่งร้อยสิบบาทถ้วน"),
        (111, "หนึ่งร้อยสิบเอ็ดบาทถ้วน"),
        (121, "หนึ่งร้อยยี่สิบเอ็ดบาทถ้วน"),
        (1001, "หนึ่งพันเอ็ดบาทถ้วน"),
        (3000, "สามพันบาทถ้วน"),
        (10_000, "หนึ่งหมื่นบาทถ้วน"),
        (100_000, "หนึ่งแสนบาทถ้วน"),
        (999_999, "เก้าแสนเก้าหมื่นเก้าพันเก้าร้อยเก้าสิบเก้าบาทถ้วน"),
        (1_000_000, "หนึ่งล้านบาทถ้วน"),
        (1_000_001, "หนึ่งล้านเอ็ดบาทถ้วน"),
        (1_000_010, "หนึ่งล้านสิบบาทถ้วน"),
        (1_000_011, "หนึ่งล้านสิบเอ็ดบาทถ้วน"),
        (2_500_000, "สองล้านห้าแสนบาทถ้วน"),
        (11_000_000, "สิบเอ็ดล้านบาทถ้วน"),
        (21_000_000, "ยี่สิบเอ็ดล้านบาทถ้วน"),
        (101_000_000, "หนึ่งร้อยเอ็ดล้านบาทถ้วน"),
        (21_000_000_000, "สองหมื่นหนึ่งพันล้านบาทถ้วน"),
        (1_000_000_000_000, "หนึ่งล้านล้านบาทถ้วน"),
        (1_000_001_000_000, "หนึ่งล้านเอ็ดล้านบาทถ้วน"),
        (
            123_456_789,
            "หนึ่งร้อยยี่สิบสามล้านสี่แสนห้าหมื่นหกพันเจ็ดร้อยแปดสิบเก้าบาทถ้วน",
        ),
        (
            9_876_543_210_123,
            "เก้าล้านแปดแสนเจ็ดหมื่นหกพันห้าร้อยสี่สิบสามล้านสองแสนหนึ่งหมื่นหนึ่งร้อยยี่สิบสามบาทถ้วน",
        ),
    ],
)
def test_baht_text_whole(amount: int, expected: str) -> None:
    assert baht_text(amount) == expected


@pytest.mark.parametrize(
    ("amount", "expected"),
    [
        (1234.50, "หนึ่งพันสองร้อยสามสิบสี่บาทห้าสิบสตางค์"),
        (0.25, "ยี่สิบห้าสตางค์"),
        (Decimal("0.01"), "หนึ่งสตางค์"),
        (Decimal("0.11"), "สิบเอ็ดสตางค์"),
        (Decimal("0.21"), "ยี่สิบเอ็ดสตางค์"),
        (Decimal("1.01"), "หนึ่งบาทหนึ่งสตางค์"),
        (Decimal("101.01"), "หนึ่งร้อยเอ็ดบาทหนึ่งสตางค์"),
        (Decimal("5.10"), "ห้าบาทสิบสตางค์"),
        (Decimal("5.00"), "ห้าบาทถ้วน"),
        (Decimal("0.99"), "เก้าสิบเก้าสตางค์"),
    ],
)
def test_baht_text_satang(amount: Decimal | float, expected: str) -> None:
    assert baht_text(amount) == expected


@pytest.mark.parametrize(
    ("amount", "expected"),
    [
        # Half-up to the satang: exactly half a satang rounds away from zero.
        ("0.005", "หนึ่งสตางค์"),
        ("0.004", "ศูนย์บาทถ้วน"),
        ("0.0049999", "ศูนย์บาทถ้วน"),
        ("0.015", "สองสตางค์"),
        ("0.025", "สามสตางค์"),
        ("0.995", "หนึ่งบาทถ้วน"),
        ("999999.995", "หนึ่งล้านบาทถ้วน"),
        (1.005, "หนึ่งบาทหนึ่งสตางค์"),  # float 1.005 is not 1.00499… here
        (2.675, "สองบาทหกสิบแปดสตางค์"),
        ("-0.005", "ลบหนึ่งสตางค์"),
    ],
)
def test_baht_text_rounds_half_up(amount: str | float, expected: str) -> None:
    assert baht_text(amount) == expected


@pytest.mark.parametrize(
    ("amount", "expected"),
    [
        (-1, "ลบหนึ่งบาทถ้วน"),
        (-101, "ลบหนึ่งร้อยเอ็ดบาทถ้วน"),
        (Decimal("-1234.50"), "ลบหนึ่งพันสองร้อยสามสิบสี่บาทห้าสิบสตางค์"),
        ("-0.25", "ลบยี่สิบห้าสตางค์"),
        ("-0.001", "ศูนย์บาทถ้วน"),
        (Decimal("-0"), "ศูนย์บาทถ้วน"),
    ],
)
def test_baht_text_negative(amount: Decimal | int | str, expected: str) -> None:
    assert baht_text(amount) == expected


@pytest.mark.parametrize(
    "amount",
    [
        Decimal("1234.5"),
        "1234.5",
        "1234.50",
        " 1,234.50 ",
        "๑,๒๓๔.๕๐",
        1234.5,
        Decimal("1.2345E+3"),
    ],
)
def test_baht_text_input_types(amount: Decimal | float | str) -> None:
    assert baht_text(amount) == "หนึ่งพันสองร้อยสามสิบสี่บาทห้าสิบสตางค์"


@pytest.mark.parametrize("amount", ["1e999999999", Decimal("1E37"), -(10**40)])
def test_baht_text_rejects_absurdly_large_amounts(amount: Decimal | int | str) -> None:
    with pytest.raises(ValueError, match="มากเกินไป"):
        baht_text(amount)


def test_baht_text_huge_decimal_does_not_overflow_precision() -> None:
    assert baht_text(Decimal(10) ** 30) == "หนึ่ง" + "ล้าน" * 5 + "บาทถ้วน"
    huge = "1" + "0" * 30
    assert baht_text(Decimal(huge + ".5")) == "หนึ่ง" + "ล้าน" * 5 + "บาทห้าสิบสตางค์"
    assert baht_text(huge + ".995") == "หนึ่ง" + "ล้าน" * 5 + "เอ็ดบาทถ้วน"


@pytest.mark.parametrize(
    "amount",
    ["", "abc", "12บาท", "1.2.3", "nan", "NaN", "inf", "-Infinity", float("nan"), float("inf")],
)
def test_baht_text_rejects_non_numbers(amount: str | float) -> None:
    with pytest.raises(ValueError, match="จำนวนเงินไม่ถูกต้อง"):
        baht_text(amount)


@pytest.mark.parametrize("amount", [None, True, [1], object()])
def test_baht_text_rejects_wrong_types(amount: object) -> None:
    with pytest.raises(ValueError, match="ไม่ใช่ตัวเลข"):
        baht_text(amount)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("minutes", "thai", "english"),
    [
        (0, "0 นาที", "0 minutes"),
        (1, "1 นาที", "1 minute"),
        (45, "45 นาที", "45 minutes"),
        (60, "1 ชั่วโมง", "1 hour"),
        (150, "2 ชั่วโมง 30 นาที", "2 hours 30 minutes"),
        (1440, "1 วัน", "1 day"),
        (1441, "1 วัน 1 นาที", "1 day 1 minute"),
        (2 * 1440 + 90, "2 วัน 1 ชั่วโมง 30 นาที", "2 days 1 hour 30 minutes"),
        (1440 * 1500, "1,500 วัน", "1,500 days"),
    ],
)
def test_duration_text(minutes: int, thai: str, english: str) -> None:
    assert duration_text(minutes) == thai
    assert duration_text(minutes, english=True) == english


@pytest.mark.parametrize("minutes", [-1, 1.5, "60", True, None])
def test_duration_text_rejects_what_is_not_a_count_of_minutes(minutes: object) -> None:
    with pytest.raises(ValueError, match="ระยะเวลา"):
        duration_text(minutes)  # type: ignore[arg-type]


# --- typed dates -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("25/11/2569", date(2026, 11, 25)),
        ("1/2/2569", date(2026, 2, 1)),
        (" 25 / 11 / 2569 ", date(2026, 11, 25)),
        ("25-11-2569", date(2026, 11, 25)),
        ("25.11.2569", date(2026, 11, 25)),
        ("๒๕/๑๑/๒๕๖๙", date(2026, 11, 25)),
        ("25/11/69", date(2026, 11, 25)),
        ("25/11/2026", date(2026, 11, 25)),
        ("29/02/2567", date(2024, 2, 29)),
        ("2026-11-25", date(2026, 11, 25)),
        ("2569-11-25", date(2026, 11, 25)),
        ("25 พ.ย. 2569", date(2026, 11, 25)),
        ("25 พฤศจิกายน พ.ศ. ๒๕๖๙", date(2026, 11, 25)),
        ("1 มกราคม 2400", date(1857, 1, 1)),
        ("31/12/2399", date(2399, 12, 31)),
        ("25112569", date(2026, 11, 25)),
        ("๒๕๑๑๖๙", date(2026, 11, 25)),
        ("05012570", date(2027, 1, 5)),
    ],
)
def test_parse_thai_date(text: str, expected: date) -> None:
    assert parse_thai_date(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "abc",
        "11/25/2569",
        "31/02/2569",
        "29/02/2566",
        "25/11",
        "25/11/256",
        "25/13/2569",
        "0/11/2569",
        "25 ฟฟฟ 2569",
        "25/11/25690",
        "123/11/2569",
        "25/11/99999",
        "2511256",
        "32112569",
    ],
)
def test_parse_thai_date_refuses(text: str) -> None:
    assert parse_thai_date(text) is None


@pytest.mark.parametrize("value", [date(2026, 11, 25), date(2027, 1, 5), date(2024, 2, 29)])
def test_date_input_text_round_trip(value: date) -> None:
    assert parse_thai_date(date_input_text(value)) == value
    assert date_input_text(date(2027, 1, 5)) == "05/01/2570"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("3500", "3500.00"),
        ("3,500.50", "3500.50"),
        ("๓,๕๐๐", "3500.00"),
        ("3500 บาท", "3500.00"),
        ("3,500 บาทถ้วน", "3500.00"),
        ("฿3,500", "3500.00"),
        ("3500.", "3500.00"),
        ("0", "0.00"),
        ("999,999,999,999.99", "999999999999.99"),
    ],
)
def test_parse_baht_reads_what_people_type(text: str, expected: str) -> None:
    assert thai.parse_baht(text) == Decimal(expected)


@pytest.mark.parametrize(
    "text", ["", "บาท", "-5", "3.505", "สามพัน", "1e3", "1,000,000,000,000", "3 500 . 5 0 0"]
)
def test_parse_baht_refuses_what_is_not_an_amount(text: str) -> None:
    assert thai.parse_baht(text) is None
