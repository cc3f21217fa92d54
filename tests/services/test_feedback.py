"""Issue 11, forms and feedback: bounds and contact checks on the request form, tracking numbers
read as people type them, staff messages and where to collect, demo numbers like online ones."""

import re

import pytest
from django.core import mail
from django.urls import reverse

from prongsai.agencies.roles import Role
from prongsai.services import actions
from prongsai.services.demo import load_services
from prongsai.services.models import Request
from prongsai.services.tracking import normalise_tracking
from tests.conftest import login
from tests.factories import member
from tests.services.test_requests import answers_for, detail_url

pytestmark = pytest.mark.django_db


@pytest.fixture
def transcript(school):
    return actions.create_from_template(agency=school, key="transcript")


def _number_field(service):
    return f"q{service.fields.get(kind='number').pk}"


def _with_quantity(service, quantity):
    return {**answers_for(service), _number_field(service): quantity}


@pytest.mark.parametrize("quantity", ["-3", "0", "99999999", "2.5", "abc"])
def test_a_quantity_out_of_bounds_is_refused_in_thai(client, transcript, quantity):
    data = _with_quantity(transcript, quantity)
    response = client.post(detail_url(transcript), data)
    assert response.status_code == 200
    errors = response.context["form"].errors[_number_field(transcript)]
    assert "จำนวนเต็มตั้งแต่ 1 ถึง 9,999" in errors[0]
    assert not Request.objects.exists()


def test_the_bounds_are_stated_on_the_form_and_thai_numerals_are_read(client, transcript):
    html = client.get(detail_url(transcript)).content.decode()
    assert "จำนวนเต็มตั้งแต่ 1 ถึง 9,999" in html
    data = _with_quantity(transcript, "๓")
    client.post(detail_url(transcript), data)
    assert Request.objects.get().answers["จำนวน (ฉบับ)"] == "3"


def test_abc_as_the_only_contact_is_refused_saying_what_is_needed(client, transcript):
    as_phone = client.post(
        detail_url(transcript), answers_for(transcript, requester_email="", requester_phone="abc")
    )
    assert "เบอร์โทรศัพท์" in as_phone.context["form"].errors["requester_phone"][0]
    as_email = client.post(detail_url(transcript), answers_for(transcript, requester_email="abc"))
    assert "name@example.com" in as_email.context["form"].errors["requester_email"][0]
    assert not Request.objects.exists()


def test_a_thai_phone_number_is_kept_in_its_plain_form(client, transcript):
    client.post(
        detail_url(transcript),
        answers_for(transcript, requester_email="", requester_phone="๐๘๑-๒๓๔ ๕๖๗๘"),
    )
    assert Request.objects.get().requester_phone == "0812345678"


def test_the_action_refuses_a_bad_contact_too(transcript):
    with pytest.raises(actions.ValidationError) as refused:
        actions.submit_request(
            service=transcript,
            requester=actions.Requester("ผู้ขอ", "", "abc"),
            answers={},
            files={},
        )
    assert "requester_phone" in refused.value.message_dict


@pytest.fixture
def filed(transcript):
    return actions.submit_request(
        service=transcript,
        requester=actions.Requester("ผู้ขอ", "a@example.com"),
        answers={},
        files={},
    )


@pytest.mark.parametrize(
    "typed",
    [
        "{tracking}",
        "{spaced}",
        "{compact}",
        "{lower}",
        "{thai_digits}",
    ],
)
def test_tracking_numbers_are_found_as_people_type_them(client, school, filed, typed):
    tracking = filed.tracking
    thai = tracking.replace("7", "๗").replace("0", "๐")
    forms = {
        "tracking": tracking,
        "spaced": tracking.replace("-", " "),
        "compact": tracking.replace("-", ""),
        "lower": f"  {tracking.lower()} ",
        "thai_digits": thai,
    }
    url = reverse("services:track", kwargs={"agency": school.slug})
    response = client.get(url, {"tracking": typed.format(**forms)})
    assert response.status_code == 302
    assert response.url.endswith(f"/services/requests/{tracking}/")


def test_thai_keyboard_layout_is_read_back():
    assert normalise_tracking("หึจ-หปผทภื") == "S70-SXZM4N"
    assert normalise_tracking("D01322") == "D01322"


def test_a_number_not_found_stays_in_the_box_with_a_thai_message(client, school, filed):
    url = reverse("services:track", kwargs={"agency": school.slug})
    response = client.get(url, {"tracking": "S70 ZZZZZZ"})
    html = response.content.decode()
    assert response.status_code == 404
    assert 'value="S70 ZZZZZZ"' in html
    assert "ไม่พบคำขอ" in html


def test_staff_message_the_requester_by_mail_and_on_the_status_page(
    client, school, filed, django_capture_on_commit_callbacks
):
    login(client, member(school, Role.STAFF))
    url = reverse("services:staff_request", kwargs={"agency": school.slug, "pk": filed.pk})
    empty = client.post(url, {"do": "message", "body": "  "})
    assert empty.status_code == 400
    assert not filed.messages.exists()
    text = "รับเอกสารได้ที่ห้องธุรการ วันศุกร์ หลัง 13:00 น."
    with django_capture_on_commit_callbacks(execute=True):
        client.post(url, {"do": "message", "body": text})
    assert text in mail.outbox[-1].body
    client.logout()
    status = client.get(
        reverse("services:status", kwargs={"agency": school.slug, "tracking": filed.tracking})
    )
    assert text in status.content.decode()


def test_done_says_where_to_collect(client, school, filed, django_capture_on_commit_callbacks):
    login(client, member(school, Role.STAFF))
    url = reverse("services:staff_request", kwargs={"agency": school.slug, "pk": filed.pk})
    assert 'name="collect_info"' in client.get(url).content.decode()
    where = "ห้องธุรการ ชั้น 1 จันทร์–ศุกร์ 8:30–16:30 น. นำบัตรประชาชนมาด้วย"
    with django_capture_on_commit_callbacks(execute=True):
        client.post(url, {"do": "move", "to": "done", "collect_info": where})
    filed.refresh_from_db()
    assert filed.status == "done"
    assert filed.collect_info == where
    assert where in mail.outbox[-1].body
    client.logout()
    status = client.get(
        reverse("services:status", kwargs={"agency": school.slug, "tracking": filed.tracking})
    )
    assert where in status.content.decode()


def test_the_move_form_starts_empty(client, school, filed):
    login(client, member(school, Role.STAFF))
    url = reverse("services:staff_request", kwargs={"agency": school.slug, "pk": filed.pk})
    assert client.post(url, {"do": "move"}).status_code == 400
    filed.refresh_from_db()
    assert filed.status == "received"


def test_demo_requests_are_numbered_like_online_ones(school):
    load_services(school, lambda line: None)
    numbers = list(Request.objects.values_list("tracking", flat=True))
    assert numbers
    assert all(re.fullmatch(r"S\d\d-[A-HJ-NP-Z2-9]{6}", number) for number in numbers)
