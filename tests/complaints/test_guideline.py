"""The published complaint-handling guideline (OIT: แนวปฏิบัติการจัดการเรื่องร้องเรียน)."""

import pytest
from django.urls import reverse

from prongsai.agencies.evidence import build_generated
from prongsai.agencies.models import Unit
from prongsai.agencies.roles import Role
from prongsai.complaints.access import settings_for
from prongsai.oit.generators import generator_for_title
from tests.conftest import login
from tests.factories import member

pytestmark = pytest.mark.django_db


def guideline_url(agency):
    return reverse("complaints:guideline", kwargs={"agency": agency.slug})


def test_guideline_names_the_four_parts_the_oit_asks_for(client, school):
    options = settings_for(school.pk)
    options.acknowledge_days = 5
    options.result_days = 30
    options.save()
    html = client.get(guideline_url(school), HTTP_ACCEPT_LANGUAGE="th").content.decode()
    assert "ช่องทางการร้องเรียน" in html
    assert reverse("complaints:new", kwargs={"agency": school.slug}) in html
    assert "ขั้นตอนการดำเนินการ" in html
    assert "ผู้รับผิดชอบ" in html
    assert "ภายใน 5 วันนับจากวันที่รับเรื่อง" in html
    assert "ภายใน 30 วันนับจากวันที่รับเรื่อง" in html


def test_guideline_follows_the_settings_the_officer_keeps(client, school):
    unit = Unit.objects.create(agency=school, name_th="กลุ่มบริหารทั่วไป")
    officer = member(school, Role.COMPLAINT_OFFICER)
    login(client, officer)
    response = client.post(
        reverse("complaints:staff_settings", kwargs={"agency": school.slug}),
        {
            "acknowledge_days": 7,
            "result_days": 45,
            "retention_years": 5,
            "handling_unit": unit.pk,
            "other_channels": "ตู้รับเรื่องร้องเรียนหน้าห้องธุรการ\n\nโทร 054-000000",
        },
    )
    assert response.status_code == 302
    client.logout()
    html = client.get(guideline_url(school), HTTP_ACCEPT_LANGUAGE="th").content.decode()
    assert "กลุ่มบริหารทั่วไป" in html
    assert "ตู้รับเรื่องร้องเรียนหน้าห้องธุรการ" in html
    assert "โทร 054-000000" in html
    assert "ภายใน 45 วันนับจากวันที่รับเรื่อง" in html


def test_another_agencys_unit_cannot_be_named(client, school, other_school):
    foreign = Unit.objects.create(agency=other_school, name_th="หน่วยของโรงเรียนอื่น")
    login(client, member(school, Role.COMPLAINT_OFFICER))
    response = client.post(
        reverse("complaints:staff_settings", kwargs={"agency": school.slug}),
        {
            "acknowledge_days": 7,
            "result_days": 45,
            "retention_years": 5,
            "handling_unit": foreign.pk,
        },
    )
    assert response.status_code == 200
    assert response.context["form"].errors["handling_unit"]
    assert settings_for(school.pk).handling_unit is None


def test_without_channels_typed_the_agency_address_and_phone_are_named(client, school):
    school.address = "123 หมู่ 4 ตำบลแม่กา อำเภอเมือง จังหวัดพะเยา"
    school.phone = "054-123456"
    school.save()
    html = client.get(guideline_url(school), HTTP_ACCEPT_LANGUAGE="th").content.decode()
    assert "123 หมู่ 4 ตำบลแม่กา" in html
    assert "054-123456" in html


def test_guideline_answers_the_oit_item_and_is_linked_from_the_form(client, school):
    title = "แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ"
    assert generator_for_title(title) == "complaint_guideline"
    found = build_generated("complaint_guideline", school, 2566)
    assert found is not None
    assert found.url == guideline_url(school)
    form = client.get(reverse("complaints:new", kwargs={"agency": school.slug})).content.decode()
    assert guideline_url(school) in form
    assert client.get(found.url).status_code == 200


def test_guideline_of_an_unknown_agency_is_not_found(client):
    assert client.get("/no-such-school/complaints/guideline/").status_code == 404
