"""Reading a register sheet: Thai digits, Buddhist-era dates, each bad row named with its line."""

import re
from datetime import date
from decimal import Decimal

import pytest

from prongsai.agencies.models import Unit
from prongsai.assets.sheet import SheetError, heading_row, parse_assets
from prongsai.assets.values import normal_number, parse_amount, parse_condition
from tests.assets.helpers import make_asset

pytestmark = pytest.mark.django_db
TODAY = date(2026, 11, 30)


def row(**values):
    cells = dict.fromkeys(heading_row(), "")
    cells.update(values)
    return list(cells.values())


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("3500", Decimal("3500")),
        ("๓,๕๐๐", Decimal("3500")),
        ("3500 บาท", Decimal("3500")),
        ("3,500.50 บาท", Decimal("3500.50")),
        ("฿1,250,000", Decimal("1250000")),
        ("", None),
    ],
)
def test_amounts_as_people_type_them(typed, expected):
    assert parse_amount(typed) == expected


@pytest.mark.parametrize("typed", ["-5", "สามพัน", "1.234", "12e5"])
def test_what_is_not_an_amount_is_refused(typed):
    with pytest.raises(ValueError, match=re.escape(typed)):
        parse_amount(typed)


def test_numbers_and_conditions_are_read_as_people_write_them():
    assert normal_number(" ๗๔๔๐-๐๐๑ - ๐๐๐๑ / ๒๕๖๗ ") == "7440-001-0001/2567"
    assert parse_condition("เสื่อมสภาพ") == "deteriorated"
    assert parse_condition("สูญหาย") == "lost"
    assert parse_condition("") == "usable"
    assert parse_condition("พัง") is None


def test_a_good_sheet_with_thai_digits_and_buddhist_era_dates(school):
    Unit.objects.create(agency=school, name_th="งานเทคโนโลยีสารสนเทศ")
    table = [
        heading_row(),
        row(
            **{
                "เลขครุภัณฑ์": "๗๔๔๐-๐๐๑-๐๐๐๑/๒๕๖๗",
                "รายการ": "โน้ตบุ๊ก",
                "วันที่ได้มา": "๑๕/๐๖/๒๕๖๗",
                "ราคาทุน": "๒๒,๐๐๐ บาท",
                "ที่ตั้ง/หน่วยงานที่ดูแล": "งานเทคโนโลยีสารสนเทศ",
                "สภาพ": "ชำรุด",
                "ประเภท": "ครุภัณฑ์",
            }
        ),
        row(
            **{
                "เลขครุภัณฑ์": "7530-001-0001/2568",
                "รายการ": "กระดาษ A4",
                "วันที่ได้มา": "1 ม.ค. 68",
                "ประเภท": "วัสดุ",
            }
        ),
        row(**{"เลขครุภัณฑ์": "X-3", "รายการ": "ตู้", "วันที่ได้มา": "2024-05-01 00:00:00"}),
    ]
    rows = parse_assets(school, table, today=TODAY)
    assert [r.errors for r in rows] == [[], [], []]
    first, second, third = (r.clean for r in rows)
    assert first["number"] == "7440-001-0001/2567"
    assert first["acquired_on"] == "2024-06-15"
    assert first["cost"] == "22000"
    assert first["condition"] == "damaged"
    assert first["responsible_unit"] is not None
    assert second["acquired_on"] == "2025-01-01"
    assert second["kind"] == "consumable"
    assert third["acquired_on"] == "2024-05-01"  # an Excel date cell


def test_each_bad_row_is_named_by_its_line_with_what_to_fix(school):
    table = [
        heading_row(),
        row(**{"เลขครุภัณฑ์": "A-1", "รายการ": "โต๊ะ"}),
        row(**{"เลขครุภัณฑ์": "A-1", "รายการ": "เก้าอี้"}),
        row(**{"เลขครุภัณฑ์": "", "รายการ": "", "S/N": "SN1"}),
        row(**{"เลขครุภัณฑ์": "A-4", "รายการ": "พัดลม", "วันที่ได้มา": "31/02/2567"}),
        row(**{"เลขครุภัณฑ์": "A-5", "รายการ": "พัดลม", "ราคาทุน": "สามพัน", "สภาพ": "พัง"}),
        row(**{"เลขครุภัณฑ์": "A-6", "รายการ": "พัดลม", "วันที่ได้มา": "01/01/2575"}),
    ]
    rows = parse_assets(school, table, today=TODAY)
    by_line = {r.line: r.errors for r in rows}
    assert by_line[2] == []
    assert any("A-1" in e and "2" in e for e in by_line[3])  # the line it is already on
    assert len(by_line[4]) == 2  # no number, no item
    assert any("31/02/2567" in e for e in by_line[5])
    assert any("สามพัน" in e for e in by_line[6])
    assert any("พัง" in e for e in by_line[6])
    assert any("01/01/2575" in e for e in by_line[7])  # in the future


def test_a_number_already_in_the_register_is_marked_as_an_update(school, other_school):
    make_asset(school, "A-1")
    make_asset(other_school, "A-2")
    rows = parse_assets(
        school,
        [
            heading_row(),
            row(**{"เลขครุภัณฑ์": "A-1", "รายการ": "x"}),
            row(**{"เลขครุภัณฑ์": "A-2", "รายการ": "y"}),
        ],
        today=TODAY,
    )
    assert [r.existing for r in rows] == [True, False]


def test_a_sheet_without_the_headings_is_refused_as_a_whole(school):
    with pytest.raises(SheetError):
        parse_assets(school, [["a", "b"], ["1", "2"]], today=TODAY)
    with pytest.raises(SheetError):
        parse_assets(school, [heading_row()], today=TODAY)
