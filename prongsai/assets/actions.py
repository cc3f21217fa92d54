"""Changes to the register. Each function owns its transaction and writes the asset's history."""

from collections.abc import Sequence
from dataclasses import dataclass, fields, replace
from datetime import date
from decimal import Decimal
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from prongsai.accounts.models import User
from prongsai.agencies.models import Agency, Unit
from prongsai.assets.models import Asset, AssetEvent
from prongsai.assets.values import normal_number


@dataclass(frozen=True)
class AssetData:
    """Everything a person types about an asset (the number is normalised on saving)."""

    number: str
    name: str
    brand_model: str = ""
    serial: str = ""
    unit_of_count: str = ""
    acquired_on: date | None = None
    cost: Decimal | None = None
    fund_source: str = ""
    location: str = ""
    responsible_unit: Unit | None = None
    condition: str = Asset.Condition.USABLE
    kind: str = Asset.Kind.DURABLE
    notes: str = ""


FIELDS = [field.name for field in fields(AssetData)]


def _stored(value: Any) -> str:
    """A value as the history keeps it: text, ISO dates, plain decimals."""
    if value is None:
        return ""
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def _unit_names(agency: Agency) -> dict[int, str]:
    return dict(Unit.objects.filter(agency=agency).values_list("pk", "name_th"))


def _apply(asset: Asset, data: AssetData, unit_names: dict[int, str]) -> list[dict[str, str]]:
    """Copy `data` onto `asset`; the fields that changed, with their old and new values (a
    unit by its name, looked up in `unit_names`: no query per asset)."""
    changes = []
    for name in FIELDS:
        if name == "responsible_unit":
            old_id, new_unit = asset.responsible_unit_id, data.responsible_unit
            if old_id != (new_unit.pk if new_unit else None):
                changes.append(
                    {
                        "field": name,
                        "old": unit_names.get(old_id, "") if old_id else "",
                        "new": new_unit.name_th if new_unit else "",
                    }
                )
                asset.responsible_unit = new_unit
            continue
        new = getattr(data, name)
        if name == "number":
            new = normal_number(new)
        old = getattr(asset, name)
        if name == "cost" and old is not None and new is not None and Decimal(old) == new:
            continue
        if old == new:
            continue
        changes.append({"field": name, "old": _stored(old), "new": _stored(new)})
        setattr(asset, name, new)
    return changes


def _check_number(agency: Agency, number: str, exclude: int | None = None) -> None:
    if not number:
        raise ValidationError(_("The asset number is empty."))
    taken = Asset.objects.filter(agency=agency, number=number)
    if exclude is not None:
        taken = taken.exclude(pk=exclude)
    if taken.exists():
        raise ValidationError(
            _("The asset number %(number)s is already in the register.") % {"number": number}
        )


def create_asset(*, agency: Agency, data: AssetData, actor: User | None) -> Asset:
    with transaction.atomic():
        asset = Asset(agency=agency)
        _apply(asset, data, {})
        _check_number(agency, asset.number)
        asset.save()
        AssetEvent.objects.create(asset=asset, kind=AssetEvent.Kind.CREATED, actor=actor)
    return asset


def _event_kind(changes: list[dict[str, str]]) -> str:
    if any(change["field"] == "condition" for change in changes):
        return AssetEvent.Kind.CONDITION
    return AssetEvent.Kind.EDITED


def update_asset(*, asset: Asset, data: AssetData, actor: User | None) -> bool:
    """Save what changed (False when nothing did)."""
    with transaction.atomic():
        locked = Asset.objects.select_for_update().get(pk=asset.pk)
        changes = _apply(locked, data, _unit_names(locked.agency))
        if not changes:
            return False
        _check_number(locked.agency, locked.number, exclude=locked.pk)
        locked.save()
        AssetEvent.objects.create(
            asset=locked, kind=_event_kind(changes), changes=changes, actor=actor
        )
    for name in FIELDS:
        setattr(asset, name, getattr(locked, name))
    return True


@dataclass(frozen=True)
class Imported:
    created: int
    updated: int
    unchanged: int


