"""Issue 11: the officer's case page (labelled actions, empty choices, confirmation, who and
why), the reporter re-reading the case with the receipt, statuses a reader tells apart, and
a stated maximum length."""

import pytest

from prongsai.agencies.roles import Role
from prongsai.complaints import actions
from prongsai.complaints.models import Complaint, Message
from tests.complaints.conftest import SECRET_TEXT
from tests.complaints.test_public import anonymous_post, follow_url, new_url
from tests.complaints.test_staff import act, detail
from tests.conftest import login
from tests.factories import member

pytestmark = pytest.mark.django_db


def test_a_complaint_longer_than_the_stated_maximum_is_refused(client, school):
    form_page = client.get(new_url(school)).content.decode()
    assert "20,000" in form_page
    response = client.post(new_url(school), anonymous_post(what_happened="ก" * 380_000))
    assert response.status_code == 200
    assert "20,000" in response.context["form"].errors["what_happened"][0]
    assert not Complaint.objects.exists()


def test_the_action_refuses_a_too_long_text_as_well(school):
    with pytest.raises(actions.ValidationError):
        actions.file_complaint(
            agency=school, data=actions.NewComplaint(category="other", what_happened="ก" * 20_001)
        )


def test_the_reporter_rereads_what_they_wrote_and_their_files(client, school, filed):
    complaint, receipt = filed
    response = client.post(follow_url(school), {"receipt": receipt})
    html = response.content.decode()
    assert SECRET_TEXT in html
    assert "หลักฐาน.pdf" in html
    attachment = complaint.attachments.get()
    download = client.post(follow_url(school), {"receipt": receipt, "download": attachment.pk})
    assert download.status_code == 200
    assert download.content == b"%PDF-1.4 secret evidence"
    assert download["Content-Disposition"].startswith("attachment;")
    assert "no-store" in download["Cache-Control"]


def test_no_file_without_the_receipt_nor_of_another_case(client, school, filed):
    complaint, _receipt = filed
    _other, other_receipt = actions.file_complaint(
        agency=school, data=actions.NewComplaint(category="other", what_happened="เรื่องอื่นยาวพอ")
    )
    attachment = complaint.attachments.get()
    wrong = client.post(follow_url(school), {"receipt": "1234", "download": attachment.pk})
    assert wrong.status_code != 200 or wrong.content != b"%PDF-1.4 secret evidence"
    other = client.post(follow_url(school), {"receipt": other_receipt, "download": attachment.pk})
    assert other.status_code == 404


def test_the_two_first_statuses_read_differently(client, school, filed):
    labels = dict(Complaint.Status.choices)
    assert str(labels["new"]) != str(labels["acknowledged"])
    _complaint, receipt = filed
    html = client.post(follow_url(school), {"receipt": receipt}).content.decode()
    assert "ระบบได้รับเรื่องแล้ว" in html
    assert "เจ้าหน้าที่รับเรื่องไว้ดำเนินการแล้ว" in html  # explained next to it


@pytest.fixture
def officer_page(client, school, filed):
    complaint, _receipt = filed
    officer = member(school, Role.COMPLAINT_OFFICER)
    member(school, Role.STAFF)
    login(client, officer)
    return complaint, officer, client.get(detail(school, complaint))


def test_each_action_is_labelled_and_choices_start_empty(officer_page):
    _complaint, _officer, response = officer_page
    html = response.content.decode()
    for heading in (
        "รับเรื่องไว้ดำเนินการ",
        "มอบหมายเจ้าหน้าที่ผู้รับผิดชอบ",
        "เขียนถึงผู้ร้องเรียน",
        "กันผู้ที่ถูกระบุชื่อในเรื่องนี้ออกจากเรื่อง",
        "ปิดเรื่องพร้อมผลการพิจารณา",
    ):
        assert heading in html
    forms = response.context["action_forms"]
    for name, field in (("close", "outcome"), ("assign", "officer"), ("exclude", "person")):
        assert forms[name][field].value() in (None, "")
        assert '<option value="" selected>— เลือก —</option>' in str(forms[name][field])


def test_closing_needs_a_reason_and_a_confirmation_and_records_who(client, school, officer_page):
    complaint, officer, _response = officer_page
    unconfirmed = client.post(
        act(school, complaint, "close"),
        {"close-outcome": "not_substantiated", "close-reason": "ไม่พบมูล"},
    )
    assert unconfirmed.status_code == 400
    assert unconfirmed.context["action_forms"]["close"].errors["confirm"]
    complaint.refresh_from_db()
    assert complaint.status == Complaint.Status.NEW
    client.post(
        act(school, complaint, "close"),
        {
            "close-outcome": "not_substantiated",
            "close-reason": "ไม่พบมูล",
            "close-confirm": "on",
        },
    )
    complaint.refresh_from_db()
    assert complaint.status == Complaint.Status.CLOSED
    note = complaint.messages.get(direction=Message.Direction.NOTE)
    assert note.author == officer
    assert "ไม่พบมูล" in note.body


def test_excluding_needs_a_reason_and_a_confirmation_and_records_who(client, school, officer_page):
    complaint, officer, _response = officer_page
    named = member(school, Role.COMPLAINT_OFFICER)
    base = {"exclude-person": named.pk, "exclude-confirm": "on"}
    no_reason = client.post(act(school, complaint, "exclude"), base)
    assert no_reason.status_code == 400
    unconfirmed = client.post(
        act(school, complaint, "exclude"),
        {"exclude-person": named.pk, "exclude-reason": "ถูกระบุชื่อ"},
    )
    assert unconfirmed.status_code == 400
    assert not complaint.excluded.exists()
    client.post(act(school, complaint, "exclude"), {**base, "exclude-reason": "ถูกระบุชื่อในคำร้อง"})
    assert list(complaint.excluded.all()) == [named]
    note = complaint.messages.get(direction=Message.Direction.NOTE)
    assert note.author == officer
    assert "ถูกระบุชื่อในคำร้อง" in note.body


def test_each_action_posts_to_its_own_url(officer_page, school):
    complaint, _officer, response = officer_page
    html = response.content.decode()
    for action in ("acknowledge", "assign", "message", "note", "exclude", "close"):
        assert f'action="{act(school, complaint, action)}"' in html
    assert 'name="action"' not in html


def test_a_refused_action_keeps_what_was_typed_and_a_post_without_the_form_asks(
    client, school, officer_page
):
    complaint, _officer, _response = officer_page
    typed = "ไม่พบมูลตามที่กล่าวอ้าง"
    refused = client.post(
        act(school, complaint, "close"),
        {"close-outcome": "not_substantiated", "close-reason": typed},
    )
    assert refused.status_code == 400
    assert typed in refused.content.decode()
    assert "data-error-summary" in refused.content.decode()
    empty = client.post(act(school, complaint, "note"), {}, follow=True)
    assert empty.redirect_chain[-1][0] == detail(school, complaint)
    assert "กรุณาเลือกการดำเนินการกับเรื่องนี้" in empty.content.decode()
    assert not complaint.messages.exists()
