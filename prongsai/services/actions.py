"""Writes about e-services: catalogue, requests and their moves, walk-ins."""

import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.core.validators import validate_email
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from prongsai.accounts.models import User
from prongsai.agencies.models import Agency
from prongsai.lib.typed import normalise_thai_phone
from prongsai.outbox.actions import queue_mail
from prongsai.services import rollup
from prongsai.services.models import (
    FormField,
    Request,
    RequestFile,
    RequestMessage,
    Service,
    Step,
    WalkIn,
)
from prongsai.services.tracking import new_tracking

ALLOWED_FILES = (".pdf", ".jpg", ".jpeg", ".png", ".docx", ".doc", ".xlsx", ".xls")
MAX_FILE_BYTES = 10 * 1024 * 1024


class KeyReused(Exception):
    """The form token or API idempotency key was already used here for another submission."""


@dataclass(frozen=True)
class Requester:
    name: str
    email: str = ""
    phone: str = ""


def submit_request(
    *,
    service: Service,
    requester: Requester,
    answers: Mapping[str, Any],
    files: Mapping[int, UploadedFile],
    now: datetime | None = None,
    idempotency_key: str = "",
) -> Request:
    """File an online request; due by the service's promised time.

    A retry with the same `idempotency_key` (form token or API key, scoped to the agency) and
    the same submission returns the first request, filing nothing new; the same key with
    another submission raises KeyReused.

    Side effects: request and files saved; the requester e-mailed the tracking number through
    the outbox; the owner unit's heads are not mailed (the queue shows new requests).
    """
    if not service.is_active or not service.online:
        raise ValidationError(_("This service does not take online requests."))
    if not requester.name.strip():
        raise ValidationError({"requester_name": _("Type your name.")})
    requester = _checked_contact(requester)
    for upload in files.values():
        check_file(upload)
    idem = _key_hash(service.agency_id, idempotency_key) if idempotency_key else None
    submission = _submission_hash(service, requester, answers, files)
    if idem and (existing := Request.objects.filter(idempotency_hash=idem).first()):
        return _same_request(existing, submission)
    now = now or timezone.now()
    try:
        request = _create_request(service, requester, answers, files, now, idem, submission)
    except IntegrityError:
        existing = Request.objects.filter(idempotency_hash=idem).first() if idem else None
        if existing is None:
            raise
        return _same_request(existing, submission)
    return request


def _checked_contact(requester: Requester) -> Requester:
    """The requester with the phone number in its stored form; a Thai message per field when
    neither a valid e-mail nor a Thai phone number is given."""
    email, phone = requester.email.strip(), requester.phone.strip()
    errors: dict[str, str] = {}
    if not email and not phone:
        errors["requester_email"] = _(
            "Give an e-mail address or a phone number so we can reach you."
        )
    if email:
        try:
            validate_email(email)
        except ValidationError:
            errors["requester_email"] = _(
                "Type a full e-mail address, e.g. name@example.com, or leave it empty."
            )
    if phone:
        normalised = normalise_thai_phone(phone)
        if normalised is None:
            errors["requester_phone"] = _(
                "Type a Thai phone number: 10 digits for a mobile (e.g. 081 234 5678) or 9 for "
                "a fixed line (e.g. 02 123 4567)."
            )
        phone = normalised or phone
    if errors:
        raise ValidationError(errors)
    return Requester(requester.name, email, phone)


def _key_hash(agency_id: int, key: str) -> str:
    return hashlib.sha256(f"service-idem:{agency_id}:{key}".encode()).hexdigest()


def _submission_hash(
    service: Service,
    requester: Requester,
    answers: Mapping[str, Any],
    files: Mapping[int, UploadedFile],
) -> str:
    content = {
        "service": service.pk,
        "requester": [requester.name.strip(), requester.email.strip(), requester.phone.strip()],
        "answers": {str(key): str(_jsonable(value)) for key, value in sorted(answers.items())},
        "files": {str(key): [u.name or "", u.size or 0] for key, u in sorted(files.items())},
    }
    return hashlib.sha256(json.dumps(content, ensure_ascii=False).encode()).hexdigest()


def _same_request(existing: Request, submission: str) -> Request:
    if existing.submission_hash != submission:
        raise KeyReused
    return existing


