"""The mail outbox: every e-mail is a row written in the same transaction as the change it tells
about, and sent later by the "outbox" job (prongsai/jobs), with retries.

Subject, recipients and body are encrypted (a complaint reporter's address and every complaint
mail stay confidential) and wiped once the message is sent. No time of day is kept after sending:
only the dates a message was queued and sent.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _

from prongsai.vault.fields import EncryptedTextField


class OutboxMessage(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting to be sent")
        SENT = "sent", _("Sent")
        FAILED = "failed", _("Gave up")

    kind = models.CharField(_("kind"), max_length=50, blank=True)
    subject = EncryptedTextField(_("subject"))
    recipients = EncryptedTextField(_("recipients"))  # one address a line
    body = EncryptedTextField(_("body"))
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.PENDING
    )
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    next_try_at = models.DateTimeField(_("next try"), null=True, blank=True)
    last_error = models.CharField(_("last error"), max_length=200, blank=True)
    created_on = models.DateField(_("queued on"))
    sent_on = models.DateField(_("sent on"), null=True, blank=True)

    class Meta:
        verbose_name = _("outgoing e-mail")
        verbose_name_plural = _("outgoing e-mails")
        ordering = ["-pk"]
        indexes = [models.Index(fields=["status", "next_try_at"], name="outbox_due")]

    def __str__(self) -> str:
        return f"{self.kind or 'mail'} #{self.pk}"
