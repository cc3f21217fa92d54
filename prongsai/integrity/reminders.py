"""The declarer's reminders (send_reminders, daily): a gift above the limit not yet reported,
a few days before its deadline and on the day itself. The e-mail names no giver and no value."""

from datetime import date

from django.utils import timezone
from django.utils.translation import gettext as _

from prongsai.integrity import queries
from prongsai.lib.thai import thai_date
from prongsai.outbox.actions import queue_mail


def send_gift_reminders(*, today: date | None = None) -> int:
    """Side effects: one e-mail a due gift queued in the outbox. Returns the number queued."""
    today = today or timezone.localdate()
    sent = 0
    for gift in queries.reminders_due(today):
        if not gift.declarer.email or not gift.declarer.is_active:
            continue
        assert gift.deadline is not None
        queue_mail(
            to=[gift.declarer.email],
            subject=f"[{gift.agency.name_th}] " + _("A gift to report to the head"),
            body=_(
                "You recorded a gift received on %(received)s that is above the limit. Report it "
                "to the head of the agency by %(deadline)s: open “My gifts” in the back office."
            )
            % {
                "received": thai_date(gift.received_on, short=False),
                "deadline": thai_date(gift.deadline, short=False),
            },
            kind="integrity.gift_deadline",
        )
        sent += 1
    return sent