def _create_request(
    service: Service,
    requester: Requester,
    answers: Mapping[str, Any],
    files: Mapping[int, UploadedFile],
    now: datetime,
    idem: str | None,
    submission: str,
) -> Request:
    with transaction.atomic():
        request = Request.objects.create(
            agency=service.agency,
            service=service,
            tracking=_unique_tracking(timezone.localdate(now)),
            channel=Request.Channel.ONLINE,
            requester_name=requester.name.strip(),
            requester_email=requester.email.strip(),
            requester_phone=requester.phone.strip(),
            answers={str(key): _jsonable(value) for key, value in answers.items()},
            received_at=now,
            due_at=now + timedelta(days=service.promised_days),
            idempotency_hash=idem,
            submission_hash=submission,
        )
        for field_id, upload in files.items():
            RequestFile.objects.create(
                request=request, field_id=field_id, file=upload, name=upload.name or "file"
            )
        _refresh(request)
        if request.requester_email:
            _mail_requester(request, _("We have received your request"))
    return request


def _refresh(request: Request) -> None:
    """Bring the request's month of the services rollup up to date, in the transaction that
    wrote the request: the rollup (an area office's figures) is never ahead of or behind what
    was committed, and a failure rolls the write back rather than leaving the rollup stale."""
    rollup.refresh_month(request.service_id, rollup.month_of(request.received_at))


def _unique_tracking(today: date) -> str:
    for _attempt in range(10):
        tracking = new_tracking(today)
        if not Request.objects.filter(tracking=tracking).exists():
            return tracking
    raise RuntimeError("could not find a free tracking number")  # 32**6 codes: never in practice


def _jsonable(value: Any) -> Any:
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, UploadedFile):
        return value.name
    return value


def check_file(upload: UploadedFile) -> None:
    if not (upload.name or "").lower().endswith(ALLOWED_FILES):
        raise ValidationError(
            _("“%(name)s”: attach a PDF, a picture (JPG/PNG) or a Word/Excel file.")
            % {"name": upload.name}
        )
    if upload.size and upload.size > MAX_FILE_BYTES:
        raise ValidationError(_("“%(name)s” is larger than 10 MB.") % {"name": upload.name})


def status_url(request: Request) -> str:
    path = reverse(
        "services:status", kwargs={"agency": request.agency.slug, "tracking": request.tracking}
    )
    return f"{settings.SITE_URL}{path}"


def _mail_requester(request: Request, subject: str, extra: str = "") -> None:
    """Queued in the caller's transaction; the outbox sends it after commit, with retries."""
    body = _(
        "Service: %(service)s\nTracking number: %(tracking)s\nStatus: %(status)s\n"
        "Follow it here: %(url)s"
    ) % {
        "service": request.service.name,
        "tracking": request.tracking,
        "status": request.get_status_display(),
        "url": status_url(request),
    }
    queue_mail(
        to=[request.requester_email],
        subject=f"[{request.agency.name_th}] {subject} {request.tracking}",
        body=f"{extra}\n\n{body}" if extra else body,
        kind="services.requester",
    )


MAX_MESSAGE_CHARACTERS = 2_000


def message_requester(
    *, request: Request, body: str, by: User, now: datetime | None = None
) -> RequestMessage:
    """Staff write to the requester ("collect it at the counter on …").

    Side effects: message saved (shown on the public status page); the requester e-mailed
    through the outbox when the request has an address.
    """
    body = body.strip()
    if not body:
        raise ValidationError({"body": _("Write the message to the requester.")})
    if len(body) > MAX_MESSAGE_CHARACTERS:
        raise ValidationError(
            {
                "body": _("Keep the message under %(count)s characters.")
                % {"count": f"{MAX_MESSAGE_CHARACTERS:,}"}
            }
        )
    with transaction.atomic():
        message = RequestMessage.objects.create(
            request=request, body=body, author=by, created_at=now or timezone.now()
        )
        if request.requester_email:
            _mail_requester(request, _("A message about your request"), extra=body)
    return message


TRANSITIONS = {
    Request.Status.RECEIVED: {
        Request.Status.IN_PROGRESS,
        Request.Status.DONE,
        Request.Status.REJECTED,
    },
    Request.Status.IN_PROGRESS: {Request.Status.DONE, Request.Status.REJECTED},
    Request.Status.DONE: set(),
    Request.Status.REJECTED: set(),
}


