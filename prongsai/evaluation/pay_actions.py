"""Pay-for-performance tables: the director sets a round's pool for a staff type and the share
of each result level, then approves the computed table; an approved table no longer changes."""

from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from prongsai.accounts.models import User
from prongsai.evaluation import pay, queries, scoring
from prongsai.evaluation.actions import _open
from prongsai.evaluation.models import PayTable, Round, StaffType


def save_pay_table(
    *, round_: Round, staff_type: str, pool: Decimal | None, shares: Mapping[str, Any]
) -> PayTable:
    _open(round_)
    found = queries.pay_table_of(round_, staff_type)
    problems = []
    if staff_type not in StaffType.values:
        problems.append(_("Choose the staff type of the table."))
    if found is not None and found.approved_at is not None:
        problems.append(_("This table was approved: it no longer changes."))
    if pool is None or pool <= 0:
        problems.append(_("Type the pool in baht, for example 35,000 or ๓๕,๐๐๐."))
    problems += pay.share_problems(shares)
    if problems:
        raise ValidationError(problems, code="pay")
    clean = {code: str(shares[code]) for code in scoring.LEVELS}
    with transaction.atomic():
        table, _created = PayTable.objects.update_or_create(
            round=round_, staff_type=staff_type, defaults={"pool": pool, "shares": clean}
        )
    return table


def approve_pay_table(*, table: PayTable, by: User) -> None:
    """Approve once everyone of the staff type in the round has a result."""
    if table.approved_at is not None:
        raise ValidationError(_("This table was approved already."), code="approved")
    waiting = queries.without_result(table.round, table.staff_type)
    if waiting:
        raise ValidationError(
            _("%(n)d people of this staff type have no result yet: approve once all are assessed.")
            % {"n": waiting},
            code="waiting",
        )
    rows = queries.pay_rows(table.round, table.staff_type)
    if not rows or not any(pay.amounts([level for _p, level in rows], table.pool, table.shares)):
        raise ValidationError(
            _("Nobody in this table would receive a share: check the shares."), code="empty"
        )
    with transaction.atomic():
        table.approved_at = timezone.now()
        table.approved_by = by
        table.save(update_fields=["approved_at", "approved_by"])
