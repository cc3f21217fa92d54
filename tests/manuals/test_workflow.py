"""Draft → pending approval → approved and published, by the right people only."""

from datetime import timedelta

import pytest
from auditlog.models import LogEntry
from django.core.exceptions import ValidationError
from django.utils import timezone

from prongsai.agencies.roles import Role
from prongsai.manuals import actions
from prongsai.manuals.models import Manual, ManualStep, ManualVersion
from tests.conftest import login
from tests.factories import member
from tests.manuals.helpers import (
    draft_manual,
    form_post,
    manual_data,
    public_url,
    published_manual,
    staff_url,
)

pytestmark = pytest.mark.django_db
Status = ManualVersion.Status


def test_the_whole_workflow_through_the_pages(client, school):
    officer = member(school, Role.ITA_OFFICER)
    director = member(school, Role.DIRECTOR)

    login(client, officer)
    response = client.post(staff_url("staff_create", school), form_post())
    manual = Manual.objects.get(agency=school)
    assert response.status_code == 302
    assert response["Location"] == staff_url("staff_detail", school, pk=manual.pk)
    version = manual.versions.get()
    assert (version.number, version.status) == (1, Status.DRAFT)
    assert [step.title for step in version.steps.all()] == [
        "ยื่นแบบคำขอยืมพัสดุ",
        "ตรวจสอบพัสดุและเสนอความเห็น",
        "พิจารณาอนุมัติ",
    ]
    assert client.get(public_url("public_detail", school, pk=manual.pk)).status_code == 404

    response = client.post(staff_url("staff_submit", school, pk=manual.pk))
    assert response.status_code == 302
    version.refresh_from_db()
    assert version.status == Status.PENDING
    assert version.submitted_by == officer
    # The writer cannot approve their own manual.
    assert client.post(staff_url("staff_approve", school, pk=manual.pk)).status_code == 403
    client.logout()

    login(client, director)
    page = client.get(staff_url("staff_detail", school, pk=manual.pk))
    assert "อนุมัติและเผยแพร่ฉบับที่ 1" in page.content.decode()
    response = client.post(staff_url("staff_approve", school, pk=manual.pk))
    assert response.status_code == 302
    version.refresh_from_db()
    assert version.status == Status.PUBLISHED
    assert version.approved_by == director
    assert version.approved_at is not None
    assert version.published_at == version.approved_at
    client.logout()

    page = client.get(public_url("public_detail", school, pk=manual.pk))
    assert page.status_code == 200
    assert "พิจารณาอนุมัติ" in page.content.decode()


def test_the_director_can_send_a_version_back(client, school):
    manual = draft_manual(school)
    version = manual.versions.get()
    actions.submit_version(version=version, actor=member(school, Role.ITA_OFFICER))
    login(client, member(school, Role.DIRECTOR))
    client.post(staff_url("staff_return", school, pk=manual.pk))
    version.refresh_from_db()
    assert version.status == Status.DRAFT
    assert version.submitted_at is None


def test_a_unit_head_cannot_approve(client, school, supplies, supplies_head):
    manual = draft_manual(school, unit=supplies)
    version = manual.versions.get()
    actions.submit_version(version=version, actor=supplies_head)
    login(client, supplies_head)
    response = client.post(staff_url("staff_approve", school, pk=manual.pk))
    assert response.status_code == 403
    version.refresh_from_db()
    assert version.status == Status.PENDING


@pytest.mark.parametrize("role", [Role.STAFF, Role.SUPERVISOR, Role.ASSET_OFFICER])
def test_others_neither_write_nor_approve(client, school, role):
    manual = draft_manual(school)
    login(client, member(school, role))
    for name in ("staff_edit", "staff_submit", "staff_approve", "staff_new_version"):
        method = client.get if name == "staff_edit" else client.post
        assert method(staff_url(name, school, pk=manual.pk)).status_code == 403, name
    assert manual.versions.get().status == Status.DRAFT


def test_readers_see_the_list_and_the_manual(client, school):
    manual = draft_manual(school)
    login(client, member(school, Role.STAFF))
    listing = client.get(staff_url("staff_list", school))
    assert listing.status_code == 200
    assert manual.title in listing.content.decode()
    detail = client.get(staff_url("staff_detail", school, pk=manual.pk))
    assert detail.status_code == 200
    assert "Send for approval" not in detail.content.decode()


def test_approving_twice_publishes_once(school):
    manual = draft_manual(school)
    version = manual.versions.get()
    director = member(school, Role.DIRECTOR)
    actions.submit_version(version=version, actor=director)
    actions.approve_version(version=version, actor=director)
    with pytest.raises(ValidationError):
        actions.approve_version(version=version, actor=director)
    with pytest.raises(ValidationError):
        actions.submit_version(version=version, actor=director)


def test_submitting_needs_a_review_date_ahead(school):
    manual = draft_manual(school)
    version = manual.versions.get()
    version.review_on = timezone.localdate() - timedelta(days=1)
    version.save()
    with pytest.raises(ValidationError, match="เลยวันที่ต้องทบทวนแล้ว"):
        actions.submit_version(version=version, actor=member(school, Role.ITA_OFFICER))
    version.refresh_from_db()
    assert version.status == Status.DRAFT


