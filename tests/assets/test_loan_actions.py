"""Loan steps against the database: overlap refusal, the approver by kind, availability that
moves with approval, one hand-over when two officers press at once, damage records."""

from datetime import timedelta
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from prongsai.agencies.roles import Role
from prongsai.assets import loan_actions as actions
from prongsai.assets.models import Asset, Damage, Loan
from tests.assets.helpers import make_asset, make_loan
from tests.factories import UnitFactory, member

pytestmark = pytest.mark.django_db

TODAY = timezone.localdate()


def request(agency, asset, *, kind="inside", start=TODAY, due=None, borrower=None, **extra):
    data = actions.LoanData(
        kind=kind,
        assets=[(asset, 1)],
        purpose="สอน",
        place="ห้อง 301",
        starts_on=start,
        due_on=due if due is not None else start + timedelta(days=3),
        **extra,
    )
    return actions.request_loan(
        agency=agency, borrower=borrower or member(agency, Role.STAFF), data=data
    )


def test_an_overlapping_request_is_refused_naming_the_asset(school):
    asset = make_asset(school)
    make_loan(
        school, status="approved", asset=asset, starts_on=TODAY, due_on=TODAY + timedelta(days=5)
    )
    with pytest.raises(ValidationError) as error:
        request(school, asset, start=TODAY + timedelta(days=5))
    assert asset.number in str(error.value)
    # the day after the other loan ends is free
    loan = request(school, asset, start=TODAY + timedelta(days=6))
    assert loan.status == Loan.Status.REQUESTED


def test_requests_do_not_block_each_other_but_approval_does(school):
    asset = make_asset(school)
    first = request(school, asset)
    second = request(school, asset)
    director = member(school, Role.DIRECTOR)
    for loan in (first, second):
        actions.check_loan(loan=loan, actor=director)
    actions.approve_loan(loan=first, actor=director)
    with pytest.raises(ValidationError):
        actions.approve_loan(loan=second, actor=director)
    second.refresh_from_db()
    assert second.status == Loan.Status.CHECKED


def test_a_cancelled_or_returned_loan_frees_the_asset(school):
    asset = make_asset(school)
    loan = make_loan(school, status="approved", asset=asset)
    asset.refresh_from_db()
    assert asset.availability == Asset.Availability.RESERVED
    actions.cancel_loan(loan=loan, actor=loan.borrower)
    asset.refresh_from_db()
    assert asset.availability == Asset.Availability.AVAILABLE
    request(school, asset)  # no clash any more


def test_availability_follows_the_steps(school):
    asset = make_asset(school)
    loan = make_loan(school, status="handed_over", asset=asset)
    asset.refresh_from_db()
    assert asset.availability == Asset.Availability.OUT
    actions.take_back(loan=loan, actor=member(school, Role.ASSET_OFFICER), on=TODAY, conditions={})
    asset.refresh_from_db()
    assert asset.availability == Asset.Availability.AVAILABLE
    assert loan.status == Loan.Status.RETURNED


def test_consumables_only_to_another_agency(school):
    paper = make_asset(school, number="8010-001-0001/2567", name="กระดาษ A4", kind="consumable")
    with pytest.raises(ValidationError, match="210"):
        request(school, paper, kind="off_site")
    loan = request(school, paper, kind="agency", borrower_agency="โรงเรียนบ้านเหนือ")
    assert loan.borrower_agency == "โรงเรียนบ้านเหนือ"
    assert loan.approver == Loan.Approver.DIRECTOR


def test_the_approver_by_kind(school):
    unit = UnitFactory(agency=school, name_th="กลุ่มสาระวิทยาศาสตร์")
    head = member(school, Role.UNIT_HEAD)
    head.memberships.filter(role=Role.UNIT_HEAD).update(unit=unit)
    asset = make_asset(school, responsible_unit=unit)
    inside = request(school, asset)
    assert (inside.approver, inside.approver_unit_id) == (Loan.Approver.UNIT_HEAD, unit.pk)
    actions.cancel_loan(loan=inside, actor=inside.borrower)
    off_site = request(school, asset, kind="off_site")
    assert off_site.approver == Loan.Approver.DIRECTOR
    actions.cancel_loan(loan=off_site, actor=off_site.borrower)
    standing = request(school, asset, kind="standing", due=None)
    assert standing.approver == Loan.Approver.DIRECTOR
    assert standing.due_on is None


def test_only_a_checked_loan_is_approved(school):
    loan = make_loan(school, status="requested")
    with pytest.raises(ValidationError):
        actions.approve_loan(loan=loan, actor=member(school, Role.DIRECTOR))


def test_two_officers_handing_over_at_once_end_with_one_hand_over(school):
    loan = make_loan(school, status="approved")
    first, second = member(school, Role.ASSET_OFFICER), member(school, Role.ASSET_OFFICER)
    stale = Loan.objects.get(pk=loan.pk)  # the second officer's page was opened before
    actions.hand_over(loan=loan, actor=first, on=TODAY, conditions={})
    with pytest.raises(ValidationError):
        actions.hand_over(loan=stale, actor=second, on=TODAY, conditions={})
    loan.refresh_from_db()
    assert loan.handed_over_by == first


def test_a_refusal_needs_a_reason(school):
    loan = make_loan(school, status="checked")
    with pytest.raises(ValidationError):
        actions.refuse_loan(loan=loan, actor=member(school, Role.DIRECTOR), note=" ")
    actions.refuse_loan(loan=loan, actor=member(school, Role.DIRECTOR), note="ใช้สอบ")
    assert loan.status == Loan.Status.REFUSED


def test_a_worse_return_opens_a_damage_record_and_changes_the_asset(school):
    asset = make_asset(school, cost=Decimal("18500"))
    loan = make_loan(school, status="handed_over", asset=asset)
    item = loan.items.get()
    officer = member(school, Role.ASSET_OFFICER)
    (damage,) = actions.take_back(
        loan=loan, actor=officer, on=TODAY, conditions={item.pk: Asset.Condition.DAMAGED}
    )
    asset.refresh_from_db()
    assert asset.condition == Asset.Condition.DAMAGED
    assert damage.value == Decimal("18500")
    assert damage.status == Damage.Status.OPEN
    assert asset.events.filter(kind="returned").exists()
    actions.settle_damage(
        damage=damage, remedy="repair", value=None, outcome="ซ่อมแล้ว", settled_on=TODAY
    )
    damage.refresh_from_db()
    assert damage.status == Damage.Status.SETTLED
    assert damage.remedy == "repair"


def test_a_same_condition_return_opens_nothing(school):
    loan = make_loan(school, status="handed_over")
    assert (
        actions.take_back(
            loan=loan, actor=member(school, Role.ASSET_OFFICER), on=TODAY, conditions={}
        )
        == []
    )
    assert not Damage.objects.exists()


def test_the_board_counts_each_list(school):
    from prongsai.assets.loan_queries import board

    make_loan(
        school,
        status="handed_over",
        starts_on=TODAY - timedelta(days=9),
        due_on=TODAY - timedelta(days=1),
    )
    make_loan(school, status="handed_over", due_on=TODAY + timedelta(days=2))
    make_loan(school, status="checked")
    make_loan(school, status="approved")
    found = board(school, TODAY)
    assert found.counts == {
        "out": 2,
        "due_this_week": 1,
        "overdue": 1,
        "awaiting": 1,
        "to_hand_over": 1,
    }
    assert [loan.due_on for loan in found.overdue] == [TODAY - timedelta(days=1)]
