from datetime import date, timedelta
from decimal import Decimal

from django.utils import timezone

from prongsai.agencies.models import Agency
from prongsai.agencies.roles import Role
from prongsai.assets import actions, loan_actions
from prongsai.assets.models import Asset, Loan


def make_asset(agency: Agency, number: str = "7440-001-0001/2567", **kwargs) -> Asset:
    data = actions.AssetData(
        number=number,
        name=kwargs.pop("name", "เครื่องคอมพิวเตอร์โน้ตบุ๊ก"),
        acquired_on=kwargs.pop("acquired_on", date(2024, 6, 15)),
        cost=kwargs.pop("cost", Decimal("22000")),
        **kwargs,
    )
    return actions.create_asset(agency=agency, data=data, actor=None)


_counter = iter(range(1, 10**6))


def make_loan(
    agency: Agency,
    *,
    status: str = "requested",
    kind: str = "inside",
    borrower=None,
    asset: Asset | None = None,
    starts_on: date | None = None,
    due_on: date | None = None,
    actor=None,
) -> Loan:
    """A loan walked through the real steps up to `status`."""
    from tests.factories import member

    today = timezone.localdate()
    borrower = borrower or member(agency, Role.STAFF)
    asset = asset or make_asset(agency, number=f"7440-999-{next(_counter):04d}/2567")
    actor = actor or member(agency, Role.DIRECTOR)
    start = starts_on or today
    data = loan_actions.LoanData(
        kind=kind,
        assets=[(asset, 1)],
        purpose="ใช้สอนวิชาวิทยาศาสตร์",
        place="ห้อง 301",
        starts_on=start,
        due_on=due_on if due_on is not None else start + timedelta(days=7),
        borrower_agency="โรงเรียนบ้านเหนือ" if kind == "agency" else "",
    )
    loan = loan_actions.request_loan(agency=agency, borrower=borrower, data=data)
    if status == "requested":
        return loan
    if status in ("cancelled", "refused"):
        if status == "cancelled":
            loan_actions.cancel_loan(loan=loan, actor=borrower)
        else:
            loan_actions.refuse_loan(loan=loan, actor=actor, note="ไม่ว่าง")
        return loan
    loan_actions.check_loan(loan=loan, actor=actor)
    if status == "checked":
        return loan
    loan_actions.approve_loan(loan=loan, actor=actor)
    if status == "approved":
        return loan
    loan_actions.hand_over(loan=loan, actor=actor, on=start, conditions={})
    if status == "handed_over":
        return loan
    loan_actions.take_back(loan=loan, actor=actor, on=start, conditions={})
    return loan
