from datetime import timedelta

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone

from prongsai.agencies.roles import Role
from prongsai.services import actions
from prongsai.services.models import Request, Service
from tests.conftest import login
from tests.factories import UnitFactory, member

pytestmark = pytest.mark.django_db


@pytest.fixture
def transcript(school):
    return actions.create_from_template(agency=school, key="transcript")


def detail_url(service):
    return reverse("services:detail", kwargs={"agency": service.agency.slug, "pk": service.pk})


def answers_for(service, **extra):
    data = {"requester_name": "สมศรี ใจดี", "requester_email": "somsri@example.com", **extra}
    for field in service.fields.all():
        if field.kind == "choice":
            data[f"q{field.pk}"] = field.choices.splitlines()[0]
        elif field.kind == "number":
            data[f"q{field.pk}"] = "2"
        elif field.kind == "text":
            data[f"q{field.pk}"] = "12345"
    return data


def test_service_page_shows_the_standard_and_its_flow(client, transcript):
    html = client.get(detail_url(transcript)).content.decode()
    assert "คู่มือสำหรับประชาชน" in html
    assert 'class="flow"' in html
    for step in transcript.steps.all():
        assert step.title in html
    assert "สำเนาบัตรประจำตัวประชาชน" in html


def test_request_gets_a_tracking_number_status_page_and_email(
    client, transcript, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(detail_url(transcript), answers_for(transcript), follow=True)
    filed = Request.objects.get()
    assert response.redirect_chain[-1][0].endswith(f"/services/requests/{filed.tracking}/")
    html = response.content.decode()
    assert filed.tracking in html
    assert "สมศรี" not in html  # the status page shows no personal data
    assert filed.due_at - filed.received_at == timedelta(days=3)
    assert filed.answers["เลขประจำตัวนักเรียน"] == "12345"
    assert mail.outbox[0].to == ["somsri@example.com"]
    assert filed.tracking in mail.outbox[0].body


def test_bad_input_keeps_what_was_typed(client, transcript):
    data = answers_for(transcript, requester_email="")
    response = client.post(detail_url(transcript), data)
    html = response.content.decode()
    assert response.status_code == 200
    assert "สมศรี ใจดี" in html
    assert response.context["form"].errors["requester_email"]
    assert not Request.objects.exists()


def test_a_file_question_takes_only_allowed_files(client, transcript):
    file_field = transcript.fields.get(kind="file")
    data = answers_for(transcript, **{f"q{file_field.pk}": SimpleUploadedFile("x.exe", b"MZ")})
    response = client.post(detail_url(transcript), data)
    assert not Request.objects.exists()
    assert "x.exe" in response.content.decode()


def test_staff_moves_the_request_and_the_requester_rates_it(
    client, school, transcript, django_capture_on_commit_callbacks
):
    filed = actions.submit_request(
        service=transcript,
        requester=actions.Requester("ผู้ขอ", "a@example.com"),
        answers={},
        files={},
    )
    officer = member(school, Role.STAFF)
    login(client, officer)
    url = reverse("services:staff_request", kwargs={"agency": school.slug, "pk": filed.pk})
    refused = client.post(url, {"to": "rejected", "reason": ""})
    assert refused.context["form"].errors
    with django_capture_on_commit_callbacks(execute=True):
        client.post(url, {"to": "done"})
    filed.refresh_from_db()
    assert filed.status == "done"
    assert filed.completed_at is not None
    assert "ดำเนินการ" in mail.outbox[-1].body or filed.tracking in mail.outbox[-1].body
    client.logout()
    status_url = reverse(
        "services:status", kwargs={"agency": school.slug, "tracking": filed.tracking}
    )
    client.post(status_url, {"rating": "5", "comment": "รวดเร็วมาก"})
    filed.refresh_from_db()
    assert (filed.rating, filed.rating_comment) == (5, "รวดเร็วมาก")
    again = client.post(status_url, {"rating": "1"})
    assert again.context["rating_form"].errors
    filed.refresh_from_db()
    assert filed.rating == 5


def test_staff_only_services_are_hidden_from_the_public(client, school):
    hidden = Service.objects.create(agency=school, name="ยืมพัสดุไปใช้นอกสถานที่", audience="staff")
    assert (
        hidden.name
        not in client.get(
            reverse("services:catalogue", kwargs={"agency": school.slug})
        ).content.decode()
    )
    assert client.get(detail_url(hidden)).status_code == 404
    login(client, member(school, Role.STAFF))
    assert client.get(detail_url(hidden)).status_code == 200


def test_walk_ins_are_logged_in_a_few_taps(client, school, transcript):
    login(client, member(school, Role.STAFF))
    client.post(
        reverse("services:staff_walk_in", kwargs={"agency": school.slug}),
        {"service": transcript.pk, "served_on": timezone.localdate().isoformat(), "count": 4},
    )
    assert transcript.walk_ins.get().count == 4
    future = (timezone.localdate() + timedelta(days=2)).isoformat()
    client.post(
        reverse("services:staff_walk_in", kwargs={"agency": school.slug}),
        {"service": transcript.pk, "served_on": future, "count": 1},
    )
    assert transcript.walk_ins.count() == 1


def test_ita_officer_defines_a_service_with_steps_and_questions(client, school):
    login(client, member(school, Role.ITA_OFFICER))
    url = reverse("services:staff_service_new", kwargs={"agency": school.slug})
    data = {
        "name": "ขอสำเนาเอกสาร",
        "audience": "public",
        "online": "on",
        "walk_in": "on",
        "promised_days": 2,
        "order": 0,
        "is_active": "on",
        "steps-TOTAL_FORMS": "2",
        "steps-INITIAL_FORMS": "0",
        "steps-0-title": "รับคำขอ",
        "steps-0-responsible": "งานธุรการ",
        "steps-0-minutes": "10",
        "steps-0-output": "คำขอ",
        "steps-1-title": "",
        "steps-1-minutes": "0",
        "fields-TOTAL_FORMS": "2",
        "fields-INITIAL_FORMS": "0",
        "fields-0-label": "เอกสารที่ต้องการ",
        "fields-0-kind": "text",
        "fields-0-required": "on",
        "fields-1-label": "",
        "fields-1-kind": "text",
        "fields-1-required": "on",
    }
    response = client.post(url, data)
    assert response.status_code == 302
    service = Service.objects.get(name="ขอสำเนาเอกสาร")
    assert [s.title for s in service.steps.all()] == ["รับคำขอ"]
    assert [f.label for f in service.fields.all()] == ["เอกสารที่ต้องการ"]


def test_unit_head_edits_only_their_units_services(client, school):
    mine = UnitFactory(agency=school)
    theirs = UnitFactory(agency=school)
    head = member(school, Role.UNIT_HEAD)
    head.memberships.update(unit=mine)
    own = Service.objects.create(agency=school, name="ของงานฉัน", owner_unit=mine)
    other = Service.objects.create(agency=school, name="ของงานอื่น", owner_unit=theirs)
    login(client, head)
    edit = "services:staff_service_edit"
    assert (
        client.get(reverse(edit, kwargs={"agency": school.slug, "pk": own.pk})).status_code == 200
    )
    assert (
        client.get(reverse(edit, kwargs={"agency": school.slug, "pk": other.pk})).status_code == 403
    )


def test_queue_query_count_is_bounded(client, school, transcript, django_assert_max_num_queries):
    login(client, member(school, Role.STAFF))
    url = reverse("services:staff_queue", kwargs={"agency": school.slug})
    actions.submit_request(
        service=transcript, requester=actions.Requester("ก", "a@example.com"), answers={}, files={}
    )
    with django_assert_max_num_queries(30) as one:
        client.get(url)
    for n in range(5):
        actions.submit_request(
            service=transcript,
            requester=actions.Requester(f"ข{n}", "b@example.com"),
            answers={},
            files={},
        )
    with django_assert_max_num_queries(len(one.captured_queries)):
        assert len(client.get(url).context["requests"]) == 6
