"""The register's rules: unique numbers per agency, history, import all or nothing."""

from datetime import date
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError

from prongsai.agencies.models import Unit
from prongsai.assets import actions
from prongsai.assets.models import Asset, AssetEvent
from tests.assets.helpers import make_asset

pytestmark = pytest.mark.django_db


def data(number: str, **kwargs) -> actions.AssetData:
    return actions.AssetData(number=number, name=kwargs.pop("name", "โต๊ะ"), **kwargs)


def test_a_number_is_unique_within_an_agency_not_across(school, other_school):
    make_asset(school, "A-1")
    make_asset(other_school, "A-1")
    with pytest.raises(ValidationError):
        make_asset(school, "๐ A-1".replace("๐ ", ""))
    assert Asset.objects.filter(number="A-1").count() == 2


def test_an_edit_records_what_changed_and_a_condition_change_is_its_own_event(school):
    asset = make_asset(school, "A-1")
    changed = actions.update_asset(
        asset=asset,
        data=data(
            "A-1",
            name="เครื่องคอมพิวเตอร์โน้ตบุ๊ก",
            acquired_on=date(2024, 6, 15),
            cost=Decimal("22000"),
            condition=Asset.Condition.DAMAGED,
        ),
        actor=None,
    )
    assert changed
    event = asset.events.first()
    assert event.kind == AssetEvent.Kind.CONDITION
    assert event.changes == [{"field": "condition", "old": "usable", "new": "damaged"}]
    unchanged = actions.update_asset(
        asset=asset,
        data=data(
            "A-1",
            name="เครื่องคอมพิวเตอร์โน้ตบุ๊ก",
            acquired_on=date(2024, 6, 15),
            cost=Decimal("22000.00"),
            condition=Asset.Condition.DAMAGED,
        ),
        actor=None,
    )
    assert not unchanged
    assert asset.events.count() == 2  # created, condition


def test_import_adds_new_numbers_and_updates_existing_ones(school):
    unit = Unit.objects.create(agency=school, name_th="งานพัสดุ")
    kept = make_asset(school, "A-1", responsible_unit=unit)
    done = actions.import_assets(
        agency=school,
        rows=[data("A-1", name="โต๊ะทำงาน", location="ห้องธุรการ"), data("A-2"), data("A-3")],
        actor=None,
    )
    assert (done.created, done.updated, done.unchanged) == (2, 1, 0)
    kept.refresh_from_db()
    assert kept.name == "โต๊ะทำงาน"
    assert kept.responsible_unit == unit  # a row without a unit keeps the asset's
    assert kept.events.first().kind == AssetEvent.Kind.IMPORTED
    assert AssetEvent.objects.filter(kind=AssetEvent.Kind.IMPORTED).count() == 3


def test_import_saves_nothing_when_a_number_repeats(school):
    with pytest.raises(ValidationError):
        actions.import_assets(
            agency=school, rows=[data("A-1"), data("A-2"), data("A-1")], actor=None
        )
    assert not Asset.objects.exists()


def test_import_saves_nothing_when_saving_fails_halfway(school, monkeypatch):
    def fail(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(AssetEvent.objects, "bulk_create", fail)
    with pytest.raises(RuntimeError, match="disk full"):
        actions.import_assets(agency=school, rows=[data("A-1"), data("A-2")], actor=None)
    assert not Asset.objects.exists()
