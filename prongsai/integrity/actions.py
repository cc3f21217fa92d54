"""Changes to the gift register: declare, report to the head, decide, change the settings.

Each owns its transaction and refuses with a ValidationError (a Thai message) before writing
anything, so nothing is ever half-saved.
"""

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from auditlog.signals import accessed
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from prongsai.accounts.models import User
from prongsai.agencies import modules
from prongsai.agencies.models import Agency
from prongsai.integrity import queries, rules
from prongsai.integrity.models import Gift, GiftSettings


@dataclass(frozen=True)
class GiftData:
    received_on: date
    giver_name: str
    giver_organisation: str
    relationship: str
    to_public: bool
    business: str
    occasion: str
    description: str
    value: Decimal


def check_received_on(received_on: date, today: date) -> None:
    if received_on > today:
        raise ValidationError(_("The date received cannot be in the future."), code="future")
    if received_on < rules.earliest_received(today):
        raise ValidationError(
            _(
                "The date received is before the start of the previous fiscal year: the register "
                "keeps this fiscal year and the one before."
            ),
            code="too_old",
        )


def declare_gift(
    *,
    agency: Agency,
    declarer: User,
    data: GiftData,
    report_now: bool = False,
    today: date | None = None,
) -> Gift:
    """Record a gift with the rules' outcome; a gift above the limit gets its deadline and is
    reported to the head at once when `report_now`."""
    today = today or timezone.localdate()
    check_received_on(data.received_on, today)
    if data.value <= 0:
        raise ValidationError(_("The estimated value must be more than zero baht."))
    options = queries.settings_of(agency)
    outcome = rules.gift_outcome(
        relative=data.relationship == Gift.Relationship.RELATIVE,
        to_public=data.to_public,
        value=data.value,
        limit=options.limit_baht,
    )
    must_report = outcome == Gift.Outcome.REPORT
    deadline = rules.report_deadline(data.received_on, options.report_days)
    with transaction.atomic():
        gift = Gift.objects.create(
            agency=agency,
            declarer=declarer,
            declared_by_head=queries.is_head(declarer, agency),
            received_on=data.received_on,
            giver_name=data.giver_name.strip(),
            giver_organisation=data.giver_organisation.strip(),
            relationship=data.relationship,
            to_public=data.to_public,
            business=data.business,
            occasion=data.occasion,
            description=data.description.strip(),
            value=data.value,
            outcome=outcome,
            limit_baht=options.limit_baht,
            deadline=deadline if must_report else None,
            status=Gift.Status.TO_REPORT if must_report else Gift.Status.RECORDED,
            reported_on=today if must_report and report_now else None,
        )
        if must_report and report_now:
            gift.status = Gift.Status.REPORTED
            gift.save(update_fields=["status"])
    return gift


def report_gift(*, gift: Gift, by: User, today: date | None = None) -> Gift:
    """The declarer reports a gift above the limit to the head (late is still reported)."""
    if gift.declarer_id != by.pk:
        raise ValidationError(_("Only the person who received the gift reports it."))
    if gift.status != Gift.Status.TO_REPORT:
        raise ValidationError(_("This gift has already been reported or needs no report."))
    with transaction.atomic():
        gift.status = Gift.Status.REPORTED
        gift.reported_on = today or timezone.localdate()
        gift.save(update_fields=["status", "reported_on"])
    return gift


def _asset_name(gift: Gift) -> str:
    first = next((line.strip() for line in gift.description.splitlines() if line.strip()), "")
    return first[:200]


def _take_into_assets(gift: Gift, by: User) -> None:
    """A gift handed over becomes the agency's asset, when the asset register is installed:
    its number and staff page are kept on the gift. A refusal (ValidationError) propagates, so
    the decision's transaction is rolled back with it."""
    intake = modules.asset_intake()
    if intake is None:
        return
    # The asset register's record of where the item came from (Thai, as the register keeps it).
    source = (
        f"รับมอบของขวัญตามการวินิจฉัยของผู้บังคับบัญชา (ทะเบียนของขวัญ ลำดับที่ {gift.pk}) "
        f"ผู้ให้: {gift.giver_organisation or gift.giver_name}"
    )
    taken = intake(
        agency=gift.agency,
        actor=by,
        name=_asset_name(gift),
        value=gift.value,
        acquired_on=timezone.localdate(),
        source=source,
    )
    gift.asset_number, gift.asset_url = taken.number, taken.staff_url
    gift.save(update_fields=["asset_number", "asset_url"])


def decide_gift(*, gift: Gift, by: User, decision: str, reason: str) -> Gift:
    """The head's decision, once: a decided gift is never decided again (refused). Handing it
    over takes it into the asset register (when installed) in the same transaction: if the
    register refuses, the decision is not recorded either."""
    if gift.status == Gift.Status.DECIDED:
        raise ValidationError(_("This gift has already been decided; a decision is never changed."))
    if gift.status != Gift.Status.REPORTED:
        raise ValidationError(_("Only a gift reported to the head can be decided."))
    if decision not in Gift.Decision.values:
        raise ValidationError(_("Choose what happens to the gift."))
    if not reason.strip():
        raise ValidationError(_("Give the reason for the decision."))
    with transaction.atomic():
        locked = Gift.objects.select_for_update().get(pk=gift.pk)
        if locked.status != Gift.Status.REPORTED:
            raise ValidationError(
                _("This gift has already been decided; a decision is never changed.")
            )
        locked.status = Gift.Status.DECIDED
        locked.decision = decision
        locked.decision_reason = reason.strip()
        locked.decided_by = by
        locked.decided_at = timezone.now()
        locked.save(
            update_fields=["status", "decision", "decision_reason", "decided_by", "decided_at"]
        )
        if decision == Gift.Decision.HAND_OVER:
            _take_into_assets(locked, by)
    return locked


def save_settings(
    *, agency: Agency, limit_baht: Decimal, report_days: int, remind_days: int
) -> GiftSettings:
    """New figures apply to gifts declared from now on; declared gifts keep theirs."""
    if limit_baht <= 0:
        raise ValidationError(_("The limit must be more than zero baht."))
    if not 1 <= report_days <= 365:
        raise ValidationError(_("The days to report must be between 1 and 365."))
    if not 0 <= remind_days < report_days:
        raise ValidationError(_("The reminder must come before the deadline."))
    with transaction.atomic():
        options, _created = GiftSettings.objects.select_for_update().get_or_create(agency=agency)
        options.limit_baht = limit_baht
        options.report_days = report_days
        options.remind_days = remind_days
        options.save()
    return options


def log_read(*, gift: Gift, by: User) -> None:
    """A read of a gift by someone other than its declarer goes to the audit log."""
    if gift.declarer_id != by.pk:
        accessed.send(sender=Gift, instance=gift, actor=by)
