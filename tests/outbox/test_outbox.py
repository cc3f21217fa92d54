from datetime import timedelta

import pytest
import time_machine
from django.core import mail
from django.core.management import call_command
from django.db import connection, transaction
from django.utils import timezone

from prongsai.outbox.actions import clean_header, queue_mail, retry_now, send_pending
from prongsai.outbox.models import OutboxMessage
from tests.outbox.backends import DOWN

pytestmark = pytest.mark.django_db(transaction=True)


def raw_row(pk: int) -> dict[str, object]:
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT subject, recipients, body FROM outbox_outboxmessage WHERE id = %s", [pk]
        )
        subject, recipients, body = cursor.fetchone()
    return {"subject": bytes(subject), "recipients": bytes(recipients), "body": bytes(body)}


def test_queued_mail_is_sent_after_commit_and_then_wiped():
    with transaction.atomic():
        queue_mail(to=["reporter@example.com"], subject="มีความคืบหน้า", body="เปิดหน้าติดตาม", kind="t")
        assert mail.outbox == []
    assert [m.to for m in mail.outbox] == [["reporter@example.com"]]
    assert mail.outbox[0].subject == "มีความคืบหน้า"
    row = OutboxMessage.objects.get()
    assert row.status == OutboxMessage.Status.SENT
    assert row.sent_on == timezone.localdate()
    assert row.next_try_at is None
    assert raw_row(row.pk) == {"subject": b"", "recipients": b"", "body": b""}


def test_rolled_back_write_queues_nothing():
    def write_then_fail() -> None:
        with transaction.atomic():
            queue_mail(to=["a@example.com"], subject="s", body="b")
            raise RuntimeError

    with pytest.raises(RuntimeError):
        write_then_fail()
    assert OutboxMessage.objects.count() == 0
    assert mail.outbox == []


def test_pending_row_holds_no_plain_text(settings):
    settings.JOBS_MODE = "cron"
    queue_mail(to=["secret.reporter@example.com"], subject="ลับมาก", body="ข้อความลับ")
    row = OutboxMessage.objects.get()
    stored = b"".join(raw_row(row.pk).values())
    assert b"secret.reporter" not in stored
    assert "ลับมาก".encode() not in stored
    assert "ข้อความลับ".encode() not in stored
    assert row.recipients == "secret.reporter@example.com"  # decrypts for the sender


def test_header_injection_in_subject_is_neutralised():
    queue_mail(to=["a@example.com"], subject="โรงเรียน\nBcc: evil@example.com\r\x1b x", body="b")
    assert len(mail.outbox) == 1
    assert mail.outbox[0].subject == "โรงเรียน Bcc: evil@example.com x"
    assert mail.outbox[0].bcc == []
    assert clean_header("a\u2028b\u202ec") == "a bc"


def test_invalid_recipients_are_dropped_and_nothing_left_queues_nothing():
    queue_mail(to=["not an address", "x@example.com\nBcc: y@example.com"], subject="s", body="b")
    assert OutboxMessage.objects.count() == 0
    queue_mail(to=["ok@example.com", "bad", "ok@example.com"], subject="s", body="b")
    assert [m.to for m in mail.outbox] == [["ok@example.com"]]


def test_failure_backs_off_then_gives_up_and_logs(settings, caplog):
    settings.EMAIL_BACKEND = DOWN
    settings.OUTBOX_MAX_ATTEMPTS = 3
    start = timezone.now()
    with time_machine.travel(start, tick=False) as clock:
        queue_mail(to=["a@example.com"], subject="s", body="b", kind="test")
        row = OutboxMessage.objects.get()
        assert row.status == OutboxMessage.Status.PENDING
        assert row.attempts == 1
        assert row.last_error == "SMTPServerDisconnected"
        assert row.next_try_at == start + timedelta(minutes=1)
        assert send_pending() == 0  # not due yet
        assert OutboxMessage.objects.get().attempts == 1
        clock.shift(timedelta(minutes=1))
        send_pending()
        row = OutboxMessage.objects.get()
        assert row.attempts == 2
        assert row.next_try_at == timezone.now() + timedelta(minutes=2)
        clock.shift(timedelta(minutes=2))
        send_pending()
    row = OutboxMessage.objects.get()
    assert row.status == OutboxMessage.Status.FAILED
    assert row.attempts == 3
    assert row.next_try_at is None
    assert "gave up on message" in caplog.text
    assert "a@example.com" not in caplog.text


