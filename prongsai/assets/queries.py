"""Reads of the register: bounded queries (a page of assets is two queries at any size)."""

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

from django.core.paginator import Page, Paginator
from django.db.models import Count, Q, QuerySet
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext_lazy as _

from prongsai.agencies.models import Agency, Unit
from prongsai.assets.models import Asset, AssetEvent
from prongsai.lib.thai import thai_date, to_arabic_digits

PAGE_SIZE = 50


@dataclass(frozen=True)
class Filters:
    q: str = ""
    kind: str = ""
    condition: str = ""
    unit: int | None = None

    @property
    def any(self) -> bool:
        return bool(self.q or self.kind or self.condition or self.unit)


def asset_for_staff(agency: Agency, pk: int) -> Asset:
    return get_object_or_404(
        Asset.objects.filter(agency=agency).select_related("responsible_unit"), pk=pk
    )


def units(agency: Agency) -> list[Unit]:
    return list(Unit.objects.filter(agency=agency).order_by("order", "name_th"))


def units_by_pk(agency: Agency) -> dict[int, Unit]:
    return {unit.pk: unit for unit in Unit.objects.filter(agency=agency)}


def filtered(agency: Agency, filters: Filters) -> QuerySet[Asset]:
    assets = Asset.objects.filter(agency=agency)
    if filters.q:
        words = to_arabic_digits(filters.q).split()
        for word in words[:5]:
            assets = assets.filter(
                Q(number__icontains=word)
                | Q(name__icontains=word)
                | Q(serial__icontains=word)
                | Q(location__icontains=word)
                | Q(brand_model__icontains=word)
            )
    if filters.kind:
        assets = assets.filter(kind=filters.kind)
    if filters.condition:
        assets = assets.filter(condition=filters.condition)
    if filters.unit:
        assets = assets.filter(responsible_unit_id=filters.unit)
    return assets.order_by("number", "pk")


def asset_page(agency: Agency, filters: Filters, page: str | int | None) -> Page[Asset]:
    """One page of the register (a count and a page: two queries)."""
    assets = filtered(agency, filters).select_related("responsible_unit")
    return Paginator(assets, PAGE_SIZE).get_page(page)


def condition_counts(agency: Agency) -> dict[str, int]:
    rows = Asset.objects.filter(agency=agency).values("condition").annotate(n=Count("pk"))
    return {row["condition"]: row["n"] for row in rows}


def export_assets(agency: Agency, filters: Filters) -> Iterator[Asset]:
    return filtered(agency, filters).iterator(chunk_size=2000)


@dataclass(frozen=True)
class Change:
    label: str
    old: str
    new: str


@dataclass(frozen=True)
class HistoryLine:
    event: AssetEvent
    changes: list[Change]


def _shown(field: str, value: str) -> str:
    if not value:
        return "—"
    if field == "condition":
        return str(Asset.Condition(value).label) if value in Asset.Condition.values else value
    if field == "kind":
        return str(Asset.Kind(value).label) if value in Asset.Kind.values else value
    if field == "acquired_on":
        try:
            return thai_date(date.fromisoformat(value))
        except ValueError:
            return value
    return value


LABELS = {field.name: field.verbose_name for field in Asset._meta.fields}  # lazy: per request
LABELS["check"] = _("annual check of the fiscal year")


def history(asset: Asset, limit: int = 200) -> list[HistoryLine]:
    """The asset's newest events first, each change with the field's name as people read it."""
    events = AssetEvent.objects.filter(asset=asset).select_related("actor")[:limit]
    lines = []
    for event in events:
        changes = []
        for change in event.changes or []:
            name = change.get("field", "")
            label = str(LABELS.get(name, name))
            changes.append(
                Change(
                    label, _shown(name, change.get("old", "")), _shown(name, change.get("new", ""))
                )
            )
        lines.append(HistoryLine(event, changes))
    return lines
