"""Every kind of uploaded file, asked for by an anonymous visitor, a staff member of the agency,
a staff member of another agency and the area office's supervisor: each answers by the rules of
the page that links it, with the file's original Thai name."""

from datetime import date
from urllib.parse import quote

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from prongsai.agencies.models import Agency
from prongsai.agencies.roles import Role
from prongsai.complaints import actions as complaints
from prongsai.measures.actions import record_progress, start_standard_plan
from prongsai.oit import actions as oit
from prongsai.oit.activities import add_activity
from prongsai.oit.models import Answer
from prongsai.oit.queries import default_checklist
from prongsai.services import actions as services
from tests.conftest import login
from tests.factories import member

pytestmark = pytest.mark.django_db
PDF = b"%PDF-1.4 evidence of the school"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32
LOGIN = "/accounts/login/"


@pytest.fixture
def people(office, school, other_school):
    return {
        "staff": member(school, Role.STAFF),
        "outsider": member(other_school, Role.STAFF),
        "supervisor": member(office, Role.SUPERVISOR),
    }


def status(client, url: str, user=None, **extra) -> int:
    client.logout()
    if user is not None:
        login(client, user)
    response = client.get(url, **extra)
    if response.status_code == 302:
        assert response["Location"].startswith(LOGIN), url
    return response.status_code


def assert_named(response, name: str) -> None:
    assert f"filename*=utf-8''{quote(name)}" in response["Content-Disposition"]
    assert response["X-Content-Type-Options"] == "nosniff"


# --- measures: evidence of progress records (staff only: not part of the published documents)


@pytest.fixture
def progress(school):
    plan = start_standard_plan(agency=school, year=2569)
    return record_progress(
        row=plan.measures.first().rows.first(),
        author=member(school, Role.ITA_OFFICER),
        happened_on=date(2025, 11, 3),
        text="ประชุมชี้แจงครูทุกคน",
        evidence_file=SimpleUploadedFile("รายงานการประชุม.pdf", PDF),
    )