def test_a_new_version_leaves_the_published_one_public_until_approved(client, school):
    manual = published_manual(school)
    first = manual.versions.get()
    officer = member(school, Role.ITA_OFFICER)
    login(client, officer)
    response = client.post(staff_url("staff_new_version", school, pk=manual.pk))
    assert response["Location"] == staff_url("staff_edit", school, pk=manual.pk)
    second = manual.versions.get(number=2)
    assert second.status == Status.DRAFT
    assert second.review_on == first.review_on
    assert [s.title for s in second.steps.all()] == [s.title for s in first.steps.all()]
    # A second "new version" while one is open is refused, and nothing is created.
    client.post(staff_url("staff_new_version", school, pk=manual.pk))
    assert manual.versions.count() == 2

    changed = [("ยื่นคำขอยืมผ่านระบบออนไลน์", "ผู้ยืม", 10, "คำขอออนไลน์")]
    response = client.post(
        staff_url("staff_edit", school, pk=manual.pk),
        form_post(title=manual.title, steps=changed, changes="ยื่นคำขอทางออนไลน์"),
    )
    assert response.status_code == 302
    assert [s.title for s in second.steps.all()] == ["ยื่นคำขอยืมผ่านระบบออนไลน์"]
    assert [s.title for s in first.steps.all()] != ["ยื่นคำขอยืมผ่านระบบออนไลน์"]

    public = client.get(public_url("public_detail", school, pk=manual.pk)).content.decode()
    assert "ยื่นแบบคำขอยืมพัสดุ" in public
    assert "ยื่นคำขอยืมผ่านระบบออนไลน์" not in public

    client.post(staff_url("staff_submit", school, pk=manual.pk))
    public = client.get(public_url("public_detail", school, pk=manual.pk)).content.decode()
    assert "ยื่นคำขอยืมผ่านระบบออนไลน์" not in public  # pending is not public either
    client.logout()

    login(client, member(school, Role.DIRECTOR))
    client.post(staff_url("staff_approve", school, pk=manual.pk))
    client.logout()
    public = client.get(public_url("public_detail", school, pk=manual.pk)).content.decode()
    assert "ยื่นคำขอยืมผ่านระบบออนไลน์" in public
    assert "ยื่นแบบคำขอยืมพัสดุ" not in public
    first.refresh_from_db()
    assert first.status == Status.PUBLISHED  # kept as the record of what was published


def test_a_published_version_cannot_be_edited(client, school):
    manual = published_manual(school)
    login(client, member(school, Role.ITA_OFFICER))
    response = client.get(staff_url("staff_edit", school, pk=manual.pk))
    assert response.status_code == 302
    response = client.post(staff_url("staff_edit", school, pk=manual.pk), form_post())
    assert response.status_code == 302
    assert manual.versions.get().steps.count() == 3
    with pytest.raises(ValidationError):
        actions.save_draft(version=manual.versions.get(), data=manual_data(title="เปลี่ยน"))


def test_changes_are_audited(client, school):
    manual = draft_manual(school)
    version = manual.versions.get()
    director = member(school, Role.DIRECTOR)
    actions.submit_version(version=version, actor=director)
    login(client, director)
    client.post(staff_url("staff_approve", school, pk=manual.pk))
    entries = LogEntry.objects.get_for_object(version).filter(actor=director)
    statuses = [entry.changes_dict.get("status") for entry in entries]
    assert ["pending", "approved"] in statuses
    assert ["approved", "published"] in statuses
    assert LogEntry.objects.get_for_object(manual).exists()
    assert LogEntry.objects.filter(content_type__model="manualstep").exists()


def test_one_open_version_at_a_time_in_the_database(school):
    from django.db import IntegrityError, transaction

    manual = draft_manual(school)
    with pytest.raises(IntegrityError), transaction.atomic():
        ManualVersion.objects.create(manual=manual, number=2)
    assert ManualStep.objects.filter(version__manual=manual).count() == 3


def test_a_drafts_title_and_purpose_stay_off_the_public_site_until_approved(client, school):
    manual = published_manual(school, title="คู่มือเดิม")
    officer = member(school, Role.ITA_OFFICER)
    version = actions.start_new_version(manual=manual, actor=officer)
    data = manual_data(title="คู่มือชื่อใหม่")
    actions.save_draft(version=version, data=data)
    manual.refresh_from_db()
    assert manual.title == "คู่มือเดิม"
    for name in ("public_list", "public_detail"):
        kwargs = {"pk": manual.pk} if name == "public_detail" else {}
        page = client.get(public_url(name, school, **kwargs)).content.decode()
        assert "คู่มือเดิม" in page
        assert "คู่มือชื่อใหม่" not in page
    actions.submit_version(version=version, actor=officer)
    actions.approve_version(version=version, actor=member(school, Role.DIRECTOR))
    manual.refresh_from_db()
    assert manual.title == "คู่มือชื่อใหม่"
    page = client.get(public_url("public_detail", school, pk=manual.pk)).content.decode()
    assert "คู่มือชื่อใหม่" in page


def test_an_unpublished_drafts_title_is_the_manuals(school):
    manual = draft_manual(school, title="ร่างแรก")
    actions.save_draft(version=manual.versions.get(), data=manual_data(title="ร่างที่แก้"))
    manual.refresh_from_db()
    assert manual.title == "ร่างที่แก้"
