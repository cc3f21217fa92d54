"""Queue mail inside the caller's transaction; send it later, with retries and backoff.

`queue_mail` never talks to the mail server, so a server that is down, slow or refusing a header
never changes the answer a user gets. The "outbox" job (`send_pending`) sends what is due: on a
failure the message waits 1, 2, 4, … minutes (at most an hour) and is given up after
OUTBOX_MAX_ATTEMPTS tries (logged, and visible in Django admin → Mail outbox). A sent message's
subject, recipients and body are wiped; sent and given-up rows are deleted after OUTBOX_KEEP_DAYS.
"""

from __future__ import annotations

import logging
import smtplib
import socket
import time
import unicodedata
from collections.abc import Iterable
from datetime import timedelta

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.mail import EmailMessage, get_connection
from django.core.validators import validate_email
from django.db import transaction
from django.utils import timezone

from prongsai.jobs import registry
from prongsai.outbox.models import OutboxMessage

log = logging.getLogger(__name__)

MAX_SUBJECT = 200
MAX_DELAY = timedelta(hours=1)
LEASE = timedelta(minutes=10)  # a claimed message is retried after this if its sender died
_CONNECTION_ERRORS = (
    smtplib.SMTPServerDisconnected,
    smtplib.SMTPConnectError,
    smtplib.SMTPHeloError,
    smtplib.SMTPAuthenticationError,
    socket.gaierror,
    ConnectionError,
    TimeoutError,
)


def clean_header(text: object) -> str:
    """One line of text for a mail header: newlines and other control characters become spaces
    (an agency name with a newline must not break every mail), invisible format characters go."""
    out = []
    for char in str(text):
        category = unicodedata.category(char)
        if category in ("Cc", "Zl", "Zp"):
            out.append(" ")
        elif category != "Cf":
            out.append(char)
    return " ".join("".join(out).split())[:MAX_SUBJECT]


def _valid_addresses(addresses: Iterable[str]) -> list[str]:
    valid: list[str] = []
    dropped = 0
    for address in addresses:
        address = str(address).strip()
        try:
            validate_email(address)
        except ValidationError:
            dropped += 1
            continue
        if "\n" in address or "\r" in address:
            dropped += 1
        elif address not in valid:
            valid.append(address)
    if dropped:
        log.warning("outbox: %s invalid recipient address(es) dropped", dropped)
    return valid


def queue_mail(*, to: list[str], subject: str, body: str, kind: str = "") -> None:
    """Write the message to the outbox (in the caller's transaction) and ask for a send after
    commit. Nothing is queued when no recipient is a valid address."""
    recipients = _valid_addresses(to)
    if not recipients:
        return
    with transaction.atomic():
        OutboxMessage.objects.create(
            kind=kind[:50],
            subject=clean_header(subject),
            recipients="\n".join(recipients),
            body=str(body),
            created_on=timezone.localdate(),
            next_try_at=timezone.now(),
        )
        registry.kick("outbox")


def _describe(exc: BaseException) -> str:
    """What went wrong, without content: the exception's class and the SMTP code if any (never
    its text, which can carry addresses)."""
    code = getattr(exc, "smtp_code", None)
    return f"{type(exc).__name__}{f' {code}' if code else ''}"[:200]


def _is_connection_error(exc: BaseException) -> bool:
    if isinstance(exc, _CONNECTION_ERRORS):
        return True
    return isinstance(exc, OSError) and not isinstance(exc, smtplib.SMTPException)


def _claim(pk: int, attempts: int) -> bool:
    """Take the message for this sender: counts the attempt and leases it, so another worker
    running at the same time skips it (the attempt count doubles as a version)."""
    claimed = OutboxMessage.objects.filter(
        pk=pk, status=OutboxMessage.Status.PENDING, attempts=attempts
    ).update(attempts=attempts + 1, next_try_at=timezone.now() + LEASE)
    return claimed == 1


def _retry_delay(attempts: int) -> timedelta:
    seconds = settings.OUTBOX_RETRY_SECONDS * 2 ** min(attempts - 1, 20)
    return min(timedelta(seconds=seconds), MAX_DELAY)