def test_progress_evidence_for_staff_and_the_supervisor_only(client, school, people, progress):
    plan_page = reverse("measures:staff_plan", kwargs={"agency": school.slug, "year": 2569})
    url = reverse(
        "measures:staff_evidence_file",
        kwargs={"agency": school.slug, "year": 2569, "pk": progress.pk},
    )
    login(client, people["staff"])
    assert f'href="{url}"' in client.get(plan_page).content.decode()  # not /media/…
    assert "/media/" not in client.get(plan_page).content.decode()
    response = client.get(url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == PDF
    assert response["Content-Type"] == "application/pdf"
    assert response["Cache-Control"] == "private, no-store"
    assert_named(response, "รายงานการประชุม.pdf")
    assert status(client, url) == 302
    assert status(client, url, people["outsider"]) == 404
    assert status(client, url, people["supervisor"]) == 200
    assert status(client, settings_media_url(progress.evidence_file.name)) == 404


def settings_media_url(name: str) -> str:
    from django.conf import settings

    return settings.MEDIA_URL + name  # nothing serves MEDIA_ROOT blindly


def test_progress_evidence_of_another_agency_is_not_reached_through_ours(
    client, school, other_school, progress
):
    outsider_plan = start_standard_plan(agency=other_school, year=2569)
    assert outsider_plan.pk != progress.row.measure.plan.pk
    url = reverse(
        "measures:staff_evidence_file",
        kwargs={"agency": other_school.slug, "year": 2569, "pk": progress.pk},
    )
    assert status(client, url, member(other_school, Role.DIRECTOR)) == 404


# --- OIT: evidence files (public once the officer published the item, staff always) ---------


def oit_file(agency: Agency, code: str = "O1", name: str = "โครงสร้างองค์กร.pdf"):
    item = default_checklist(agency, 2566).items.get(code=code)
    target = oit.answer_for(agency=agency, item=item)
    evidence = oit.add_file(
        answer=target,
        title="โครงสร้าง",
        upload=SimpleUploadedFile(name, PDF),
        dated_on=None,
        by=member(agency, Role.ITA_OFFICER),
    )
    kwargs = {"agency": agency.slug, "year": 2566, "code": code, "pk": evidence.pk}
    return (
        target,
        reverse("oit:public_file", kwargs=kwargs),
        reverse("oit:staff_evidence_file", kwargs=kwargs),
    )


def test_oit_file_of_an_unpublished_item_for_staff_only(client, school, people):
    _target, public_url, staff_url = oit_file(school)
    assert status(client, public_url) == 404
    assert status(client, staff_url) == 302
    assert status(client, staff_url, people["staff"]) == 200
    assert status(client, staff_url, people["outsider"]) == 404
    assert status(client, staff_url, people["supervisor"]) == 200
    item_page = reverse(
        "oit:staff_item", kwargs={"agency": school.slug, "year": 2566, "code": "O1"}
    )
    login(client, people["staff"])
    assert f'href="{staff_url}"' in client.get(item_page).content.decode()


def test_oit_file_of_a_published_item_for_everyone(client, school, people):
    target, public_url, staff_url = oit_file(school)
    target.status = Answer.Status.PUBLISHED
    target.save()
    response = client.get(public_url)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Cache-Control"].startswith("public")
    assert_named(response, "โครงสร้างองค์กร.pdf")
    assert status(client, public_url, people["outsider"]) == 200
    assert status(client, staff_url, people["outsider"]) == 404


def test_oit_earlier_versions_for_staff(client, school, people):
    target, _public_url, staff_url = oit_file(school)
    evidence = target.evidence.get()
    oit.add_version(
        evidence=evidence,
        upload=SimpleUploadedFile("โครงสร้าง-แก้ไข.pdf", PDF + b" v2"),
        by=people["staff"],
    )
    login(client, people["staff"])
    newest = client.get(staff_url)
    assert b"".join(newest.streaming_content) == PDF + b" v2"
    first = client.get(staff_url + "?version=1")
    assert b"".join(first.streaming_content) == PDF
    assert client.get(staff_url + "?version=9").status_code == 404
    assert client.get(staff_url + "?version=99999999999999999999").status_code == 404


# --- complaints: attachments never outside the case -------------------------------------------


def test_complaint_attachments_only_for_the_cases_officer(client, school, other_school, people):
    complaint, _receipt = complaints.file_complaint(
        agency=school,
        data=complaints.NewComplaint(category="asset", what_happened="นำพัสดุไปใช้ส่วนตัว"),
        attachments=[SimpleUploadedFile("ภาพถ่าย.png", PNG)],
    )
    attachment = complaint.attachments.get()
    url = reverse(
        "complaints:staff_file",
        kwargs={"agency": school.slug, "pk": complaint.pk, "file_pk": attachment.pk},
    )
    assert status(client, url) == 302
    assert status(client, url, people["staff"]) == 403
    assert status(client, url, people["outsider"]) == 404
    assert status(client, url, member(other_school, Role.COMPLAINT_OFFICER)) == 404
    assert status(client, url, people["supervisor"]) == 403
    login(client, member(school, Role.COMPLAINT_OFFICER))
    response = client.get(url)
    assert response.status_code == 200
    assert response.content == PNG
    assert response["Content-Type"] == "image/png"
    assert response["Content-Disposition"].startswith("attachment;")
    assert "no-store" in response["Cache-Control"]
    assert_named(response, "ภาพถ่าย.png")


# --- services: files of requests, for the agency's queue ---------------------------------------


def test_request_files_for_the_queue_only(client, school, people):
    service = services.create_from_template(agency=school, key="transcript")
    field = service.fields.get(kind="file")
    filed = services.submit_request(
        service=service,
        requester=services.Requester("ผู้ขอ", "requester@example.com"),
        answers={},
        files={field.pk: SimpleUploadedFile("บัตรประชาชน.pdf", PDF)},
    )
    url = reverse(
        "services:staff_request_file",
        kwargs={"agency": school.slug, "pk": filed.pk, "file_pk": filed.files.get().pk},
    )
    assert status(client, url) == 302
    assert status(client, url, people["outsider"]) == 404
    assert status(client, url, people["supervisor"]) == 403
    login(client, people["staff"])
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Cache-Control"] == "private, no-store"
    assert_named(response, "บัตรประชาชน.pdf")


# --- activity photos: every recorded activity is public ----------------------------------------


def test_activity_photos_are_public_in_their_agency_only(client, school, other_school, people):
    activity = add_activity(
        agency=school,
        held_on=date(2025, 11, 20),
        topic="อบรมคุณธรรม",
        attendees=30,
        summary="",
        photos=[SimpleUploadedFile("ภาพ.png", PNG)],
    )
    photo = activity.photos.get()
    url = reverse("oit:public_activity_photo", kwargs={"agency": school.slug, "pk": photo.pk})
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"] == "image/png"
    assert response["Content-Disposition"].startswith("inline;")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert status(client, url, people["outsider"]) == 200
    assert status(client, url, people["supervisor"]) == 200
    elsewhere = reverse(
        "oit:public_activity_photo", kwargs={"agency": other_school.slug, "pk": photo.pk}
    )
    assert status(client, elsewhere) == 404
