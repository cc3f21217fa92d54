"""Months of a fiscal year, amounts as typed, bidders' lines, and the rules of a purchase."""

from datetime import date
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError

from prongsai.procurement import actions, queries, rules
from prongsai.procurement.models import Method, Purchase
from tests.procurement.helpers import buy


def test_month_bounds_follow_the_fiscal_year():
    assert rules.month_bounds(2567, 10) == (date(2023, 10, 1), date(2023, 10, 31))
    assert rules.month_bounds(2567, 12) == (date(2023, 12, 1), date(2023, 12, 31))
    assert rules.month_bounds(2567, 1) == (date(2024, 1, 1), date(2024, 1, 31))
    assert rules.month_bounds(2567, 2) == (date(2024, 2, 1), date(2024, 2, 29))
    assert rules.month_bounds(2567, 9) == (date(2024, 9, 1), date(2024, 9, 30))
    assert rules.month_title(2567, 10) == "ตุลาคม พ.ศ. 2566"
    assert rules.months_in_order(2567)[:4] == [10, 11, 12, 1]


@pytest.mark.parametrize(
    ("typed", "value"),
    [
        ("1,500.50", Decimal("1500.50")),
        ("๑,๕๐๐", Decimal("1500.00")),
        ("1500 บาท", Decimal("1500.00")),
        ("-5", None),
        ("สองพัน", None),
        ("0", None),
    ],
)
def test_amounts_are_read_as_people_type_them(typed, value):
    assert rules.parse_baht(typed) == value


def test_bidders_are_read_one_a_line():
    bidders, errors = rules.parse_bidders("ร้านสมใจ 3,500\nหจก. ดีเลิศ 2560: ๓,๖๐๐ บาท")
    assert errors == []
    assert [(b.name, b.price) for b in bidders] == [
        ("ร้านสมใจ", Decimal("3500.00")),
        ("หจก. ดีเลิศ 2560", Decimal("3600.00")),
    ]
    _bidders, errors = rules.parse_bidders("ร้านสมใจ\nร้านดี 100")
    assert len(errors) == 1
    assert "1" in errors[0]
    assert "ร้านสมใจ" in errors[0]


@pytest.mark.django_db
def test_a_purchase_keeps_its_bidders_and_its_fiscal_year(school):
    purchase = buy(
        school,
        date(2023, 9, 30),
        "3500",
        ceiling="4000",
        bidders=[("ร้านสมใจ", "3500"), ("ร้านดีเลิศ", "3800.25")],
    )
    assert purchase.year == 2566
    assert [(b.name, b.price) for b in purchase.bidders.all()] == [
        ("ร้านสมใจ", Decimal("3500.00")),
        ("ร้านดีเลิศ", Decimal("3800.25")),
    ]
    assert buy(school, date(2023, 10, 1), "100").year == 2567


@pytest.mark.django_db
def test_without_bidders_the_supplier_was_the_only_one(school):
    purchase = buy(school, date(2024, 1, 5), "990.50")
    assert [(b.name, b.price) for b in purchase.bidders.all()] == [
        ("ร้านสมใจพาณิชย์", Decimal("990.50"))
    ]


@pytest.mark.django_db
def test_an_agreed_price_above_the_ceiling_or_a_date_outside_the_year_saves_nothing(school):
    with pytest.raises(ValidationError) as refused:
        buy(school, date(2024, 1, 5), "5000", ceiling="4000")
    assert "agreed_price" in refused.value.message_dict
    data = actions.PurchaseData(
        purchased_on=date(2024, 10, 1),
        what="ชอล์ก",
        ceiling=Decimal(100),
        method=Method.SPECIFIC,
        supplier="ร้าน",
        agreed_price=Decimal(100),
        reason="ราคาต่ำสุด",
    )
    with pytest.raises(ValidationError) as refused:
        actions.save_purchase(agency=school, data=data, year=2567)
    assert "purchased_on" in refused.value.message_dict
    assert not Purchase.objects.exists()


@pytest.mark.django_db
def test_a_plan_without_items_is_not_published(school):
    with pytest.raises(ValidationError):
        actions.publish_plan(agency=school, year=2567, today=date(2023, 10, 20))
    actions.save_plan_item(
        agency=school,
        year=2567,
        data=actions.PlanItemData("ครุภัณฑ์คอมพิวเตอร์", Decimal("45000"), Method.E_BIDDING, 1),
    )
    plan = actions.publish_plan(agency=school, year=2567, today=date(2023, 10, 20))
    assert queries.published_plan(school, 2567) == plan
