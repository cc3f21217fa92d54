"""Scheduled upkeep of the complaint channel (cron and commands): deadline reminders, purging
closed cases past their retention, and re-encrypting everything with a new key.

E-mails carry references only, never the content of a case.
"""

from datetime import date

from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from prongsai.agencies.models import Membership
from prongsai.agencies.roles import Role
from prongsai.complaints import crypto
from prongsai.complaints.models import (
    ENCRYPTED_FIELDS,
    Attachment,
    Complaint,
    ComplaintSettings,
    FilingRetry,
    Message,
)
from prongsai.outbox import actions as outbox
from prongsai.outbox.actions import queue_mail


def overdue_cases(today: date) -> list[Complaint]:
    """Open cases past their acknowledge or result date."""
    not_acknowledged = Complaint.objects.filter(
        status=Complaint.Status.NEW, acknowledge_due__lt=today
    )
    no_result = Complaint.objects.exclude(status=Complaint.Status.CLOSED).filter(
        result_due__lt=today
    )
    return list((not_acknowledged | no_result).select_related("agency").distinct())


def send_deadline_reminders(*, today: date | None = None) -> int:
    """Mail each agency's complaint officers and director about overdue cases (references only).

    Side effects: e-mails queued in the outbox. Returns the number of e-mails.
    """
    today = today or timezone.localdate()
    by_agency: dict[int, list[Complaint]] = {}
    for complaint in overdue_cases(today):
        by_agency.setdefault(complaint.agency_id, []).append(complaint)
    sent = 0
    for cases in by_agency.values():
        agency = cases[0].agency
        recipients = sorted(
            {
                m.user.email
                for m in Membership.objects.filter(
                    agency=agency,
                    role__in=[Role.COMPLAINT_OFFICER, Role.DIRECTOR],
                    user__is_active=True,
                ).select_related("user")
                if m.user.email
            }
        )
        if not recipients:
            continue
        references = ", ".join(case.reference for case in cases)
        queue_mail(
            to=recipients,
            subject=f"[{agency.name_th}] " + _("Complaints past their deadline"),
            body=_("These cases are past their deadline: %(references)s. Open the back office.")
            % {"references": references},
            kind="complaints.deadlines",
        )
        sent += 1
    return sent


def purge_expired(*, today: date | None = None) -> int:
    """Delete closed cases older than their agency's retention, files included.

    Side effects: rows and files deleted for good. Returns the number of cases purged.
    """
    today = today or timezone.localdate()
    purged = 0
    for options in ComplaintSettings.objects.all():
        limit = today.replace(year=today.year - options.retention_years)
        expired = Complaint.objects.filter(
            agency_id=options.agency_id, status=Complaint.Status.CLOSED, closed_on__lt=limit
        )
        for complaint in expired:
            for attachment in complaint.attachments.all():
                attachment.blob.delete(save=False)
            complaint.delete()
            purged += 1
    return purged


def rotate_keys() -> int:
    """Re-encrypt every encrypted value and file with the newest key. Returns rows touched."""
    fields = list(ENCRYPTED_FIELDS)
    touched = 0
    with transaction.atomic():
        for complaint in Complaint.objects.select_for_update():
            complaint.save(update_fields=fields)  # decrypted on load, encrypted anew on save
            touched += 1
        for message in Message.objects.select_for_update():
            message.save(update_fields=["body"])
            touched += 1
        for retry in FilingRetry.objects.select_for_update():
            retry.save(update_fields=["memory"])
            touched += 1
        touched += outbox.rotate_keys()  # waiting mail is encrypted with the same keys
        for attachment in Attachment.objects.select_for_update():
            with attachment.blob.open("rb") as handle:
                token = handle.read()
            name = attachment.blob.name
            attachment.blob.storage.delete(name)
            attachment.blob.storage.save(name, ContentFile(crypto.rotate(token)))
            attachment.save(update_fields=["name"])
            touched += 1
    return touched
