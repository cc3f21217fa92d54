"""Loan steps as plain functions, each in one transaction: request → checked → approved or
refused → handed over → returned (or cancelled). A step locks the loan's row first, so two
officers pressing the same button end with one step; the assets' availability changes in the
same transaction."""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from prongsai.accounts.models import User
from prongsai.agencies.models import Agency
from prongsai.assets import loan_queries as queries
from prongsai.assets import loan_rules as rules
from prongsai.assets.models import Asset, AssetEvent, Damage, Loan, LoanItem, LoanSettings


@dataclass(frozen=True)
class LoanData:
    kind: str
    assets: Sequence[tuple[Asset, int]]  # each asset with its quantity
    purpose: str
    place: str
    starts_on: date
    due_on: date | None
    borrower_agency: str = ""


def _clash_error(asset_ids: list[int], start: date, due: date | None, exclude: int | None) -> None:
    found = queries.clashes(asset_ids, start, due, exclude)
    durable = [item for item in found if item.asset.kind == Asset.Kind.DURABLE]
    if durable:
        raise ValidationError(
            _("%(numbers)s: already lent for part of this period. Choose other dates or items.")
            % {"numbers": ", ".join(sorted({item.asset.number for item in durable}))}
        )


def _refresh_availability(asset_ids: list[int]) -> None:
    """Each asset's availability from its loans: out, reserved or in store."""
    held = LoanItem.objects.filter(asset_id__in=asset_ids, loan__status__in=rules.HOLDING)
    states = dict.fromkeys(asset_ids, Asset.Availability.AVAILABLE)
    for asset_id, status in held.values_list("asset_id", "loan__status"):
        if status == Loan.Status.HANDED_OVER:
            states[asset_id] = Asset.Availability.OUT
        elif states[asset_id] != Asset.Availability.OUT:
            states[asset_id] = Asset.Availability.RESERVED
    for state in Asset.Availability.values:
        ids = [pk for pk, value in states.items() if value == state]
        if ids:
            Asset.objects.filter(pk__in=ids).exclude(availability=state).update(availability=state)


def request_loan(*, agency: Agency, borrower: User, data: LoanData) -> Loan:
    assets = [asset for asset, _quantity in data.assets]
    if not assets:
        raise ValidationError(_("Name at least one asset to borrow."))
    for error in (
        rules.period_error(data.kind, data.starts_on, data.due_on),
        rules.consumables_error(data.kind, assets),
        rules.unusable_error(assets),
    ):
        if error:
            raise ValidationError(error)
    if data.kind == Loan.Kind.AGENCY and not data.borrower_agency.strip():
        raise ValidationError(_("Name the agency that borrows."))
    due = None if data.kind == Loan.Kind.STANDING else data.due_on
    rule = rules.approver_for(data.kind, assets, queries.units_with_head(agency))
    with transaction.atomic():
        _clash_error([asset.pk for asset in assets], data.starts_on, due, None)
        loan = Loan.objects.create(
            agency=agency,
            borrower=borrower,
            borrower_agency=data.borrower_agency.strip() if data.kind == Loan.Kind.AGENCY else "",
            kind=data.kind,
            purpose=data.purpose,
            place=data.place,
            starts_on=data.starts_on,
            due_on=due,
            approver=rule.approver,
            approver_unit_id=rule.unit_id,
        )
        LoanItem.objects.bulk_create(
            [
                LoanItem(loan=loan, asset=asset, quantity=max(quantity, 1))
                for asset, quantity in data.assets
            ]
        )
    return loan


def _locked(loan: Loan, *allowed: str) -> Loan:
    """The loan's row, locked; a step that no longer applies (someone else was quicker) is
    refused with what happened."""
    locked = Loan.objects.select_for_update().get(pk=loan.pk)
    if locked.status not in allowed:
        raise ValidationError(
            _("This loan is already “%(status)s”: nothing was changed.")
            % {"status": locked.get_status_display()}
        )
    return locked


def _asset_ids(loan: Loan) -> list[int]:
    return list(LoanItem.objects.filter(loan=loan).values_list("asset_id", flat=True))


def _lock_assets(asset_ids: list[int]) -> None:
    list(Asset.objects.select_for_update().filter(pk__in=asset_ids).order_by("pk").values("pk"))


def _copy(source: Loan, target: Loan) -> None:
    for field in source._meta.concrete_fields:
        setattr(target, field.attname, getattr(source, field.attname))


def check_loan(*, loan: Loan, actor: User) -> None:
    """The asset officer confirms the items are there for the period (ข้อ 208's check)."""
    with transaction.atomic():
        locked = _locked(loan, Loan.Status.REQUESTED)
        _clash_error(_asset_ids(locked), locked.starts_on, locked.due_on, locked.pk)
        locked.status = Loan.Status.CHECKED
        locked.checked_by = actor
        locked.checked_at = timezone.now()
        locked.save()
    _copy(locked, loan)


