"""A gift the head hands over to the school goes into the asset register through the
registry's intake (agencies.modules.asset_intake): its number and staff page are kept on the
gift and shown on its page (linked for those who may open the asset's page); a refusal of the
register is shown by the decision form with what was typed, and nothing is recorded."""

from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone

from prongsai.agencies import modules
from prongsai.agencies.modules import Intake
from prongsai.agencies.roles import Role
from prongsai.integrity import actions
from prongsai.integrity.models import Gift, GiftSettings
from tests.conftest import login
from tests.factories import member
from tests.integrity.helpers import declare

pytestmark = pytest.mark.django_db


def url(name, agency, **kwargs):
    return reverse(f"integrity:{name}", kwargs={"agency": agency.slug, **kwargs})


class FakeIntake:
    """Stands in for the asset register: records its calls, answers an asset number."""

    def __init__(self, refuse: str = ""):
        self.calls: list[dict] = []
        self.refuse = refuse

    def __call__(self, **kwargs):
        self.calls.append(kwargs)
        if self.refuse:
            # Something written before the refusal must be rolled back with the decision.
            GiftSettings.objects.create(agency=kwargs["agency"], limit_baht=Decimal("1"))
            raise ValidationError(self.refuse)
        agency = kwargs["agency"]
        # A staff page the director and the ITA officer may open, a teacher may not.
        return Intake(
            "ครุภัณฑ์ 7440-001-0001/69", reverse("integrity:ethics_staff", args=[agency.slug])
        )


@pytest.fixture
def intake(monkeypatch):
    fake = FakeIntake()
    monkeypatch.setattr(modules, "asset_intake", lambda: fake)
    return fake


def reported(school, teacher):
    return declare(
        school,
        teacher,
        report_now=True,
        description="ชุดอุปกรณ์กีฬา\nลูกฟุตบอล ๑๐ ลูก",
        value=Decimal("12000"),
        giver_name="นายสมชาย",
        giver_organisation="หจก. รวมกีฬา",
    )


def test_handing_over_takes_the_gift_into_the_asset_register(client, school, intake):
    teacher = member(school, Role.STAFF)
    director = member(school, Role.DIRECTOR)
    gift = reported(school, teacher)
    login(client, director)
    response = client.post(
        url("gift_decide", school, pk=gift.pk),
        {"decision": "hand_over", "reason": "ใช้ในการเรียนการสอน"},
        follow=True,
    )
    gift.refresh_from_db()
    assert (gift.status, gift.decision) == ("decided", "hand_over")
    assert gift.asset_number == "ครุภัณฑ์ 7440-001-0001/69"
    [call] = intake.calls
    assert call["agency"] == school
    assert call["actor"] == director
    assert call["name"] == "ชุดอุปกรณ์กีฬา"
    assert call["value"] == Decimal("12000")
    assert call["acquired_on"] == timezone.localdate()
    assert "หจก. รวมกีฬา" in call["source"]
    page = response.content.decode()
    assert "ครุภัณฑ์ 7440-001-0001/69" in page
    assert f'href="{gift.asset_url}"' in page
    # The teacher who declared it sees the number on My gifts, with no link to the asset.
    login(client, teacher)
    page = client.get(url("gifts_mine", school)).content.decode()
    assert "ครุภัณฑ์ 7440-001-0001/69" in page
    assert f'href="{gift.asset_url}"' not in page


def test_the_supervisor_hands_over_the_directors_gift_and_sees_the_number_unlinked(
    client, school, office, intake
):
    gift = reported(school, member(school, Role.DIRECTOR))
    supervisor = member(office, Role.SUPERVISOR)
    login(client, supervisor)
    response = client.post(
        url("gift_decide", school, pk=gift.pk),
        {"decision": "hand_over", "reason": "ของส่วนรวม"},
        follow=True,
    )
    gift.refresh_from_db()
    assert intake.calls[0]["actor"] == supervisor
    page = response.content.decode()
    assert "ครุภัณฑ์ 7440-001-0001/69" in page
    assert f'href="{gift.asset_url}"' not in page  # a page of the school the supervisor may not use


def test_a_refusal_of_the_register_is_shown_and_nothing_is_recorded(client, school, monkeypatch):
    refusing = FakeIntake(refuse="ยังไม่ได้ตั้งหมวดครุภัณฑ์ของโรงเรียน กรุณาให้เจ้าหน้าที่พัสดุตั้งก่อน")
    monkeypatch.setattr(modules, "asset_intake", lambda: refusing)
    gift = reported(school, member(school, Role.STAFF))
    login(client, member(school, Role.DIRECTOR))
    response = client.post(
        url("gift_decide", school, pk=gift.pk),
        {"decision": "hand_over", "reason": "ใช้ในการเรียนการสอน"},
    )
    assert response.status_code == 200
    page = response.content.decode()
    assert "ยังไม่ได้ตั้งหมวดครุภัณฑ์ของโรงเรียน" in page
    assert "ใช้ในการเรียนการสอน" in page  # what was typed is kept
    gift.refresh_from_db()
    assert (gift.status, gift.decision, gift.asset_number) == ("reported", "", "")
    assert not GiftSettings.objects.exists()  # the register's own write went with it


def test_without_an_asset_register_the_hand_over_is_recorded_with_a_notice(
    client, school, monkeypatch
):
    monkeypatch.setattr(modules, "asset_intake", lambda: None)
    gift = reported(school, member(school, Role.STAFF))
    login(client, member(school, Role.DIRECTOR))
    response = client.post(
        url("gift_decide", school, pk=gift.pk),
        {"decision": "hand_over", "reason": "ใช้ในการเรียนการสอน"},
        follow=True,
    )
    gift.refresh_from_db()
    assert (gift.decision, gift.asset_number) == ("hand_over", "")
    assert "บันทึกในทะเบียนครุภัณฑ์ของโรงเรียนเอง" in response.content.decode()


@pytest.mark.parametrize("decision", [Gift.Decision.KEEP, Gift.Decision.RETURN])
def test_keeping_or_returning_never_touches_the_register(school, intake, decision):
    gift = reported(school, member(school, Role.STAFF))
    decided = actions.decide_gift(
        gift=gift, by=member(school, Role.DIRECTOR), decision=decision, reason="เหตุผล"
    )
    assert decided.asset_number == ""
    assert intake.calls == []
