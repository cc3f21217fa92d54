"""A unit head writes the manuals of their own units only; the ITA officer writes any."""

import pytest

from prongsai.agencies.roles import Role
from prongsai.manuals.models import Manual
from tests.conftest import login
from tests.factories import UnitFactory, member
from tests.manuals.helpers import draft_manual, form_post, published_manual, staff_url

pytestmark = pytest.mark.django_db


def test_a_unit_head_creates_manuals_only_for_their_unit(
    client, school, supplies, finance, supplies_head
):
    login(client, supplies_head)
    page = client.get(staff_url("staff_create", school)).content.decode()
    assert supplies.name_th in page
    assert finance.name_th not in page
    response = client.post(staff_url("staff_create", school), form_post(unit=finance))
    assert "กรุณาเลือกหน่วยงานย่อยจากรายการ" in response.content.decode()
    response = client.post(staff_url("staff_create", school), form_post(unit=None))
    assert "กรุณาเลือกหน่วยงานย่อยผู้รับผิดชอบคู่มือนี้" in response.content.decode()
    assert not Manual.objects.exists()
    response = client.post(staff_url("staff_create", school), form_post(unit=supplies))
    assert response.status_code == 302
    assert Manual.objects.get().owner_unit == supplies


def test_a_unit_head_edits_and_submits_only_their_units_manuals(
    client, school, supplies, finance, supplies_head
):
    own = draft_manual(school, unit=supplies, title="คู่มืองานพัสดุ")
    theirs = draft_manual(school, unit=finance, title="คู่มืองานการเงิน")
    agency_wide = draft_manual(school, title="คู่มือของโรงเรียน")
    login(client, supplies_head)
    assert client.get(staff_url("staff_edit", school, pk=own.pk)).status_code == 200
    for manual in (theirs, agency_wide):
        assert client.get(staff_url("staff_edit", school, pk=manual.pk)).status_code == 403
        assert client.post(staff_url("staff_submit", school, pk=manual.pk)).status_code == 403
        assert manual.versions.get().status == "draft"
    # …but reads them all.
    assert client.get(staff_url("staff_detail", school, pk=theirs.pk)).status_code == 200
    client.post(staff_url("staff_submit", school, pk=own.pk))
    assert own.versions.get().status == "pending"


def test_a_division_head_writes_for_its_sections(client, school):
    division = UnitFactory(agency=school, name_th="ฝ่ายบริหารงบประมาณ", kind="division")
    section = UnitFactory(agency=school, name_th="งานพัสดุ", parent=division)
    head = member(school, Role.UNIT_HEAD)
    head.memberships.update(unit=division)
    manual = published_manual(school, unit=section)
    login(client, head)
    response = client.post(staff_url("staff_new_version", school, pk=manual.pk))
    assert response.status_code == 302
    assert manual.versions.count() == 2


def test_a_unit_head_without_a_unit_is_told_why(client, school):
    login(client, member(school, Role.UNIT_HEAD))
    response = client.get(staff_url("staff_create", school), follow=True)
    assert "คุณยังไม่ได้สังกัดหน่วยงานย่อยใด" in response.content.decode()


def test_an_ita_officer_who_is_also_a_unit_head_writes_any_manual(client, school, supplies):
    person = member(school, Role.UNIT_HEAD, Role.ITA_OFFICER)
    person.memberships.update(unit=supplies)
    other = draft_manual(school, unit=UnitFactory(agency=school))
    login(client, person)
    assert client.get(staff_url("staff_edit", school, pk=other.pk)).status_code == 200


def test_another_agencys_manual_is_not_found(client, school, other_school):
    foreign = draft_manual(other_school)
    login(client, member(school, Role.ITA_OFFICER))
    for name in ("staff_detail", "staff_edit"):
        assert client.get(staff_url(name, school, pk=foreign.pk)).status_code == 404
    assert client.post(staff_url("staff_submit", school, pk=foreign.pk)).status_code == 404
