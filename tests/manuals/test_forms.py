"""The edit page: clear messages, and nothing saved unless everything is right."""

from datetime import timedelta

import pytest
from django.utils import timezone

from prongsai.agencies.roles import Role
from prongsai.manuals.models import Manual
from tests.conftest import login
from tests.factories import member
from tests.manuals.helpers import draft_manual, form_post, staff_url

pytestmark = pytest.mark.django_db


@pytest.fixture
def officer(client, school):
    user = member(school, Role.ITA_OFFICER)
    login(client, user)
    return user


def test_the_new_manual_page_opens_with_blank_rows(client, school, officer):
    page = client.get(staff_url("staff_create", school)).content.decode()
    assert 'name="steps-TOTAL_FORMS" value="5"' in page
    assert 'name="title"' in page


def test_a_step_begun_must_be_finished(client, school, officer):
    steps = [("ตรวจสอบคำขอ", "", "", ""), ("", "", "abc", "")]
    response = client.post(staff_url("staff_create", school), form_post(steps=steps))
    assert response.status_code == 200
    page = response.content.decode()
    assert "กรุณากรอกผู้รับผิดชอบขั้นตอนนี้" in page
    assert "กรุณากรอกระยะเวลาเป็นนาที เช่น 30" in page
    assert "กรุณากรอกระยะเวลาเป็นจำนวนนาทีเต็ม เช่น 30" in page
    assert 'value="ตรวจสอบคำขอ"' in page  # what was typed is kept
    assert not Manual.objects.exists()


def test_at_least_one_step(client, school, officer):
    response = client.post(staff_url("staff_create", school), form_post(steps=[]))
    assert "กรุณาเพิ่มขั้นตอนอย่างน้อย 1 ขั้นตอน" in response.content.decode()
    assert not Manual.objects.exists()


def test_title_and_review_date_are_checked(client, school, officer):
    yesterday = timezone.localdate() - timedelta(days=1)
    response = client.post(
        staff_url("staff_create", school), form_post(title="", review_on=yesterday)
    )
    page = response.content.decode()
    assert "กรุณากรอกชื่อคู่มือ" in page
    assert "วันที่ต้องทบทวนต้องอยู่หลังวันนี้" in page
    assert not Manual.objects.exists()


def test_rows_are_ordered_by_their_numbers_and_deleted_rows_dropped(client, school, officer):
    manual = draft_manual(school)
    steps = [
        ("ขั้นที่สาม", "ก", 5, "", 3),
        ("ขั้นที่หนึ่ง", "ข", 10, "", 1),
        ("ขั้นที่ถูกลบ", "ค", 20, "", 2),
        ("ขั้นที่สอง", "ง", 15, "", 2),
    ]
    data = form_post(title=manual.title, steps=steps, **{"steps-2-DELETE": "on"})
    response = client.post(staff_url("staff_edit", school, pk=manual.pk), data)
    assert response.status_code == 302
    version = manual.versions.get()
    assert [(s.order, s.title) for s in version.steps.all()] == [
        (1, "ขั้นที่หนึ่ง"),
        (2, "ขั้นที่สอง"),
        (3, "ขั้นที่สาม"),
    ]


def test_an_invalid_edit_changes_nothing(client, school, officer):
    manual = draft_manual(school)
    before = [(s.title, s.duration_minutes) for s in manual.versions.get().steps.all()]
    data = form_post(title="ชื่อใหม่", steps=[("ขั้นตอนใหม่", "ผู้ทำ", 0, "")])
    response = client.post(staff_url("staff_edit", school, pk=manual.pk), data)
    assert response.status_code == 200
    assert "กรุณากรอกอย่างน้อย 1 นาที" in response.content.decode()
    manual.refresh_from_db()
    assert manual.title == "คู่มือการยืมพัสดุ"
    assert [(s.title, s.duration_minutes) for s in manual.versions.get().steps.all()] == before


def test_save_and_keep_editing_returns_to_the_form_with_fresh_blank_rows(client, school, officer):
    manual = draft_manual(school)
    data = form_post(title=manual.title, blank_rows=0, **{"continue": "1"})
    response = client.post(staff_url("staff_edit", school, pk=manual.pk), data)
    assert response["Location"] == staff_url("staff_edit", school, pk=manual.pk)
    page = client.get(response["Location"]).content.decode()
    assert 'name="steps-TOTAL_FORMS" value="6"' in page  # three steps and three blank rows


def test_a_unit_of_another_agency_is_refused(client, school, other_school, officer):
    from tests.factories import UnitFactory

    foreign = UnitFactory(agency=other_school)
    response = client.post(staff_url("staff_create", school), form_post(unit=foreign))
    assert "กรุณาเลือกหน่วยงานย่อยจากรายการ" in response.content.decode()
    assert not Manual.objects.exists()
