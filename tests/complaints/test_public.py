import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from prongsai.complaints.models import Complaint, Message
from tests.complaints.conftest import SECRET_TEXT, form_token

pytestmark = pytest.mark.django_db


def new_url(school):
    return reverse("complaints:new", kwargs={"agency": school.slug})


def follow_url(school):
    return reverse("complaints:follow_up", kwargs={"agency": school.slug})


def anonymous_post(**extra):
    return {
        "form_token": form_token(),
        "category": "bribe",
        "what_happened": SECRET_TEXT,
        "identity": "anonymous",
        **extra,
    }


def test_anonymous_complaint_gets_a_receipt_shown_once(client, school):
    response = client.post(new_url(school), anonymous_post())
    html = response.content.decode()
    receipt = response.context["receipt"]
    assert len(receipt.replace(" ", "")) == 16
    assert receipt in html
    assert "no-store" in response["Cache-Control"]
    complaint = Complaint.objects.get()
    assert complaint.is_anonymous
    assert complaint.reporter_name == ""
    assert receipt.replace(" ", "") not in str(Complaint.objects.values().get())


def test_category_can_be_preset_by_a_link_from_a_budget_line(client, school):
    response = client.get(new_url(school) + "?category=budget&related=โครงการอาหารกลางวัน")
    assert response.context["form"].initial["category"] == "budget"
    assert "โครงการอาหารกลางวัน" in response.content.decode()


def test_a_validation_error_keeps_what_was_typed(client, school):
    response = client.post(
        new_url(school),
        anonymous_post(
            identity="named", reporter_name="สมหญิง", what_happened="สั้น", when_happened="มกราคม"
        ),
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "สมหญิง" in html
    assert "มกราคม" in html
    assert response.context["form"].errors["pdpa_consent"]
    assert not Complaint.objects.exists()


def test_attachments_are_checked_by_type(client, school):
    response = client.post(
        new_url(school),
        anonymous_post(attachments=[SimpleUploadedFile("run.exe", b"MZ")]),
    )
    assert "run.exe" in response.content.decode()
    assert not Complaint.objects.exists()


def test_the_same_form_sent_twice_files_once(client, school):
    data = anonymous_post()
    first = client.post(new_url(school), data)
    second = client.post(new_url(school), data)
    assert Complaint.objects.count() == 1
    assert second.context["receipt"] == first.context["receipt"]


def test_honeypot_and_instant_posts_file_nothing(client, school):
    client.post(new_url(school), anonymous_post(website="http://spam.example"))
    client.post(new_url(school), anonymous_post(form_token=form_token(seconds_ago=0.5)))
    assert not Complaint.objects.exists()


def test_flooding_is_stopped_without_storing_addresses(client, school):
    for _ in range(10):
        client.post(new_url(school), anonymous_post())
    blocked = client.post(new_url(school), anonymous_post())
    assert blocked.status_code == 429
    assert Complaint.objects.count() == 10


def test_follow_up_with_the_receipt_shows_messages_and_takes_a_reply(client, school, filed):
    complaint, receipt = filed
    Message.objects.create(
        complaint=complaint,
        direction="to_reporter",
        body="ได้รับเรื่องแล้ว",
        created_on=complaint.filed_on,
    )
    Message.objects.create(
        complaint=complaint, direction="note", body="บันทึกภายในห้ามเห็น", created_on=complaint.filed_on
    )
    response = client.post(follow_url(school), {"receipt": receipt})
    html = response.content.decode()
    assert "ได้รับเรื่องแล้ว" in html
    assert "บันทึกภายในห้ามเห็น" not in html
    assert receipt not in response.request["PATH_INFO"]
    reply = client.post(
        follow_url(school),
        {
            "receipt": " ".join(receipt[i : i + 4] for i in range(0, 16, 4)),
            "body": "ขอเพิ่มเติมรายละเอียด",
            "attachments": [SimpleUploadedFile("รูป.jpg", b"\xff\xd8 photo")],
        },
    )
    assert "ขอเพิ่มเติมรายละเอียด" in reply.content.decode()
    message = complaint.messages.get(direction="from_reporter")
    assert message.attachments.count() == 1


def test_reporter_is_notified_of_replies_without_content(
    client, school, filed, django_capture_on_commit_callbacks
):
    from prongsai.complaints import actions
    from tests.factories import member

    complaint, _receipt = filed
    officer = member(school, "complaint_officer")
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        actions.message_reporter(complaint=complaint, body="ผลการตรวจสอบเบื้องต้น", by=officer)
    assert [m.to for m in mail.outbox] == [["reporter@example.com"]]
    assert "ผลการตรวจสอบเบื้องต้น" not in mail.outbox[0].body
    assert "follow-up" in mail.outbox[0].body


def test_wrong_receipts_are_refused_then_throttled(client, school, filed):
    for _ in range(5):
        response = client.post(follow_url(school), {"receipt": "0000 0000 0000 0000"})
        assert response.status_code == 404
    _complaint, receipt = filed
    assert client.post(follow_url(school), {"receipt": receipt}).status_code == 429


def test_a_receipt_only_opens_its_own_agency(client, school, other_school, filed):
    _complaint, receipt = filed
    response = client.post(follow_url(other_school), {"receipt": receipt})
    assert response.status_code == 404
