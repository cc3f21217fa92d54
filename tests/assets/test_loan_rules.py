"""The loan rules on their own (ข้อ 208, 209, 210): no database."""

from datetime import date

from prongsai.agencies.roles import Role
from prongsai.assets import loan_rules as rules
from prongsai.assets.models import Asset, Loan

D = date(2026, 12, 1)


def asset(kind="durable", unit=None, condition="usable", number="7440-001-0001/2567"):
    return Asset(number=number, kind=kind, responsible_unit_id=unit, condition=condition)


def test_periods_overlap_when_they_share_a_day():
    assert rules.overlaps(D, date(2026, 12, 5), date(2026, 12, 5), date(2026, 12, 9))
    assert not rules.overlaps(D, date(2026, 12, 4), date(2026, 12, 5), date(2026, 12, 9))
    # no return date: open-ended
    assert rules.overlaps(D, None, date(2027, 6, 1), date(2027, 6, 2))
    assert not rules.overlaps(date(2027, 1, 1), None, D, date(2026, 12, 31))


def test_a_return_date_is_needed_except_for_a_standing_issue():
    assert rules.period_error(Loan.Kind.OFF_SITE, D, None)
    assert rules.period_error(Loan.Kind.INSIDE, D, date(2026, 11, 30))
    assert rules.period_error(Loan.Kind.INSIDE, D, D) is None
    assert rules.period_error(Loan.Kind.STANDING, D, None) is None


def test_consumables_go_only_to_another_agency():
    paper = asset(kind="consumable", number="8010-001-0001/2567")
    for kind in (Loan.Kind.INSIDE, Loan.Kind.OFF_SITE, Loan.Kind.STANDING):
        error = rules.consumables_error(kind, [asset(), paper])
        assert error
        assert "8010-001-0001/2567" in error
        assert "210" in error
    assert rules.consumables_error(Loan.Kind.AGENCY, [paper]) is None
    assert rules.consumables_error(Loan.Kind.INSIDE, [asset()]) is None


def test_a_damaged_asset_is_not_lent():
    assert rules.unusable_error([asset(condition="damaged")])
    assert rules.unusable_error([asset()]) is None


def test_the_approver_follows_clause_208():
    inside = rules.approver_for(Loan.Kind.INSIDE, [asset(unit=5), asset(unit=5)], [5])
    assert inside == rules.ApproverRule(Loan.Approver.UNIT_HEAD, 5)
    for kind in (Loan.Kind.OFF_SITE, Loan.Kind.AGENCY, Loan.Kind.STANDING):
        assert rules.approver_for(kind, [asset(unit=5)], [5]).approver == Loan.Approver.DIRECTOR
    # assets of two units, of no unit, or of a unit without a head: the director
    assert (
        rules.approver_for(Loan.Kind.INSIDE, [asset(unit=5), asset(unit=6)], [5, 6]).approver
        == "director"
    )
    assert rules.approver_for(Loan.Kind.INSIDE, [asset()], [5]).approver == "director"
    assert rules.approver_for(Loan.Kind.INSIDE, [asset(unit=7)], [5]).approver == "director"


def test_who_may_approve():
    inside = Loan(borrower_id=1, approver=Loan.Approver.UNIT_HEAD, approver_unit_id=5)
    off_site = Loan(borrower_id=1, approver=Loan.Approver.DIRECTOR)
    head = {"user_id": 2, "roles": frozenset({Role.UNIT_HEAD}), "headed_units": [5]}
    assert rules.may_approve(inside, delegate_id=None, **head)
    assert not rules.may_approve(
        inside, delegate_id=None, user_id=2, roles=head["roles"], headed_units=[6]
    )
    assert not rules.may_approve(off_site, delegate_id=None, **head)
    assert rules.may_approve(off_site, delegate_id=2, **head)  # the director's delegate
    director = {"user_id": 3, "roles": frozenset({Role.DIRECTOR}), "headed_units": []}
    assert rules.may_approve(off_site, delegate_id=None, **director)
    assert rules.may_approve(inside, delegate_id=None, **director)
    # never one's own loan
    assert not rules.may_approve(
        off_site, delegate_id=None, user_id=1, roles=director["roles"], headed_units=[]
    )
    assert not rules.may_approve(
        off_site,
        delegate_id=None,
        user_id=4,
        roles=frozenset({Role.ASSET_OFFICER}),
        headed_units=[],
    )


def test_worse_condition():
    assert rules.is_worse("usable", "damaged")
    assert rules.is_worse("deteriorated", "lost")
    assert not rules.is_worse("damaged", "usable")
    assert not rules.is_worse("usable", "usable")
