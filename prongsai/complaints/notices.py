"""Complaint e-mails, queued in the outbox inside the caller's transaction (sent after commit,
retried if the mail server fails). They carry references or "there is news", never content or
receipts; the outbox keeps the reporter's address and the text encrypted."""

from django.conf import settings
from django.utils.translation import gettext as _

from prongsai.agencies.models import Membership
from prongsai.agencies.roles import Role
from prongsai.complaints.models import Complaint
from prongsai.outbox.actions import queue_mail


def officer_emails(complaint: Complaint) -> list[str]:
    emails = Membership.objects.filter(
        agency=complaint.agency, role=Role.COMPLAINT_OFFICER, user__is_active=True
    ).exclude(user__in=complaint.excluded.all())
    return sorted({m.user.email for m in emails.select_related("user") if m.user.email})


def notify_officers(complaint: Complaint, subject: str) -> None:
    recipients = officer_emails(complaint)
    if recipients:
        queue_mail(
            to=recipients,
            subject=f"[{complaint.agency.name_th}] {subject} {complaint.reference}",
            body=_(
                "Open the back office to read case %(reference)s. For confidentiality, this "
                "e-mail does not contain its content."
            )
            % {"reference": complaint.reference},
            kind="complaints.officers",
        )


def notify_reporter(complaint: Complaint) -> None:
    address = complaint.reporter_email or complaint.notify_email
    if not address:
        return
    queue_mail(
        to=[address],
        subject=_("There is news about your complaint"),
        body=_(
            "There is news about the complaint you filed with %(agency)s. Open the follow-up "
            "page and type your receipt to read it: %(url)s\n\nFor your safety this e-mail does "
            "not contain the content of the case or your receipt."
        )
        % {
            "agency": complaint.agency.name_th,
            "url": f"{settings.SITE_URL}/{complaint.agency.slug}/complaints/follow-up/",
        },
        kind="complaints.reporter",
    )
