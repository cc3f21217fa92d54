"""The security review's flood: anonymous e-service requests each queue a mail; a visitor cannot
file (and mail) without limit, and a hanging mail server cannot hold the outbox forever."""

import pytest
from django.conf import settings as django_settings

from prongsai.services import actions
from prongsai.services.forms import new_request_token
from prongsai.services.models import Request
from prongsai.services.public_views import REQUESTS_PER_CLIENT
from tests.services.test_requests import answers_for, detail_url
from tests.thai import is_thai

pytestmark = pytest.mark.django_db


def test_a_flood_of_requests_from_one_client_is_refused_politely(client, school):
    transcript = actions.create_from_template(agency=school, key="transcript")
    limit, _window = REQUESTS_PER_CLIENT
    for _ in range(limit):
        filed = client.post(
            detail_url(transcript),
            answers_for(transcript, form_token=new_request_token()),
            REMOTE_ADDR="203.0.113.7",
        )
        assert filed.status_code == 302
    refused = client.post(
        detail_url(transcript),
        answers_for(transcript, form_token=new_request_token()),
        REMOTE_ADDR="203.0.113.7",
    )
    assert refused.status_code == 429
    assert is_thai(" ".join(refused.context["form"].non_field_errors()))
    assert 'value="สมศรี ใจดี"' in refused.content.decode()  # what was typed is kept
    assert Request.objects.count() == limit
    neighbour = client.post(
        detail_url(transcript),
        answers_for(transcript, form_token=new_request_token()),
        REMOTE_ADDR="198.51.100.8",
    )
    assert neighbour.status_code == 302


def test_a_mail_server_that_never_answers_cannot_hold_the_outbox():
    assert 0 < django_settings.EMAIL_TIMEOUT <= 60