def _mark_sent(pk: int) -> None:
    OutboxMessage.objects.filter(pk=pk).update(
        status=OutboxMessage.Status.SENT,
        sent_on=timezone.localdate(),
        next_try_at=None,
        last_error="",
        subject=b"",
        recipients=b"",
        body=b"",
    )


def _mark_failed(message: OutboxMessage, exc: BaseException) -> None:
    error = _describe(exc)
    rows = OutboxMessage.objects.filter(pk=message.pk)
    if message.attempts >= settings.OUTBOX_MAX_ATTEMPTS:
        rows.update(status=OutboxMessage.Status.FAILED, next_try_at=None, last_error=error)
        log.error(
            "outbox: gave up on message %s (%s) after %s tries: %s",
            message.pk,
            message.kind or "mail",
            message.attempts,
            error,
        )
    else:
        rows.update(next_try_at=timezone.now() + _retry_delay(message.attempts), last_error=error)
        log.warning(
            "outbox: message %s (%s) failed, try %s: %s",
            message.pk,
            message.kind or "mail",
            message.attempts,
            error,
        )


def purge_old() -> int:
    """Delete sent and given-up messages queued more than OUTBOX_KEEP_DAYS ago."""
    limit = timezone.localdate() - timedelta(days=settings.OUTBOX_KEEP_DAYS)
    deleted, _by_model = OutboxMessage.objects.filter(
        status__in=[OutboxMessage.Status.SENT, OutboxMessage.Status.FAILED], created_on__lt=limit
    ).delete()
    return deleted


def send_pending(*, limit: int = 200) -> int:
    """The "outbox" job: send every due message (at most `limit`); returns how many were sent.

    Safe to run twice at once (each message is claimed before sending). Stops early when the
    mail server cannot be reached (the rest waits for the next run) or the job's time is half
    used. Sends nothing while EMAIL_HOLD is on (production without EMAIL_HOST): mail waits.
    """
    purge_old()
    if getattr(settings, "EMAIL_HOLD", False):  # production without a mail server: keep it all
        return 0
    due = list(
        OutboxMessage.objects.filter(
            status=OutboxMessage.Status.PENDING, next_try_at__lte=timezone.now()
        )
        .order_by("next_try_at", "pk")
        .values_list("pk", "attempts")[:limit]
    )
    if not due:
        return 0
    deadline = time.monotonic() + settings.JOBS_TIME_LIMIT / 2
    sent = 0
    connection = get_connection(fail_silently=False)
    try:
        for pk, attempts in due:
            if time.monotonic() > deadline:
                break
            if not _claim(pk, attempts):
                continue
            message = OutboxMessage.objects.get(pk=pk)
            try:
                EmailMessage(
                    subject=clean_header(message.subject),
                    body=message.body,
                    from_email=settings.DEFAULT_FROM_EMAIL,
                    to=message.recipients.split("\n"),
                    connection=connection,
                ).send()
            except Exception as exc:
                _mark_failed(message, exc)
                if _is_connection_error(exc):
                    break
            else:
                _mark_sent(pk)
                sent += 1
    finally:
        try:
            connection.close()
        except Exception:  # closing a broken connection must not hide what was sent
            log.warning("outbox: closing the mail connection failed", exc_info=True)
    return sent


def retry_now(*, pks: Iterable[int]) -> int:
    """Admin action: put given-up or waiting messages back in the queue, due now."""
    with transaction.atomic():
        count = (
            OutboxMessage.objects.filter(pk__in=list(pks))
            .exclude(status=OutboxMessage.Status.SENT)
            .update(status=OutboxMessage.Status.PENDING, attempts=0, next_try_at=timezone.now())
        )
        if count:
            registry.kick("outbox")
    return count


def rotate_keys() -> int:
    """Re-encrypt waiting and given-up messages with the newest key. Returns rows touched."""
    touched = 0
    with transaction.atomic():
        for message in OutboxMessage.objects.select_for_update().exclude(
            status=OutboxMessage.Status.SENT
        ):
            message.save(update_fields=["subject", "recipients", "body"])
            touched += 1
    return touched
