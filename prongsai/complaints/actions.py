"""Writes about complaints. Views, the API and the commands call these.

Nothing here records an IP address, a user agent or a time of day for a reporter's actions.
E-mails never carry the content of a case.
"""

from collections.abc import Sequence
from dataclasses import asdict, dataclass
from datetime import date, timedelta

from auditlog.signals import accessed
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import UploadedFile
from django.db import IntegrityError, transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.translation import gettext as _

from prongsai.accounts.models import User
from prongsai.agencies.models import Agency, Membership
from prongsai.agencies.roles import Role
from prongsai.complaints import crypto, idempotency
from prongsai.complaints.access import settings_for
from prongsai.complaints.idempotency import KeyReused
from prongsai.complaints.models import (
    Attachment,
    Complaint,
    ComplaintSettings,
    Message,
)
from prongsai.complaints.notices import notify_officers, notify_reporter
from prongsai.complaints.receipts import new_receipt, normalise_receipt
from prongsai.lib.fiscal import fiscal_year

ALLOWED_TYPES = {
    ".pdf": "application/pdf",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".png": "image/png",
    ".heic": "image/heic",
    ".doc": "application/msword",
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ".xls": "application/vnd.ms-excel",
    ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ".ppt": "application/vnd.ms-powerpoint",
    ".pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    ".txt": "text/plain",
}
MAX_ATTACHMENTS = 5
# What a reporter writes (a case, a reply) and what staff write: about eight pages at most.
MAX_TEXT_CHARACTERS = 20_000
__all__ = ["KeyReused"]  # raised by file_complaint: the key was used for another submission


@dataclass(frozen=True)
class NewComplaint:
    category: str
    what_happened: str
    when_happened: str = ""
    who_involved: str = ""
    related_to: str = ""
    reporter_name: str = ""
    reporter_email: str = ""
    reporter_phone: str = ""
    notify_email: str = ""
    pdpa_consent: bool = False


class AlreadyFiled(Exception):
    """The same form or API request arrived twice; `receipt` is the first one's, if still known."""

    def __init__(self, complaint: Complaint, receipt: str | None) -> None:
        super().__init__(complaint.reference)
        self.complaint = complaint
        self.receipt = receipt


def check_attachment(upload: UploadedFile) -> str:
    """The content type to store, or ValidationError with a Thai message."""
    name = (upload.name or "").lower()
    extension = name[name.rfind(".") :] if "." in name else ""
    if extension not in ALLOWED_TYPES:
        raise ValidationError(
            _(
                "“%(name)s” cannot be attached. Attach pictures (JPG, PNG), PDF or office "
                "files (Word, Excel, PowerPoint)."
            )
            % {"name": upload.name}
        )
    limit = settings.COMPLAINT_MAX_ATTACHMENT_MB * 1024 * 1024
    if upload.size is not None and upload.size > limit:
        raise ValidationError(
            _("“%(name)s” is larger than %(mb)s MB.")
            % {"name": upload.name, "mb": settings.COMPLAINT_MAX_ATTACHMENT_MB}
        )
    return ALLOWED_TYPES[extension]


def check_new_complaint(data: NewComplaint) -> None:
    errors: dict[str, str] = {}
    if data.category not in Complaint.Category.values:
        errors["category"] = _("Choose what the complaint is about.")
    if len(data.what_happened.strip()) < 10:
        errors["what_happened"] = _("Tell us what happened, in a few sentences at least.")
    elif len(data.what_happened.strip()) > MAX_TEXT_CHARACTERS:
        errors["what_happened"] = too_long_message(len(data.what_happened.strip()))
    if not data.reporter_name and (data.reporter_email or data.reporter_phone):
        errors["reporter_name"] = _("Give your name with your contact details, or leave all empty.")
    if data.reporter_name and not data.pdpa_consent:
        errors["pdpa_consent"] = _(
            "Tick the consent box to give your details, or leave them empty to stay anonymous."
        )
    if errors:
        raise ValidationError(errors)


