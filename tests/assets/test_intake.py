"""The asset intake other modules call (a gift handed over to the school)."""

from datetime import date
from decimal import Decimal

import pytest
from auditlog.models import LogEntry
from django.core.exceptions import ValidationError

from prongsai.agencies import modules
from prongsai.agencies.roles import Role
from prongsai.assets.models import Asset, AssetEvent
from tests.conftest import login
from tests.factories import member

pytestmark = pytest.mark.django_db


def test_the_registry_hands_out_the_register_s_intake(school):
    intake = modules.asset_intake()
    assert intake is not None
    officer = member(school, Role.ASSET_OFFICER)
    first = intake(
        agency=school,
        actor=officer,
        name="กระเช้าผลไม้และแจกันเซรามิก",
        value=Decimal("4500"),
        acquired_on=date(2026, 1, 2),
        source="รับมอบจากของขวัญที่ครูสมศรีได้รับ ทะเบียนของขวัญเลขที่ 3/2569",
    )
    second = intake(
        agency=school,
        actor=officer,
        name="นาฬิกาแขวน",
        value=None,
        acquired_on=date(2026, 1, 5),
        source="รับมอบจากของขวัญ",
    )
    assert first.number == "รับมอบ-0001/2569"
    assert second.number == "รับมอบ-0002/2569"
    asset = Asset.objects.get(agency=school, number=first.number)
    assert asset.kind == Asset.Kind.DURABLE
    assert asset.cost == Decimal("4500")
    assert asset.acquired_on == date(2026, 1, 2)
    assert "ทะเบียนของขวัญเลขที่ 3/2569" in asset.notes
    assert AssetEvent.objects.filter(asset=asset, kind=AssetEvent.Kind.CREATED).exists()
    assert LogEntry.objects.get_for_object(asset).exists()  # audited
    assert first.staff_url == f"/{school.slug}/staff/assets/{asset.pk}/"


def test_the_new_asset_s_page_opens_for_the_officer(client, school):
    intake = modules.asset_intake()
    done = intake(
        agency=school,
        actor=None,
        name="เครื่องพิมพ์",
        value=Decimal("3500"),
        acquired_on=date(2026, 3, 1),
        source="รับมอบจากของขวัญ",
    )
    login(client, member(school, Role.ASSET_OFFICER))
    assert "เครื่องพิมพ์" in client.get(done.staff_url).content.decode()


def test_nothing_is_taken_in_without_a_name(school):
    with pytest.raises(ValidationError):
        modules.asset_intake()(
            agency=school,
            actor=None,
            name="  ",
            value=None,
            acquired_on=date(2026, 1, 1),
            source="",
        )
    assert not Asset.objects.exists()
