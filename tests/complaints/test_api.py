import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from prongsai.complaints import actions
from prongsai.complaints.models import Complaint
from tests.complaints.conftest import SECRET_TEXT
from tests.thai import is_thai

pytestmark = pytest.mark.django_db


def url(school):
    return f"/api/v1/agencies/{school.slug}/complaints/"


def test_file_by_json_returns_201_with_a_receipt(client, school):
    response = client.post(
        url(school),
        {"category": "bribe", "what_happened": SECRET_TEXT},
        content_type="application/json",
    )
    assert response.status_code == 201
    receipt = response.json()["receipt"]
    assert len(receipt) == 16
    assert receipt.isdigit()
    assert actions.find_by_receipt(receipt).what_happened == SECRET_TEXT


def test_file_by_multipart_with_attachments(client, school):
    response = client.post(
        url(school),
        {
            "category": "asset",
            "what_happened": "นำโน้ตบุ๊กของโรงเรียนไปใช้ส่วนตัว",
            "attachments": [SimpleUploadedFile("photo.png", b"\x89PNG\r\n\x1a\n data")],
        },
    )
    assert response.status_code == 201
    assert Complaint.objects.get().attachments.count() == 1


def test_bad_input_answers_400_in_thai(client, school):
    response = client.post(
        url(school), {"category": "nope", "what_happened": "สั้น"}, content_type="application/json"
    )
    assert response.status_code == 400
    assert "category" in response.json()
    named = client.post(
        url(school),
        {"category": "other", "what_happened": SECRET_TEXT, "reporter_name": "สมชาย"},
        content_type="application/json",
    )
    assert named.status_code == 400
    assert is_thai(" ".join(named.json()["pdpa_consent"]))
    assert not Complaint.objects.exists()


def test_a_retry_with_the_same_key_files_once_and_returns_the_same_receipt(client, school):
    body = {"category": "other", "what_happened": SECRET_TEXT, "idempotency_key": "abc-123"}
    first = client.post(url(school), body, content_type="application/json")
    second = client.post(url(school), body, content_type="application/json")
    assert Complaint.objects.count() == 1
    assert first.json()["receipt"] == second.json()["receipt"]


def test_follow_up_and_reply_by_receipt_in_the_body(client, school, filed):
    _complaint, receipt = filed
    case = client.post(
        "/api/v1/complaints/follow-up/", {"receipt": receipt}, content_type="application/json"
    )
    assert case.status_code == 200
    assert case.json()["status"] == "new"
    reply = client.post(
        "/api/v1/complaints/follow-up/messages/",
        {"receipt": receipt, "body": "ข้อมูลเพิ่มเติม"},
        content_type="application/json",
    )
    assert reply.status_code == 201
    assert reply.json()["messages"][-1]["body"] == "ข้อมูลเพิ่มเติม"


def test_wrong_receipts_404_then_429(client, school, filed):
    for _ in range(5):
        wrong = client.post(
            "/api/v1/complaints/follow-up/",
            {"receipt": "1234123412341234"},
            content_type="application/json",
        )
        assert wrong.status_code == 404
        assert is_thai(wrong.json()["detail"])
    _complaint, receipt = filed
    blocked = client.post(
        "/api/v1/complaints/follow-up/", {"receipt": receipt}, content_type="application/json"
    )
    assert blocked.status_code == 429
    assert is_thai(blocked.json()["detail"])