def too_long_message(length: int) -> str:
    return _(
        "The text has %(length)s characters; the most is %(max)s. Shorten it, or attach the "
        "rest as a file."
    ) % {"length": f"{length:,}", "max": f"{MAX_TEXT_CHARACTERS:,}"}


def _check_length(body: str, field: str = "body") -> None:
    if len(body.strip()) > MAX_TEXT_CHARACTERS:
        raise ValidationError({field: too_long_message(len(body.strip()))})


def _next_reference(agency: Agency, today: date) -> tuple[str, int]:
    """The fiscal year's next case number, counted as an integer (as text "2570-9999" comes
    after "2570-10000", which made every case after the 10,000th collide)."""
    prefix = f"{fiscal_year(today)}-"
    last = Complaint.objects.filter(agency=agency, reference__startswith=prefix).aggregate(
        last=Max("number")
    )["last"]
    number = (last or 0) + 1
    return f"{prefix}{number:04d}", number


def file_complaint(
    *,
    agency: Agency,
    data: NewComplaint,
    attachments: Sequence[UploadedFile] = (),
    idempotency_key: str = "",
    today: date | None = None,
) -> tuple[Complaint, str]:
    """File a case and return it with its receipt (shown once, stored only hashed).

    Raises ValidationError (Thai, per field); AlreadyFiled when `idempotency_key` was used here
    for the same submission (with its receipt for 15 minutes); KeyReused when it was used here
    for another submission. The key is the agency's: the same key elsewhere is another key.
    Side effects: case, encrypted attachments and retry memory saved; complaint officers
    e-mailed through the outbox that a case arrived (reference only).
    """
    check_new_complaint(data)
    if len(attachments) > MAX_ATTACHMENTS:
        raise ValidationError({"attachments": _("Attach at most 5 files.")})
    types = [check_attachment(upload) for upload in attachments]
    idem = idempotency.key_hash(agency.pk, idempotency_key) if idempotency_key else None
    submission = idempotency.fingerprint(asdict(data), attachments) if idem else ""
    if idem:
        existing = Complaint.objects.filter(idempotency_hash=idem).first()
        if existing is not None:
            raise _already_filed(existing, submission)
    today = today or timezone.localdate()
    options = settings_for(agency.pk)
    receipt = new_receipt()
    try:
        with transaction.atomic():
            ComplaintSettings.objects.select_for_update().filter(pk=options.pk).first()
            reference, number = _next_reference(agency, today)
            complaint = Complaint.objects.create(
                agency=agency,
                reference=reference,
                number=number,
                category=data.category,
                receipt_hash=crypto.receipt_hash(receipt),
                idempotency_hash=idem,
                what_happened=data.what_happened.strip(),
                when_happened=data.when_happened.strip(),
                who_involved=data.who_involved.strip(),
                related_to=data.related_to.strip(),
                reporter_name=data.reporter_name.strip(),
                reporter_email=data.reporter_email.strip(),
                reporter_phone=data.reporter_phone.strip(),
                notify_email=data.notify_email.strip(),
                is_anonymous=not data.reporter_name.strip(),
                pdpa_consent=data.pdpa_consent,
                filed_on=today,
                acknowledge_due=today + timedelta(days=options.acknowledge_days),
                result_due=today + timedelta(days=options.result_days),
            )
            for upload, content_type in zip(attachments, types, strict=True):
                _store_attachment(complaint, None, upload, content_type, from_reporter=True)
            if idem:
                idempotency.remember(complaint=complaint, receipt=receipt, submission=submission)
            notify_officers(complaint, _("A new complaint has arrived"))
    except IntegrityError:
        existing = Complaint.objects.filter(idempotency_hash=idem).first() if idem else None
        if existing is not None:
            raise _already_filed(existing, submission) from None
        raise
    return complaint, receipt


def _already_filed(existing: Complaint, submission: str) -> AlreadyFiled:
    """Raises KeyReused when the submission differs from the first one."""
    return AlreadyFiled(existing, idempotency.recall(complaint=existing, submission=submission))