def _audit_import(
    created: list[Asset],
    updated: list[tuple[Asset, list[dict[str, str]]]],
    actor: User | None,
    chunk: int,
) -> None:
    """The audit log's entries of a bulk import, which saves no model one by one: one CREATE
    entry per new asset (its fields) and one UPDATE entry per changed asset (old → new), with
    the person who imported and no address (as every entry here)."""
    from auditlog.cid import get_cid
    from auditlog.models import LogEntry
    from django.contrib.contenttypes.models import ContentType

    kind = ContentType.objects.get_for_model(Asset)
    cid = get_cid()

    def entry(asset: Asset, action: int, changes: dict[str, list[str]]) -> LogEntry:
        return LogEntry(
            content_type=kind,
            object_pk=str(asset.pk),
            object_id=asset.pk,
            object_repr=str(asset)[:255],
            action=action,
            changes=changes,
            changes_text="",
            actor=actor,
            cid=cid,
        )

    def filled(asset: Asset) -> dict[str, list[str]]:
        values = {name: getattr(asset, name) for name in FIELDS if name != "responsible_unit"}
        values["responsible_unit"] = asset.responsible_unit_id
        return {name: ["None", _stored(value)] for name, value in values.items() if value}

    entries = [entry(asset, LogEntry.Action.CREATE, filled(asset)) for asset in created] + [
        entry(
            asset,
            LogEntry.Action.UPDATE,
            {change["field"]: [change["old"], change["new"]] for change in changes},
        )
        for asset, changes in updated
    ]
    LogEntry.objects.bulk_create(entries, batch_size=chunk)


def import_assets(
    *, agency: Agency, rows: Sequence[AssetData], actor: User | None, chunk: int = 500
) -> Imported:
    """Every row or none: a new number adds an asset, a number in the register updates it. A
    row without a responsible unit keeps the one the asset has."""
    numbers = [normal_number(row.number) for row in rows]
    if len(set(numbers)) != len(numbers) or "" in numbers:
        raise ValidationError(_("The sheet repeats an asset number or leaves one empty."))
    created: list[Asset] = []
    updated: list[tuple[Asset, list[dict[str, str]]]] = []
    unchanged = 0
    unit_names = _unit_names(agency)
    with transaction.atomic():
        existing: dict[str, Asset] = {}
        for start in range(0, len(numbers), chunk):
            part = numbers[start : start + chunk]
            for found in Asset.objects.select_for_update().filter(agency=agency, number__in=part):
                existing[found.number] = found
        for number, row in zip(numbers, rows, strict=True):
            asset = existing.get(number)
            if asset is None:
                asset = Asset(agency=agency)
                _apply(asset, row, unit_names)
                created.append(asset)
                continue
            if row.responsible_unit is None and asset.responsible_unit_id is not None:
                row = replace(row, responsible_unit=Unit(pk=asset.responsible_unit_id))
            changes = _apply(asset, row, unit_names)
            if changes:
                updated.append((asset, changes))
            else:
                unchanged += 1
        Asset.objects.bulk_create(created, batch_size=chunk)
        if updated:
            Asset.objects.bulk_update(
                [asset for asset, _changes in updated], FIELDS, batch_size=chunk
            )
        if created and created[0].pk is None:  # a backend that returns no keys
            by_number = dict(
                Asset.objects.filter(
                    agency=agency, number__in=[asset.number for asset in created]
                ).values_list("number", "pk")
            )
            for asset in created:
                asset.pk = by_number[asset.number]
        events = [
            AssetEvent(asset=asset, kind=AssetEvent.Kind.IMPORTED, actor=actor) for asset in created
        ] + [
            AssetEvent(asset=asset, kind=AssetEvent.Kind.IMPORTED, changes=changes, actor=actor)
            for asset, changes in updated
        ]
        AssetEvent.objects.bulk_create(events, batch_size=chunk)
        _audit_import(created, updated, actor, chunk)
    return Imported(created=len(created), updated=len(updated), unchanged=unchanged)
