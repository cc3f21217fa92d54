"""The gift rules: each branch, the limit at 2,999 / 3,000 / 3,001 baht, the deadline at day
29 / 30 / 31, the dates a gift may have been received, and amounts as people type them."""

from datetime import date, timedelta
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError

from prongsai.agencies.roles import Role
from prongsai.integrity import actions, rules
from prongsai.integrity.forms import GiftForm
from prongsai.integrity.models import Gift
from tests.factories import member
from tests.integrity.helpers import declare

LIMIT = Decimal("3000")


@pytest.mark.parametrize(
    ("relative", "to_public", "value", "expected"),
    [
        (True, False, Decimal("50000"), Gift.Outcome.KEPT),
        (False, True, Decimal("50000"), Gift.Outcome.KEPT),
        (False, False, Decimal("2999"), Gift.Outcome.ALLOWED),
        (False, False, Decimal("3000"), Gift.Outcome.ALLOWED),
        (False, False, Decimal("3000.01"), Gift.Outcome.REPORT),
        (False, False, Decimal("3001"), Gift.Outcome.REPORT),
    ],
)
def test_outcome_of_each_branch(relative, to_public, value, expected):
    assert (
        rules.gift_outcome(relative=relative, to_public=to_public, value=value, limit=LIMIT)
        == expected
    )


def test_deadline_is_thirty_days_after_receipt_and_day_31_is_late():
    received = date(2026, 1, 10)
    deadline = rules.report_deadline(received, 30)
    assert deadline == date(2026, 2, 9)
    assert not rules.is_late(deadline, received + timedelta(days=29))
    assert not rules.is_late(deadline, received + timedelta(days=30))
    assert rules.is_late(deadline, received + timedelta(days=31))


@pytest.mark.parametrize(
    ("typed", "value"),
    [
        ("3500", Decimal("3500")),
        ("3,500", Decimal("3500")),
        ("๓,๕๐๐", Decimal("3500")),
        ("3500 บาท", Decimal("3500")),
        ("๓๕๐๐ บาทถ้วน", Decimal("3500")),
        ("3,500.50", Decimal("3500.50")),
        (" 1 200 ", Decimal("1200")),
    ],
)
def test_amounts_are_read_as_typed(typed, value):
    assert rules.parse_baht(typed) == value


@pytest.mark.parametrize("typed", ["", "สามพัน", "-5", "0", "1e5", "3.5.0", "12.345", "=1+1"])
def test_other_amounts_are_refused(typed):
    assert rules.parse_baht(typed) is None


def _form(**changes):
    data = {
        "received_on": "10/11/2569",
        "giver_name": "นายให้ ทดสอบ",
        "relationship": "other",
        "business": "none",
        "occasion": "festival",
        "description": "กระเช้า",
        "value": "๓,๕๐๐ บาท",
    }
    data.update(changes)
    return GiftForm(data, today=date(2026, 11, 30))


def test_the_form_reads_thai_digits_and_baht():
    form = _form()
    assert form.is_valid(), form.errors
    assert form.cleaned_data["value"] == Decimal("3500")
    assert form.cleaned_data["received_on"] == date(2026, 11, 10)


def test_the_form_names_the_field_of_a_bad_amount():
    form = _form(value="สามพันห้า")
    assert not form.is_valid()
    assert list(form.errors) == ["value"]


@pytest.mark.parametrize(
    ("typed", "code"),
    [("01/12/2569", "future"), ("30/09/2568", "too_old")],
)
def test_the_form_refuses_a_date_in_the_future_or_too_old(typed, code):
    form = _form(received_on=typed)
    assert not form.is_valid()
    assert form.has_error("received_on", code)


def test_the_oldest_date_is_the_start_of_the_previous_fiscal_year():
    form = _form(received_on="01/10/2568")  # FY 2569 began on 1 Oct 2025
    assert form.is_valid(), form.errors


@pytest.mark.django_db
def test_declaring_snapshots_the_outcome_and_the_deadline(school):
    teacher = member(school, Role.STAFF)
    received = date(2026, 11, 1)
    gift = declare(school, teacher, received_on=received, today=date(2026, 11, 30))
    assert (gift.outcome, gift.status) == (Gift.Outcome.REPORT, Gift.Status.TO_REPORT)
    assert gift.deadline == date(2026, 12, 1)
    assert gift.limit_baht == Decimal("3000")
    actions.save_settings(agency=school, limit_baht=Decimal("10000"), report_days=15, remind_days=3)
    gift.refresh_from_db()
    assert gift.deadline == date(2026, 12, 1)  # a later change rewrites nothing
    small = declare(school, teacher, value=Decimal("9000"), today=date(2026, 11, 30))
    assert (small.outcome, small.status, small.deadline) == (
        Gift.Outcome.ALLOWED,
        Gift.Status.RECORDED,
        None,
    )


@pytest.mark.django_db
def test_relative_and_public_gifts_are_recorded_only(school):
    teacher = member(school, Role.STAFF)
    kin = declare(school, teacher, relationship=Gift.Relationship.RELATIVE, value=Decimal("90000"))
    public = declare(school, teacher, to_public=True, value=Decimal("90000"))
    for gift in (kin, public):
        assert (gift.outcome, gift.status, gift.deadline) == (
            Gift.Outcome.KEPT,
            Gift.Status.RECORDED,
            None,
        )


@pytest.mark.django_db
def test_nothing_is_saved_for_a_refused_date(school):
    teacher = member(school, Role.STAFF)
    with pytest.raises(ValidationError):
        declare(school, teacher, received_on=date(2030, 1, 1), today=date(2026, 11, 30))
    assert not Gift.objects.exists()


@pytest.mark.django_db
@pytest.mark.parametrize(("day", "late"), [(29, False), (30, False), (31, True)])
def test_reporting_on_day_29_30_31(school, day, late):
    teacher = member(school, Role.STAFF)
    received = date(2026, 10, 1)
    gift = declare(school, teacher, received_on=received, today=received)
    actions.report_gift(gift=gift, by=teacher, today=received + timedelta(days=day))
    assert gift.status == Gift.Status.REPORTED
    assert gift.reported_late is late


@pytest.mark.django_db
def test_a_decision_needs_a_reason_and_is_never_changed(school):
    teacher = member(school, Role.STAFF)
    director = member(school, Role.DIRECTOR)
    gift = declare(school, teacher, report_now=True)
    assert gift.status == Gift.Status.REPORTED
    with pytest.raises(ValidationError):
        actions.decide_gift(gift=gift, by=director, decision=Gift.Decision.KEEP, reason="  ")
    decided = actions.decide_gift(
        gift=gift, by=director, decision=Gift.Decision.RETURN, reason="คู่สัญญา"
    )
    assert (decided.status, decided.decision, decided.decided_by) == (
        Gift.Status.DECIDED,
        Gift.Decision.RETURN,
        director,
    )
    assert decided.decided_at is not None
    with pytest.raises(ValidationError):
        actions.decide_gift(gift=decided, by=director, decision=Gift.Decision.KEEP, reason="เปลี่ยน")
    decided.refresh_from_db()
    assert decided.decision == Gift.Decision.RETURN


@pytest.mark.django_db
def test_an_unreported_gift_cannot_be_decided(school):
    gift = declare(school, member(school, Role.STAFF))
    with pytest.raises(ValidationError):
        actions.decide_gift(
            gift=gift, by=member(school, Role.DIRECTOR), decision="keep", reason="ได้"
        )