def purge_retry_memory() -> int:
    """The "complaint-retries" job: forget receipts kept for retries once 15 minutes passed."""
    return idempotency.purge_expired()


def _store_attachment(
    complaint: Complaint,
    message: Message | None,
    upload: UploadedFile,
    content_type: str,
    *,
    from_reporter: bool,
) -> Attachment:
    content = b"".join(upload.chunks())
    attachment = Attachment(
        complaint=complaint,
        message=message,
        name=upload.name or "file",
        content_type=content_type,
        size=len(content),
        from_reporter=from_reporter,
    )
    attachment.blob.save("blob", ContentFile(crypto.encrypt(content)), save=False)
    attachment.save()
    return attachment


def read_attachment(attachment: Attachment) -> bytes:
    with attachment.blob.open("rb") as handle:
        return crypto.decrypt(handle.read())


def find_by_receipt(receipt: str) -> Complaint | None:
    digits = normalise_receipt(receipt)
    if digits is None:
        return None
    return (
        Complaint.objects.select_related("agency")
        .filter(receipt_hash=crypto.receipt_hash(digits))
        .first()
    )


def _next_order(complaint: Complaint) -> int:
    return (complaint.messages.aggregate(last=Max("order"))["last"] or 0) + 1


def reporter_reply(
    *, complaint: Complaint, body: str, attachments: Sequence[UploadedFile] = ()
) -> Message:
    """The reporter answers through the follow-up page.

    Side effects: message and encrypted files saved; the handling officer e-mailed (no content).
    """
    if not body.strip() and not attachments:
        raise ValidationError({"body": _("Write a message or attach a file.")})
    _check_length(body)
    if complaint.status == Complaint.Status.CLOSED:
        raise ValidationError({"body": _("This case is closed; it no longer takes messages.")})
    if len(attachments) > MAX_ATTACHMENTS:
        raise ValidationError({"attachments": _("Attach at most 5 files.")})
    types = [check_attachment(upload) for upload in attachments]
    with transaction.atomic():
        message = Message.objects.create(
            complaint=complaint,
            direction=Message.Direction.FROM_REPORTER,
            body=body.strip(),
            created_on=timezone.localdate(),
            order=_next_order(complaint),
        )
        for upload, content_type in zip(attachments, types, strict=True):
            _store_attachment(complaint, message, upload, content_type, from_reporter=True)
        notify_officers(complaint, _("The reporter has added a message"))
    return message


def _log(complaint: Complaint, by: User) -> None:
    accessed.send(sender=Complaint, instance=complaint, actor=by)


def acknowledge(*, complaint: Complaint, by: User) -> Complaint:
    """Side effects: status and date saved; a notice to the reporter (no content)."""
    if complaint.status != Complaint.Status.NEW:
        return complaint
    with transaction.atomic():
        complaint.status = Complaint.Status.ACKNOWLEDGED
        complaint.acknowledged_on = timezone.localdate()
        if complaint.assigned_to is None:
            complaint.assigned_to = by
        complaint.save(update_fields=["status", "acknowledged_on", "assigned_to"])
        notify_reporter(complaint)
    return complaint


def assign(*, complaint: Complaint, to: User, by: User) -> Complaint:
    """Side effects: the handler saved; the new handler e-mailed (reference only)."""
    if not Membership.objects.filter(
        user=to, agency=complaint.agency, role=Role.COMPLAINT_OFFICER
    ).exists():
        raise ValidationError(_("Cases can only be assigned to a complaint officer of the agency."))
    if complaint.excluded.filter(pk=to.pk).exists():
        raise ValidationError(_("This officer is excluded from the case."))
    with transaction.atomic():
        complaint.assigned_to = to
        if complaint.status == Complaint.Status.ACKNOWLEDGED:
            complaint.status = Complaint.Status.IN_PROGRESS
        complaint.save(update_fields=["assigned_to", "status"])
    return complaint


