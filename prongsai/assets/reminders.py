"""Loan reminders (send_reminders, daily, with an injected `today`): the borrower a day before
the due date; the borrower and the asset officers on the due date; the approver when a loan is
7 days past due (ข้อ 211: the lender chases within 7 days of the due date)."""

from datetime import date, timedelta

from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from prongsai.assets import loan_queries as queries
from prongsai.assets.loan_rules import REMIND_APPROVER_AFTER, REMIND_BORROWER_BEFORE
from prongsai.assets.models import Loan
from prongsai.lib.thai import thai_date
from prongsai.outbox.actions import queue_mail


def _what(loan: Loan) -> str:
    return ", ".join(f"{item.asset.number} {item.asset.name}" for item in loan.items.all())


def _path(loan: Loan) -> str:
    return reverse("assets:loan_detail", kwargs={"agency": loan.agency.slug, "pk": loan.pk})


def _send(to: list[str], loan: Loan, subject: str, body: str, kind: str) -> int:
    emails = [email for email in to if email]
    if not emails:
        return 0
    queue_mail(to=emails, subject=f"[{loan.agency.name_th}] {subject}", body=body, kind=kind)
    return 1


def send_loan_reminders(*, today: date | None = None) -> int:
    """Side effects: e-mails queued in the outbox. Returns how many were queued."""
    today = today or timezone.localdate()
    sent = 0
    tomorrow = list(queries.due_on(today + timedelta(days=REMIND_BORROWER_BEFORE)))
    for loan in tomorrow:
        sent += _send(
            [loan.borrower.email] if loan.borrower.is_active else [],
            loan,
            _("Return the borrowed items tomorrow"),
            _("Please return these items to the asset officer by %(due)s: %(what)s. (%(path)s)")
            % {"due": thai_date(loan.due_on or today), "what": _what(loan), "path": _path(loan)},
            "assets.loan_due_soon",
        )
    due_today = list(queries.due_on(today))
    officers = queries.officers_emails([loan.agency_id for loan in due_today])
    for loan in due_today:
        borrower = [loan.borrower.email] if loan.borrower.is_active else []
        sent += _send(
            borrower + officers.get(loan.agency_id, []),
            loan,
            _("Borrowed items are due back today"),
            _("%(person)s is to return these items today, %(due)s: %(what)s. (%(path)s)")
            % {
                "person": loan.borrower.display_name,
                "due": thai_date(today),
                "what": _what(loan),
                "path": _path(loan),
            },
            "assets.loan_due_today",
        )
    for loan in queries.due_on(today - timedelta(days=REMIND_APPROVER_AFTER)):
        approver = loan.decided_by
        if approver is None or not approver.is_active:
            continue
        sent += _send(
            [approver.email],
            loan,
            _("A loan you approved is 7 days overdue"),
            _(
                "%(person)s has not returned the items due on %(due)s: %(what)s. Under ข้อ 211 "
                "the lender follows up within 7 days of the due date. (%(path)s)"
            )
            % {
                "person": loan.borrower.display_name,
                "due": thai_date(loan.due_on or today),
                "what": _what(loan),
                "path": _path(loan),
            },
            "assets.loan_overdue",
        )
    return sent
