"""Loan to-do rows: requests to check and loans to hand over (asset officer), loans to approve
(the approver of ข้อ 208), overdue loans, and the borrower's own loans falling due."""

from collections.abc import Iterable
from datetime import timedelta

from django.urls import reverse
from django.utils.translation import gettext as _

from prongsai.agencies.roles import Role
from prongsai.agencies.todo import OVERDUE, THIS_WEEK, WAITING, Asker, TodoRow
from prongsai.assets import loan_queries as queries
from prongsai.assets import loan_rules as rules
from prongsai.assets.access import LOAN_KEEPERS
from prongsai.assets.models import Loan


def _url(asker: Asker, loan: Loan) -> str:
    return reverse("assets:loan_detail", kwargs={"agency": asker.agency.slug, "pk": loan.pk})


def loans_todo(asker: Asker) -> Iterable[TodoRow]:
    rows: list[TodoRow] = []
    keeps = bool(asker.roles & LOAN_KEEPERS)
    if keeps:
        for loan in queries.to_check(asker.agency):
            rows.append(
                TodoRow(
                    WAITING,
                    _("Check the items %(person)s asks to borrow")
                    % {"person": loan.borrower.display_name},
                    _url(asker, loan),
                    loan.starts_on,
                )
            )
        for loan in queries.to_hand_over(asker.agency):
            rows.append(
                TodoRow(
                    WAITING,
                    _("Hand the approved items over to %(person)s")
                    % {"person": loan.borrower.display_name},
                    _url(asker, loan),
                    loan.starts_on,
                )
            )
        for loan in queries.overdue(asker.agency, asker.today):
            rows.append(
                TodoRow(
                    OVERDUE,
                    _("Follow up the items %(person)s has not returned")
                    % {"person": loan.borrower.display_name},
                    _url(asker, loan),
                    loan.due_on,
                )
            )
    if asker.roles & {Role.DIRECTOR, Role.UNIT_HEAD}:
        headed = queries.headed_units(asker.agency, asker.user)
        delegate = queries.delegate_id(asker.agency)
        for loan in queries.awaiting_approval(asker.agency):
            if rules.may_approve(
                loan,
                user_id=asker.user.pk,
                roles=asker.roles,
                headed_units=headed,
                delegate_id=delegate,
            ):
                rows.append(
                    TodoRow(
                        WAITING,
                        _("Approve or refuse the loan asked by %(person)s")
                        % {"person": loan.borrower.display_name},
                        _url(asker, loan),
                        loan.starts_on,
                    )
                )
    week = asker.today + timedelta(days=7)
    for loan in queries.mine_out(asker.agency, asker.user):
        assert loan.due_on is not None
        if loan.due_on < asker.today:
            group = OVERDUE
        elif loan.due_on <= week:
            group = THIS_WEEK
        else:
            continue
        rows.append(
            TodoRow(group, _("Return the items you borrowed"), _url(asker, loan), loan.due_on)
        )
    return rows