def move_request(
    *,
    request: Request,
    to: str,
    by: User,
    reason: str = "",
    collect_info: str = "",
    now: datetime | None = None,
) -> Request:
    """Move a request on (received → in progress → done / rejected with a reason). When done,
    `collect_info` says where and how to collect the result (optional).

    Side effects: status saved (audit log); the requester e-mailed (with where to collect).
    """
    if to not in TRANSITIONS[Request.Status(request.status)]:
        raise ValidationError(
            _("A request cannot move from “%(from)s” to that status.")
            % {"from": request.get_status_display()}
        )
    if to == Request.Status.REJECTED and not reason.strip():
        raise ValidationError({"reason": _("Say why the request is rejected.")})
    if len(collect_info.strip()) > MAX_MESSAGE_CHARACTERS:
        raise ValidationError(
            {
                "collect_info": _("Keep it under %(count)s characters.")
                % {"count": f"{MAX_MESSAGE_CHARACTERS:,}"}
            }
        )
    now = now or timezone.now()
    with transaction.atomic():
        request.status = to
        request.reject_reason = reason.strip() if to == Request.Status.REJECTED else ""
        request.collect_info = collect_info.strip() if to == Request.Status.DONE else ""
        if request.assigned_to is None:
            request.assigned_to = by
        if to in (Request.Status.DONE, Request.Status.REJECTED):
            request.completed_at = now
        request.save(
            update_fields=["status", "reject_reason", "collect_info", "assigned_to", "completed_at"]
        )
        _refresh(request)
        if request.requester_email:
            extra = (
                _("Where and how to collect: %(info)s") % {"info": request.collect_info}
                if request.collect_info
                else ""
            )
            _mail_requester(request, _("Your request has moved"), extra=extra)
    return request


def assign_request(*, request: Request, to: User) -> Request:
    if not to.memberships.filter(agency=request.agency).exists():
        raise ValidationError(_("Requests can only be assigned to people of this agency."))
    request.assigned_to = to
    request.save(update_fields=["assigned_to"])
    return request


def rate_request(*, request: Request, rating: int, comment: str) -> Request:
    """The requester rates a finished request, once. Side effects: rating saved."""
    if request.status != Request.Status.DONE:
        raise ValidationError(_("You can rate the service once the request is done."))
    if request.rating is not None:
        raise ValidationError(_("This request has already been rated. Thank you!"))
    if not 1 <= rating <= 5:
        raise ValidationError({"rating": _("Choose from 1 to 5.")})
    request.rating = rating
    request.rating_comment = comment.strip()
    with transaction.atomic():
        request.save(update_fields=["rating", "rating_comment"])
        _refresh(request)
    return request


def log_walk_ins(*, service: Service, served_on: date, count: int, by: User) -> WalkIn:
    """A counter clerk's tally. Side effects: a walk-in row saved (audit log)."""
    if count < 1:
        raise ValidationError({"count": _("Type how many people were served (at least 1).")})
    if served_on > timezone.localdate():
        raise ValidationError({"served_on": _("The date cannot be in the future.")})
    with transaction.atomic():
        walk_in = WalkIn.objects.create(
            agency=service.agency, service=service, served_on=served_on, count=count, recorded_by=by
        )
        rollup.refresh_month(service.pk, rollup.month_of(served_on))
    return walk_in


def save_service(
    *, service: Service, steps: list[dict[str, Any]], fields: list[dict[str, Any]]
) -> Service:
    """Save a service with its standard's steps and its request form, replacing both lists.

    Side effects: service, steps and form fields saved (audit log).
    """
    with transaction.atomic():
        service.full_clean()
        service.save()
        service.steps.all().delete()
        Step.objects.bulk_create(
            Step(service=service, order=index, **step) for index, step in enumerate(steps, 1)
        )
        kept = []
        for index, data in enumerate(fields, 1):
            field_id = data.pop("id", None)
            field = (
                FormField.objects.filter(service=service, pk=field_id).first() if field_id else None
            )
            field = field or FormField(service=service)
            for key, value in data.items():
                setattr(field, key, value)
            field.order = index
            field.full_clean()
            field.save()
            kept.append(field.pk)
        service.fields.exclude(pk__in=kept).delete()
    return service


def create_from_template(*, agency: Agency, key: str) -> Service:
    """A new service from one of the typical school services (see service_templates.py)."""
    from prongsai.services.service_templates import TEMPLATES

    template = TEMPLATES[key]
    service = Service(agency=agency, **template["service"])
    return save_service(
        service=service,
        steps=[dict(step) for step in template["steps"]],
        fields=[dict(field) for field in template["fields"]],
    )