def approve_loan(*, loan: Loan, actor: User, note: str = "") -> None:
    """Approve and reserve the assets, together: a clash found now refuses the approval."""
    with transaction.atomic():
        locked = _locked(loan, Loan.Status.CHECKED)
        ids = _asset_ids(locked)
        _lock_assets(ids)
        _clash_error(ids, locked.starts_on, locked.due_on, locked.pk)
        locked.status = Loan.Status.APPROVED
        locked.decided_by = actor
        locked.decided_at = timezone.now()
        locked.decision_note = note.strip()
        locked.save()
        _refresh_availability(ids)
    _copy(locked, loan)


def refuse_loan(*, loan: Loan, actor: User, note: str) -> None:
    if not note.strip():
        raise ValidationError(_("Say why the loan is refused."))
    with transaction.atomic():
        locked = _locked(loan, Loan.Status.REQUESTED, Loan.Status.CHECKED)
        locked.status = Loan.Status.REFUSED
        locked.decided_by = actor
        locked.decided_at = timezone.now()
        locked.decision_note = note.strip()
        locked.save()
    _copy(locked, loan)


def cancel_loan(*, loan: Loan, actor: User) -> None:
    with transaction.atomic():
        locked = _locked(loan, *rules.OPEN)
        locked.status = Loan.Status.CANCELLED
        locked.cancelled_at = timezone.now()
        locked.save()
        _refresh_availability(_asset_ids(locked))
    _copy(locked, loan)


def hand_over(*, loan: Loan, actor: User, on: date, conditions: dict[int, str]) -> None:
    """The asset officer hands the items over; `conditions` by item id (default: as the
    register says)."""
    with transaction.atomic():
        locked = _locked(loan, Loan.Status.APPROVED)
        if on < locked.starts_on:
            raise ValidationError(_("The hand-over date is before the first day of the loan."))
        items = list(LoanItem.objects.filter(loan=locked).select_related("asset"))
        _lock_assets([item.asset_id for item in items])
        for item in items:
            item.condition_out = conditions.get(item.pk) or item.asset.condition
        LoanItem.objects.bulk_update(items, ["condition_out"])
        locked.status = Loan.Status.HANDED_OVER
        locked.handed_over_on = on
        locked.handed_over_by = actor
        locked.save()
        _refresh_availability([item.asset_id for item in items])
    _copy(locked, loan)


def take_back(
    *,
    loan: Loan,
    actor: User,
    on: date,
    conditions: dict[int, str],
    photo: UploadedFile | None = None,
) -> list[Damage]:
    """The asset officer takes the items back (with a photo, checked by the form). An item in
    worse condition than it went out changes the asset's condition and opens a damage record
    (ข้อ 209)."""
    damages = []
    with transaction.atomic():
        locked = _locked(loan, Loan.Status.HANDED_OVER)
        if locked.handed_over_on and on < locked.handed_over_on:
            raise ValidationError(_("The return date is before the hand-over date."))
        items = list(LoanItem.objects.filter(loan=locked).select_related("asset"))
        _lock_assets([item.asset_id for item in items])
        for item in items:
            item.condition_back = conditions.get(item.pk) or item.condition_out
            item.save()
            before = item.condition_out or item.asset.condition
            if not rules.is_worse(before, item.condition_back):
                continue
            asset = item.asset
            AssetEvent.objects.create(
                asset=asset,
                kind=AssetEvent.Kind.RETURNED,
                actor=actor,
                changes=[
                    {"field": "condition", "old": asset.condition, "new": item.condition_back}
                ],
            )
            asset.condition = item.condition_back
            asset.save(update_fields=["condition", "updated_at"])
            damages.append(Damage.objects.create(item=item, value=asset.cost))
        locked.status = Loan.Status.RETURNED
        locked.returned_on = on
        locked.received_by = actor
        if photo is not None:
            locked.return_photo = photo
        locked.save()
        _refresh_availability([item.asset_id for item in items])
    _copy(locked, loan)
    return damages


def settle_damage(
    *, damage: Damage, remedy: str, value: Decimal | None, outcome: str, settled_on: date | None
) -> None:
    """Record the ข้อ 209 remedy and how it ended (settled when a date is given)."""
    if remedy not in Damage.Remedy.values:
        raise ValidationError(_("Choose what the borrower does: repair, replace or pay."))
    with transaction.atomic():
        locked = Damage.objects.select_for_update().get(pk=damage.pk)
        locked.remedy = remedy
        locked.value = value
        locked.outcome = outcome.strip()
        locked.settled_on = settled_on
        locked.status = Damage.Status.SETTLED if settled_on else Damage.Status.OPEN
        locked.save()
    for name in ("remedy", "value", "outcome", "settled_on", "status"):
        setattr(damage, name, getattr(locked, name))


def save_settings(*, agency: Agency, delegate: User | None) -> LoanSettings:
    with transaction.atomic():
        found, _created = LoanSettings.objects.select_for_update().get_or_create(agency=agency)
        found.delegate = delegate
        found.save()
    return found
