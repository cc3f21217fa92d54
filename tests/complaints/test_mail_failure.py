"""Finding 2 of issue 10: a mail server that fails never changes the answer a reporter gets."""

from datetime import date, timedelta

import pytest
import time_machine
from django.core import mail
from django.core.management import call_command
from django.db import connection
from django.urls import reverse
from django.utils import timezone

from prongsai.agencies.roles import Role
from prongsai.complaints import actions
from prongsai.complaints.models import Complaint
from prongsai.outbox.models import OutboxMessage
from tests.complaints.conftest import SECRET_TEXT, form_token
from tests.factories import member
from tests.outbox.backends import DOWN

# Real commits: the outbox job runs after commit, as in production.
pytestmark = pytest.mark.django_db(transaction=True)


def post(client, school, **extra):
    data = {
        "form_token": form_token(),
        "category": "bribe",
        "what_happened": SECRET_TEXT,
        "identity": "named",
        "reporter_name": "ผู้แจ้ง",
        "reporter_email": "reporter@example.com",
        "pdpa_consent": "on",
        **extra,
    }
    return client.post(reverse("complaints:new", kwargs={"agency": school.slug}), data)


def test_filing_with_the_mail_server_down_still_shows_the_receipt(client, school, settings):
    officer = member(school, Role.COMPLAINT_OFFICER)
    settings.EMAIL_BACKEND = DOWN
    response = post(client, school)
    assert response.status_code == 200
    assert len(response.context["receipt"].replace(" ", "")) == 16
    assert Complaint.objects.count() == 1
    row = OutboxMessage.objects.get()
    assert row.status == OutboxMessage.Status.PENDING
    assert row.attempts == 1
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    with time_machine.travel(timezone.now() + timedelta(minutes=2)):
        call_command("run_jobs", stdout=open("/dev/null", "w"))  # noqa: SIM115 -- quiet
    assert [m.to for m in mail.outbox] == [[officer.email]]
    assert SECRET_TEXT not in mail.outbox[0].body
    assert OutboxMessage.objects.get().status == OutboxMessage.Status.SENT


def test_a_retry_after_a_lost_answer_gets_the_same_receipt(client, school):
    token = form_token()
    first = post(client, school, form_token=token)
    again = post(client, school, form_token=token)
    assert again.status_code == 200
    assert again.context["receipt"] == first.context["receipt"]
    assert Complaint.objects.count() == 1


def test_an_agency_name_with_a_newline_does_not_break_filing(client, school):
    officer = member(school, Role.COMPLAINT_OFFICER)
    school.name_th = "โรงเรียน\nBcc: evil@example.com"
    school.save()
    response = post(client, school)
    assert response.status_code == 200
    assert response.context["receipt"]
    assert [m.to for m in mail.outbox] == [[officer.email]]
    assert "\n" not in mail.outbox[0].subject
    assert mail.outbox[0].bcc == []


def test_the_reporters_address_and_the_mail_are_not_in_the_database_in_clear(school, settings):
    settings.JOBS_MODE = "cron"  # keep the rows pending
    complaint, _receipt = actions.file_complaint(
        agency=school,
        data=actions.NewComplaint(category="other", what_happened=SECRET_TEXT),
    )
    complaint.notify_email = "secret.reporter@example.com"
    complaint.save()
    actions.message_reporter(complaint=complaint, body="ข่าวคืบหน้า", by=member(school))
    row = OutboxMessage.objects.get(kind="complaints.reporter")
    assert row.recipients == "secret.reporter@example.com"
    with connection.cursor() as cursor:
        cursor.execute("SELECT recipients, body FROM outbox_outboxmessage WHERE id = %s", [row.pk])
        stored = b"".join(bytes(value) for value in cursor.fetchone())
    assert b"secret.reporter" not in stored
    assert "ข่าวคืบหน้า".encode() not in stored


@pytest.mark.parametrize("start", [9998])
def test_case_numbers_count_past_ten_thousand(school, start):
    today = date(2026, 11, 30)  # fiscal year 2570
    data = actions.NewComplaint(category="other", what_happened=SECRET_TEXT)
    first, _receipt = actions.file_complaint(agency=school, data=data, today=today)
    Complaint.objects.filter(pk=first.pk).update(reference=f"2570-{start}", number=start)
    references = [
        actions.file_complaint(agency=school, data=data, today=today)[0].reference
        for _n in range(3)
    ]
    assert references == ["2570-9999", "2570-10000", "2570-10001"]
