"""What the editors do with purchase orders and transfers, and what the director decides.
Each owns its transaction and refuses with a Thai message, nothing half-saved.

- A purchase order (ใบสั่งซื้อ/สั่งจ้าง) commits an activity's money until it is paid; an order
  can be cancelled (what it still commits is released; payments already made stay).
- A transfer between two activities of an approved plan is recorded by an editor and moves
  the money only when the director approves it; it may not move more than the source activity
  has left (its budget with transfers, less committed and spent).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from prongsai.accounts.models import User
from prongsai.budget import ledger_queries, rules
from prongsai.budget.models import Activity, Commitment, Plan, Transfer


def _in_year(plan: Plan, on: date) -> None:
    if not rules.in_year(on, plan.year):
        raise ValidationError(
            _("The date must fall within fiscal year %(year)s (1 October to 30 September).")
            % {"year": plan.year}
        )


def _positive(amount: Decimal) -> None:
    if amount <= 0:
        raise ValidationError(_("The amount must be more than zero."))


@transaction.atomic
def record_commitment(
    *,
    plan: Plan,
    activity: Activity,
    committed_on: date,
    amount: Decimal,
    document_no: str = "",
    description: str = "",
    by: User | None = None,
) -> Commitment:
    if activity.project.plan_id != plan.pk:
        raise ValidationError(_("Choose an activity of this plan."))
    _in_year(plan, committed_on)
    _positive(amount)
    return Commitment.objects.create(
        activity=activity,
        committed_on=committed_on,
        amount=amount,
        document_no=document_no,
        description=description,
        recorded_by=by,
    )


@transaction.atomic
def cancel_commitment(*, commitment: Commitment) -> Commitment:
    locked = Commitment.objects.select_for_update().get(pk=commitment.pk)
    if locked.cancelled:
        raise ValidationError(_("The order is already cancelled."))
    locked.cancelled = True
    locked.save(update_fields=["cancelled"])
    return locked


@transaction.atomic
def request_transfer(
    *,
    plan: Plan,
    source: Activity,
    target: Activity,
    on: date,
    amount: Decimal,
    reason: str,
    by: User | None = None,
) -> Transfer:
    if not plan.is_approved:
        raise ValidationError(
            _("A draft plan is edited directly; transfers are for an approved plan.")
        )
    if source.project.plan_id != plan.pk or target.project.plan_id != plan.pk:
        raise ValidationError(_("Choose activities of this plan."))
    if source.pk == target.pk:
        raise ValidationError(
            _("Choose two different activities: money moves from one to another.")
        )
    _in_year(plan, on)
    _positive(amount)
    _enough(source, amount)
    return Transfer.objects.create(
        plan=plan,
        source=source,
        target=target,
        on=on,
        amount=amount,
        reason=reason,
        requested_by=by,
    )


def _enough(source: Activity, amount: Decimal) -> None:
    left = ledger_queries.available(source)
    if amount > left:
        raise ValidationError(
            _(
                "The activity “%(name)s” has %(left)s baht left (its budget less what is "
                "committed and spent); move at most that."
            )
            % {"name": source.name, "left": f"{left:,.2f}"}
        )


@transaction.atomic
def decide_transfer(*, transfer: Transfer, approve: bool, by: User) -> Transfer:
    """The director approves (the money moves) or refuses a waiting transfer."""
    locked = (
        Transfer.objects.select_for_update()
        .select_related("source", "source__project__plan")
        .get(pk=transfer.pk)
    )
    if locked.status != Transfer.Status.PENDING:
        raise ValidationError(_("The transfer has already been decided."))
    if approve:
        _enough(locked.source, locked.amount)
    locked.status = Transfer.Status.APPROVED if approve else Transfer.Status.REFUSED
    locked.decided_by, locked.decided_at = by, timezone.now()
    locked.save(update_fields=["status", "decided_by", "decided_at"])
    return locked
