"""A bulk import leaves its trace in the audit log: who added or changed which asset."""

from datetime import date
from decimal import Decimal

import pytest
from auditlog.models import LogEntry

from prongsai.agencies.roles import Role
from prongsai.assets import actions
from prongsai.assets.models import Asset
from tests.assets.helpers import make_asset
from tests.factories import member

pytestmark = pytest.mark.django_db


def test_every_imported_asset_has_an_audit_entry(school, django_assert_max_num_queries):
    officer = member(school, Role.ASSET_OFFICER)
    make_asset(school, number="A-1", name="โต๊ะ", cost=Decimal("1000"))
    rows = [
        actions.AssetData(
            number="A-1", name="โต๊ะทำงาน", cost=Decimal("1000"), acquired_on=date(2024, 6, 15)
        ),
        actions.AssetData(number="A-2", name="เก้าอี้", cost=Decimal("500"), location="ห้อง 1"),
        actions.AssetData(number="A-3", name="ตู้"),
    ]
    before = LogEntry.objects.count()
    actions.import_assets(agency=school, rows=rows, actor=officer)
    new = LogEntry.objects.filter(pk__gt=0).order_by("pk")[before:]
    by_number = {entry.object_repr.split(" ")[0]: entry for entry in new}
    created = by_number["A-2"]
    assert created.action == LogEntry.Action.CREATE
    assert created.actor == officer
    assert created.changes["name"] == ["None", "เก้าอี้"]
    assert created.changes["location"] == ["None", "ห้อง 1"]
    assert created.remote_addr is None
    changed = by_number["A-1"]
    assert changed.action == LogEntry.Action.UPDATE
    assert changed.changes == {"name": ["โต๊ะ", "โต๊ะทำงาน"]}
    assert LogEntry.objects.get_for_object(Asset.objects.get(number="A-3")).exists()


def test_a_large_import_stays_a_few_queries(school, django_assert_max_num_queries):
    rows = [actions.AssetData(number=f"B-{n:04d}", name="เก้าอี้") for n in range(1200)]
    with django_assert_max_num_queries(100):  # batches (SQLite: small ones), not one a row
        actions.import_assets(agency=school, rows=rows, actor=None)
    assert LogEntry.objects.filter(object_repr__startswith="B-").count() == 1200