def message_reporter(*, complaint: Complaint, body: str, by: User) -> Message:
    """Side effects: message saved; the reporter told by e-mail that there is news (no content)."""
    if not body.strip():
        raise ValidationError({"body": _("Write the message to the reporter.")})
    _check_length(body)
    with transaction.atomic():
        message = Message.objects.create(
            complaint=complaint,
            direction=Message.Direction.TO_REPORTER,
            author=by,
            body=body.strip(),
            created_on=timezone.localdate(),
            order=_next_order(complaint),
        )
        if complaint.status in (Complaint.Status.NEW, Complaint.Status.ACKNOWLEDGED):
            complaint.status = Complaint.Status.IN_PROGRESS
            if complaint.acknowledged_on is None:
                complaint.acknowledged_on = timezone.localdate()
            complaint.save(update_fields=["status", "acknowledged_on"])
        notify_reporter(complaint)
    return message


def add_note(*, complaint: Complaint, body: str, by: User) -> Message:
    """An action recorded on the case, for staff only. Side effects: message saved."""
    if not body.strip():
        raise ValidationError({"body": _("Write what was done.")})
    _check_length(body)
    return Message.objects.create(
        complaint=complaint,
        direction=Message.Direction.NOTE,
        author=by,
        body=body.strip(),
        created_on=timezone.localdate(),
        order=_next_order(complaint),
    )


def _record(complaint: Complaint, by: User, body: str) -> Message:
    """A consequential step written on the case: who (the author) and why (the body)."""
    return Message.objects.create(
        complaint=complaint,
        direction=Message.Direction.NOTE,
        author=by,
        body=body,
        created_on=timezone.localdate(),
        order=_next_order(complaint),
    )


def close_case(*, complaint: Complaint, outcome: str, reason: str, by: User) -> Complaint:
    """Side effects: outcome saved; who closed it and why recorded on the case (an internal
    note); the reporter told there is news (no content)."""
    if outcome not in Complaint.Outcome.values:
        raise ValidationError({"outcome": _("Choose the outcome.")})
    if not reason.strip():
        raise ValidationError({"reason": _("Give the reason for the outcome.")})
    _check_length(reason, "reason")
    if complaint.status == Complaint.Status.CLOSED:
        raise ValidationError(_("This case is already closed."))
    with transaction.atomic():
        _record(
            complaint,
            by,
            _("Closed the case: %(outcome)s. Reason: %(reason)s")
            % {"outcome": Complaint.Outcome(outcome).label, "reason": reason.strip()},
        )
        complaint.status = Complaint.Status.CLOSED
        complaint.outcome = outcome
        complaint.outcome_reason = reason.strip()
        complaint.closed_on = timezone.localdate()
        if complaint.acknowledged_on is None:
            complaint.acknowledged_on = complaint.closed_on
        complaint.save(
            update_fields=["status", "outcome", "outcome_reason", "closed_on", "acknowledged_on"]
        )
        notify_reporter(complaint)
    return complaint


def exclude_officer(*, complaint: Complaint, officer: User, by: User, reason: str) -> None:
    """An officer named in the case loses access to it.

    Side effects: exclusion saved; who excluded whom and why recorded on the case (an internal
    note the excluded officer cannot see)."""
    if officer.pk == by.pk:
        raise ValidationError(_("Ask another officer or the director to exclude you."))
    if not reason.strip():
        raise ValidationError({"reason": _("Say why this person is excluded from the case.")})
    _check_length(reason, "reason")
    with transaction.atomic():
        _record(
            complaint,
            by,
            _("Excluded %(person)s from the case. Reason: %(reason)s")
            % {"person": officer.display_name, "reason": reason.strip()},
        )
        complaint.excluded.add(officer)
        if complaint.assigned_to_id == officer.pk:
            complaint.assigned_to = None
            complaint.save(update_fields=["assigned_to"])


def log_read(*, complaint: Complaint, by: User) -> None:
    """Every read of a case's content by staff goes to the audit log."""
    _log(complaint, by)
