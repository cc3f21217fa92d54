"""The loan rules as plain functions (ระเบียบกระทรวงการคลังฯ พ.ศ. 2560 ข้อ 207–211): nothing
here reads the database, so each rule is tested on its own."""

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from django.utils.translation import gettext as _

from prongsai.agencies.roles import Role
from prongsai.assets.models import Asset, Loan

# Loans that hold their assets for their period: another loan of the same asset may not overlap.
HOLDING = (Loan.Status.APPROVED, Loan.Status.HANDED_OVER)
OPEN = (Loan.Status.REQUESTED, Loan.Status.CHECKED, Loan.Status.APPROVED)
# How bad a condition is: a return worse than the hand-over opens a damage record (ข้อ 209).
RANK: dict[str, int] = {
    Asset.Condition.USABLE: 0,
    Asset.Condition.NOT_NEEDED: 0,
    Asset.Condition.DETERIORATED: 1,
    Asset.Condition.DAMAGED: 2,
    Asset.Condition.LOST: 3,
}
# Days around the due date when `send_reminders` writes (ข้อ 211: chase within 7 days).
REMIND_BORROWER_BEFORE = 1
REMIND_APPROVER_AFTER = 7


def overlaps(start: date, due: date | None, other_start: date, other_due: date | None) -> bool:
    """Two periods share a day (both ends count; no return date = open-ended)."""
    return (due is None or other_start <= due) and (other_due is None or start <= other_due)


def period_error(kind: str, starts_on: date, due_on: date | None) -> str | None:
    if kind == Loan.Kind.STANDING:
        return None
    if due_on is None:
        return _("Type the date you will return the items.")
    if due_on < starts_on:
        return _("The return date is before the first day of the loan.")
    return None


def consumables_error(kind: str, assets: Iterable[Asset]) -> str | None:
    """ข้อ 210: consumables are lent only to another agency."""
    if kind == Loan.Kind.AGENCY:
        return None
    names = [asset.number for asset in assets if asset.kind == Asset.Kind.CONSUMABLE]
    if not names:
        return None
    return _(
        "%(numbers)s: consumables are lent only to another agency (ข้อ 210). Take them out "
        "through a requisition, or choose “Lend to another agency”."
    ) % {"numbers": ", ".join(names)}


def unusable_error(assets: Iterable[Asset]) -> str | None:
    names = [asset.number for asset in assets if asset.condition != Asset.Condition.USABLE]
    if not names:
        return None
    return _("%(numbers)s: not in a usable condition, so it cannot be lent.") % {
        "numbers": ", ".join(names)
    }


@dataclass(frozen=True)
class ApproverRule:
    approver: str  # Loan.Approver
    unit_id: int | None = None


def approver_for(kind: str, assets: Iterable[Asset], headed_units: Iterable[int]) -> ApproverRule:
    """ข้อ 208: use inside the premises — the head of the unit responsible for the assets;
    off-site, to another agency, or a standing issue — the director (or the delegate).

    Assets of several units, of none, or of a unit without a head go to the director, who
    heads every unit."""
    if kind == Loan.Kind.INSIDE:
        units = {asset.responsible_unit_id for asset in assets}
        if len(units) == 1:
            (unit,) = units
            if unit is not None and unit in set(headed_units):
                return ApproverRule(Loan.Approver.UNIT_HEAD, unit)
    return ApproverRule(Loan.Approver.DIRECTOR)


def may_approve(
    loan: Loan,
    *,
    user_id: int,
    roles: frozenset[str],
    headed_units: Iterable[int],
    delegate_id: int | None,
) -> bool:
    """The approver of ข้อ 208 for this loan; never the borrower himself or herself."""
    if loan.borrower_id == user_id:
        return False
    if Role.DIRECTOR in roles:
        return True
    if loan.approver == Loan.Approver.DIRECTOR:
        return delegate_id is not None and delegate_id == user_id
    return Role.UNIT_HEAD in roles and loan.approver_unit_id in set(headed_units)


def is_worse(before: str, after: str) -> bool:
    return RANK.get(after, 0) > RANK.get(before, 0)


def is_overdue(loan: Loan, today: date) -> bool:
    return (
        loan.status == Loan.Status.HANDED_OVER and loan.due_on is not None and loan.due_on < today
    )
