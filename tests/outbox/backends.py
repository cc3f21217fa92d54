"""E-mail backends for tests: a mail server that is down."""

import smtplib
from collections.abc import Sequence

from django.core.mail.backends.base import BaseEmailBackend
from django.core.mail.message import EmailMessage

DOWN = "tests.outbox.backends.DownBackend"


class DownBackend(BaseEmailBackend):
    """Every send fails as an unreachable SMTP server does."""

    attempts = 0

    def send_messages(self, email_messages: Sequence[EmailMessage]) -> int:
        type(self).attempts += 1
        raise smtplib.SMTPServerDisconnected("Connection unexpectedly closed")
