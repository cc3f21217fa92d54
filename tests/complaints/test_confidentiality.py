"""What a copy of the database, the audit log or an e-mail would reveal: nothing of the case."""

import os
import tempfile
from pathlib import Path

import pytest
from auditlog.models import LogEntry
from django.db import connection
from django.test import override_settings
from django.urls import reverse

from prongsai.complaints import actions, crypto, upkeep
from prongsai.complaints.models import Attachment, Complaint
from tests.complaints.conftest import NAME, SECRET_TEXT, form_token

pytestmark = pytest.mark.django_db(transaction=True)

NEEDLES = [SECRET_TEXT, NAME, "reporter@example.com", "secret evidence", "หลักฐาน.pdf"]


def database_bytes() -> bytes:
    """Every byte the database holds: the SQLite file itself, or a text dump on PostgreSQL."""
    if connection.vendor == "sqlite":
        with tempfile.TemporaryDirectory() as folder:
            copy = Path(folder) / "copy.sqlite3"
            with connection.cursor() as cursor:
                cursor.execute("VACUUM INTO %s", [str(copy)])
            return copy.read_bytes()
    dump = []
    with connection.cursor() as cursor:
        for table in connection.introspection.table_names(cursor):
            cursor.execute(f'SELECT t::text FROM "{table}" t')  # noqa: S608 -- table names from the database itself
            dump.extend(row[0] for row in cursor.fetchall())
    return "\n".join(dump).encode("utf-8")


def test_a_copy_of_the_database_reveals_nothing(filed):
    complaint, receipt = filed
    raw = database_bytes()
    for needle in [*NEEDLES, receipt]:
        assert needle.encode("utf-8") not in raw, needle
    # …while the system itself still reads it.
    assert Complaint.objects.get(pk=complaint.pk).what_happened == SECRET_TEXT


def test_attachments_are_encrypted_on_disk(filed):
    complaint, _receipt = filed
    attachment = Attachment.objects.get(complaint=complaint)
    on_disk = Path(attachment.blob.path).read_bytes()
    assert b"secret evidence" not in on_disk
    assert "หลักฐาน" not in attachment.blob.name
    assert actions.read_attachment(attachment) == b"%PDF-1.4 secret evidence"


def test_no_address_or_browser_is_stored(client, school):
    client.post(
        reverse("complaints:new", kwargs={"agency": school.slug}),
        {
            "form_token": form_token(),
            "category": "other",
            "what_happened": SECRET_TEXT,
            "identity": "anonymous",
        },
        REMOTE_ADDR="203.0.113.77",
        HTTP_USER_AGENT="FingerprintBrowser/9.9",
    )
    assert Complaint.objects.count() == 1
    raw = database_bytes()
    assert b"203.0.113.77" not in raw
    assert b"FingerprintBrowser" not in raw
    assert not LogEntry.objects.exclude(remote_addr=None).exists()


def test_receipts_are_stored_only_as_a_slow_hash(filed):
    complaint, receipt = filed
    assert complaint.receipt_hash == crypto.receipt_hash(receipt)
    assert receipt not in complaint.receipt_hash
    assert len(complaint.receipt_hash) == 64


def test_rotation_re_encrypts_with_the_new_key_and_the_old_key_can_go(settings, filed):
    complaint, _receipt = filed
    old_key = settings.COMPLAINT_KEYS
    new_key = crypto.generate_key()
    with override_settings(COMPLAINT_KEYS=f"{new_key},{old_key}"):
        assert upkeep.rotate_keys() >= 2
    with override_settings(COMPLAINT_KEYS=new_key):
        fresh = Complaint.objects.get(pk=complaint.pk)
        assert fresh.what_happened == SECRET_TEXT
        assert actions.read_attachment(fresh.attachments.get()) == b"%PDF-1.4 secret evidence"
    with (
        override_settings(COMPLAINT_KEYS=crypto.generate_key()),
        pytest.raises(crypto.InvalidToken),
    ):
        Complaint.objects.get(pk=complaint.pk)


def test_purging_really_deletes_closed_cases_and_their_files(filed):
    from datetime import date

    complaint, receipt = filed
    path = complaint.attachments.get().blob.path
    Complaint.objects.filter(pk=complaint.pk).update(status="closed", closed_on=date(2015, 1, 1))
    assert upkeep.purge_expired(today=date(2026, 11, 25)) == 1
    assert not Complaint.objects.exists()
    assert not os.path.exists(path)
    assert actions.find_by_receipt(receipt) is None


def test_open_and_recent_cases_are_kept(filed):
    from datetime import date

    assert upkeep.purge_expired(today=date(2026, 11, 25)) == 0
    assert Complaint.objects.count() == 1