def test_given_up_message_can_be_retried_from_admin(settings):
    settings.EMAIL_BACKEND = DOWN
    settings.OUTBOX_MAX_ATTEMPTS = 1
    queue_mail(to=["a@example.com"], subject="s", body="b")
    row = OutboxMessage.objects.get()
    assert row.status == OutboxMessage.Status.FAILED
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    assert retry_now(pks=[row.pk]) == 1
    assert OutboxMessage.objects.get().status == OutboxMessage.Status.SENT
    assert len(mail.outbox) == 1


def test_server_down_stops_the_run_and_run_jobs_catches_up(settings):
    settings.EMAIL_BACKEND = DOWN
    settings.JOBS_MODE = "cron"
    for n in range(3):
        queue_mail(to=[f"p{n}@example.com"], subject="s", body="b")
    send_pending()
    # one try found the server down; the others were not hammered
    assert sorted(OutboxMessage.objects.values_list("attempts", flat=True)) == [0, 0, 1]
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    with time_machine.travel(timezone.now() + timedelta(minutes=2)):
        call_command("run_jobs", "--only", "outbox")
    assert len(mail.outbox) == 3
    assert set(OutboxMessage.objects.values_list("status", flat=True)) == {"sent"}


def test_a_message_claimed_by_another_worker_is_not_sent_twice(settings, monkeypatch):
    from prongsai.outbox import actions

    settings.JOBS_MODE = "cron"
    queue_mail(to=["a@example.com"], subject="s", body="b")
    real_claim = actions._claim

    def race(pk: int, attempts: int) -> bool:
        assert real_claim(pk, attempts)  # the other worker wins between listing and claiming
        return real_claim(pk, attempts)

    monkeypatch.setattr(actions, "_claim", race)
    assert send_pending() == 0
    assert mail.outbox == []


def test_old_sent_rows_are_purged(settings):
    queue_mail(to=["a@example.com"], subject="s", body="b")
    OutboxMessage.objects.update(created_on=timezone.localdate() - timedelta(days=31))
    settings.JOBS_MODE = "cron"
    send_pending()
    assert OutboxMessage.objects.count() == 0


def test_admin_lists_without_content(client, django_user_model):
    from tests.conftest import login

    admin = django_user_model.objects.create_superuser("root", "root@example.com", "pw")
    queue_mail(to=["hidden@example.com"], subject="หัวเรื่องลับ", body="เนื้อความลับ", kind="k")
    row = OutboxMessage.objects.get()
    login(client, admin)
    listing = client.get("/admin/outbox/outboxmessage/")
    detail = client.get(f"/admin/outbox/outboxmessage/{row.pk}/change/")
    assert listing.status_code == 200
    assert detail.status_code == 200
    for page in (listing, detail):
        text = page.content.decode()
        assert "hidden@example.com" not in text
        assert "เนื้อความลับ" not in text


def test_mail_is_held_while_no_mail_server_is_configured(settings):
    settings.EMAIL_HOLD = True
    queue_mail(to=["a@example.com"], subject="s", body="b")
    assert mail.outbox == []
    assert OutboxMessage.objects.get().status == OutboxMessage.Status.PENDING
    settings.EMAIL_HOLD = False
    call_command("run_jobs", "--only", "outbox")
    assert len(mail.outbox) == 1


def test_key_rotation_re_encrypts_waiting_mail(settings):
    from django.test import override_settings

    from prongsai.complaints.upkeep import rotate_keys
    from prongsai.vault import crypto

    settings.JOBS_MODE = "cron"
    queue_mail(to=["a@example.com"], subject="s", body="เนื้อความ")
    new_key = crypto.generate_key()
    with override_settings(COMPLAINT_KEYS=f"{new_key},{settings.COMPLAINT_KEYS}"):
        assert rotate_keys() >= 1
    with override_settings(COMPLAINT_KEYS=new_key):
        assert OutboxMessage.objects.get().body == "เนื้อความ"
