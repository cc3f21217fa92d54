"""Findings 2 and 4 of issue 10: a retry gets the same receipt from any worker (kept in the
database, encrypted); a key reused by someone else never returns the first filer's receipt."""

from datetime import timedelta

import pytest
import time_machine
from django.core.cache import cache
from django.db import connection
from django.utils import timezone

from prongsai.complaints import actions
from prongsai.complaints.models import Complaint
from tests.complaints.conftest import SECRET_TEXT
from tests.thai import is_thai

pytestmark = pytest.mark.django_db


def url(agency):
    return f"/api/v1/agencies/{agency.slug}/complaints/"


BODY = {"category": "other", "what_happened": SECRET_TEXT, "idempotency_key": "shared-key-1"}


def test_a_key_reused_at_another_agency_never_returns_the_first_receipt(
    client, school, other_school
):
    first = client.post(url(school), BODY, content_type="application/json")
    assert first.status_code == 201
    receipt = first.json()["receipt"]
    attacker = client.post(
        url(other_school),
        {**BODY, "what_happened": "ข้อความอื่นของผู้โจมตี ยาวพอสมควร"},
        content_type="application/json",
    )
    assert receipt not in attacker.content.decode()
    # the key belongs to its agency: the other agency files its own case
    assert attacker.status_code == 201
    assert Complaint.objects.filter(agency=other_school).count() == 1


def test_a_key_reused_with_other_text_is_refused_in_thai(client, school):
    first = client.post(url(school), BODY, content_type="application/json")
    receipt = first.json()["receipt"]
    other = client.post(
        url(school),
        {**BODY, "what_happened": "ข้อความอื่นของผู้โจมตี ยาวพอสมควร"},
        content_type="application/json",
    )
    assert other.status_code == 422
    assert receipt not in other.content.decode()
    assert is_thai(other.json()["detail"])
    assert Complaint.objects.count() == 1


def test_the_header_key_is_scoped_too(client, school, other_school):
    body = {"category": "other", "what_happened": SECRET_TEXT}
    first = client.post(
        url(school), body, content_type="application/json", headers={"Idempotency-Key": "h-1"}
    )
    receipt = first.json()["receipt"]
    again = client.post(
        url(school), body, content_type="application/json", headers={"Idempotency-Key": "h-1"}
    )
    assert again.json()["receipt"] == receipt
    elsewhere = client.post(
        url(other_school), body, content_type="application/json", headers={"Idempotency-Key": "h-1"}
    )
    assert receipt not in elsewhere.content.decode()


def test_the_retry_memory_is_in_the_database_not_a_worker_cache(client, school):
    first = client.post(url(school), BODY, content_type="application/json")
    cache.clear()  # another worker: nothing of the first request in its memory
    second = client.post(url(school), BODY, content_type="application/json")
    assert second.status_code == 201
    assert second.json()["receipt"] == first.json()["receipt"]


def test_the_receipt_is_never_stored_in_plain_text(client, school):
    receipt = client.post(url(school), BODY, content_type="application/json").json()["receipt"]
    with connection.cursor() as cursor:
        for table in connection.introspection.table_names(cursor):
            if not table.startswith("complaints_"):
                continue
            cursor.execute(f'SELECT * FROM "{table}"')  # noqa: S608 -- table names from the schema
            for row in cursor.fetchall():
                for value in row:
                    raw = bytes(value) if isinstance(value, memoryview | bytes) else str(value)
                    needle = receipt.encode() if isinstance(raw, bytes) else receipt
                    assert needle not in raw, table


def test_after_15_minutes_the_retry_gets_no_receipt_and_the_memory_is_purged(client, school):
    start = timezone.now()
    with time_machine.travel(start, tick=False) as clock:
        client.post(url(school), BODY, content_type="application/json")
        clock.shift(timedelta(minutes=16))
        late = client.post(url(school), BODY, content_type="application/json")
        assert late.status_code == 409
        assert "receipt" not in late.json()
        assert actions.purge_retry_memory() == 0  # the late lookup already removed it
    assert Complaint.objects.count() == 1


def test_expired_retry_memory_is_purged_by_the_job(school):
    start = timezone.now()
    with time_machine.travel(start, tick=False) as clock:
        actions.file_complaint(
            agency=school,
            data=actions.NewComplaint(category="other", what_happened=SECRET_TEXT),
            idempotency_key="k-purge",
        )
        assert actions.purge_retry_memory() == 0
        clock.shift(timedelta(minutes=16))
        assert actions.purge_retry_memory() == 1


def test_the_web_form_token_reused_with_other_text_files_nothing_and_shows_no_receipt(
    client, school
):
    from django.urls import reverse

    from tests.complaints.conftest import form_token

    new_url = reverse("complaints:new", kwargs={"agency": school.slug})
    token = form_token()
    post = {"form_token": token, "category": "bribe", "identity": "anonymous"}
    first = client.post(new_url, {**post, "what_happened": SECRET_TEXT})
    receipt = first.context["receipt"]
    other = client.post(new_url, {**post, "what_happened": "ข้อความอื่นที่ยาวพอสำหรับการแจ้งเรื่อง"})
    html = other.content.decode()
    assert receipt not in html
    assert "เคยส่งไปแล้วด้วยเนื้อหาอื่น" in html
    assert token not in html  # a fresh token: sending again files a new case
    assert Complaint.objects.count() == 1
