"""Finding 2 of issue 10 for e-services: a failing mail server never hides the tracking number,
and a retry of the same form returns the same request instead of filing another."""

from datetime import timedelta

import pytest
import time_machine
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from prongsai.outbox.models import OutboxMessage
from prongsai.services import actions
from prongsai.services.forms import new_request_token
from prongsai.services.models import Request
from tests.outbox.backends import DOWN
from tests.services.test_requests import answers_for, detail_url

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def transcript(school):
    return actions.create_from_template(agency=school, key="transcript")


def test_mail_server_down_still_gives_the_tracking_number(client, transcript, settings):
    settings.EMAIL_BACKEND = DOWN
    response = client.post(
        detail_url(transcript), answers_for(transcript, form_token=new_request_token())
    )
    filed = Request.objects.get()
    assert response.status_code == 302
    assert response["Location"].endswith(f"/services/requests/{filed.tracking}/")
    assert OutboxMessage.objects.get().status == OutboxMessage.Status.PENDING
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    with time_machine.travel(timezone.now() + timedelta(minutes=2)):
        call_command("run_jobs", stdout=open("/dev/null", "w"))  # noqa: SIM115 -- quiet
    assert [m.to for m in mail.outbox] == [["somsri@example.com"]]
    assert filed.tracking in mail.outbox[0].body


def test_a_retry_of_the_same_form_returns_the_same_tracking_number(client, transcript):
    data = answers_for(transcript, form_token=new_request_token())
    first = client.post(detail_url(transcript), data)
    again = client.post(detail_url(transcript), data)
    assert Request.objects.count() == 1
    assert again["Location"] == first["Location"]


def test_the_same_token_with_other_answers_is_refused_in_thai(client, transcript):
    token = new_request_token()
    client.post(detail_url(transcript), answers_for(transcript, form_token=token))
    other = client.post(
        detail_url(transcript),
        answers_for(transcript, form_token=token, requester_name="คนอื่น"),
    )
    assert other.status_code == 200
    assert "เคยส่งไปแล้วด้วยคำตอบอื่น" in other.content.decode()
    assert Request.objects.count() == 1


def test_the_key_is_scoped_to_the_agency(transcript, other_school):
    elsewhere = actions.create_from_template(agency=other_school, key="transcript")
    requester = actions.Requester("สมศรี", "somsri@example.com")
    mine = actions.submit_request(
        service=transcript, requester=requester, answers={}, files={}, idempotency_key="k"
    )
    theirs = actions.submit_request(
        service=elsewhere, requester=requester, answers={}, files={}, idempotency_key="k"
    )
    assert theirs.pk != mine.pk
    assert theirs.agency == other_school
