"""Finding 8 of the security review: inputs that answered 500 now answer a Thai 4xx or work."""

import pytest
from django.urls import reverse

from prongsai.agencies.roles import Role
from prongsai.complaints import actions as complaint_actions
from prongsai.lib.text import parse_id, strip_controls
from prongsai.services import actions
from tests.complaints.conftest import SECRET_TEXT, form_token
from tests.conftest import login
from tests.factories import member
from tests.thai import is_thai

pytestmark = pytest.mark.django_db

CONTROLS = "\x0b\x1b[31m\x00\x07"


def test_strip_controls_keeps_tabs_and_line_breaks():
    assert strip_controls("ก\tข\r\nค\x0bง\x1bจ\x00") == "ก\tข\r\nคงจ"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("12", 12),
        ("99999999999999999999", None),
        ("0", None),
        ("-3", None),
        ("๑๒", None),
        ("", None),
    ],
)
def test_parse_id_accepts_only_what_a_database_id_can_be(raw, expected):
    assert parse_id(raw) == expected


def test_a_nul_byte_in_the_address_is_a_thai_400_not_a_500(client, school):
    transcript = actions.create_from_template(agency=school, key="transcript")
    status = f"/{school.slug}/services/requests/S70-AB%00CD/"
    response = client.get(status)
    assert response.status_code == 400
    assert is_thai(response.content.decode())
    query = client.get(f"/{school.slug}/services/{transcript.pk}/?q=a%00b")
    assert query.status_code == 200  # a query parameter is cleaned, not refused


def test_a_huge_service_filter_on_the_queue_shows_the_queue(client, school):
    login(client, member(school, Role.STAFF))
    url = reverse("services:staff_queue", kwargs={"agency": school.slug})
    response = client.get(url, {"service": "99999999999999999999"})
    assert response.status_code == 200


def test_control_characters_typed_in_a_form_are_not_stored(client, school):
    url = reverse("complaints:new", kwargs={"agency": school.slug})
    response = client.post(
        url,
        {
            "form_token": form_token(),
            "category": "bribe",
            "what_happened": SECRET_TEXT + CONTROLS,
            "identity": "anonymous",
        },
    )
    assert response.status_code == 200
    stored = complaint_actions.find_by_receipt(response.context["receipt"].replace(" ", ""))
    assert stored.what_happened == SECRET_TEXT + "[31m"


def test_control_characters_sent_as_json_are_not_stored(client, school):
    response = client.post(
        f"/api/v1/agencies/{school.slug}/complaints/",
        {"category": "bribe", "what_happened": SECRET_TEXT + CONTROLS},
        content_type="application/json",
    )
    assert response.status_code == 201
    stored = complaint_actions.find_by_receipt(response.json()["receipt"])
    assert stored.what_happened == SECRET_TEXT + "[31m"


def test_a_broken_multipart_body_is_a_thai_400(client, school):
    response = client.generic(
        "POST",
        f"/api/v1/agencies/{school.slug}/complaints/",
        b"--x\r\nbroken",
        content_type="multipart/form-data",
    )
    assert response.status_code == 400
    assert is_thai(response.json()["detail"])


def test_an_api_attachment_is_checked_by_its_contents(client, school):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from prongsai.complaints.models import Complaint

    response = client.post(
        f"/api/v1/agencies/{school.slug}/complaints/",
        {
            "category": "asset",
            "what_happened": SECRET_TEXT,
            "attachments": [SimpleUploadedFile("photo.jpg", b"just some text, not a picture")],
        },
    )
    assert response.status_code == 400
    assert is_thai(" ".join(response.json()["attachments"]))
    assert not Complaint.objects.exists()
    picture = SimpleUploadedFile("photo.png", b"\x89PNG\r\n\x1a\n" + b"\0" * 64)
    accepted = client.post(
        f"/api/v1/agencies/{school.slug}/complaints/",
        {"category": "asset", "what_happened": SECRET_TEXT, "attachments": [picture]},
    )
    assert accepted.status_code == 201
    assert Complaint.objects.get().attachments.count() == 1


def test_oit_evidence_is_checked_by_its_contents():
    from django.core.exceptions import ValidationError
    from django.core.files.uploadedfile import SimpleUploadedFile

    from prongsai.oit.actions import check_upload

    with pytest.raises(ValidationError):
        check_upload(SimpleUploadedFile("รายงาน.pdf", b"MZ\x90\x00 an executable, not a PDF"))
    check_upload(SimpleUploadedFile("รายงาน.pdf", b"%PDF-1.7\n" + b"0" * 64))
