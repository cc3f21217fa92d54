"""Writes to operating manuals. Views and the demo call these; each is all or nothing.

Who may call which is decided by the views (`manuals.access`); these check the workflow:
draft → pending approval → approved → published, one open (unpublished) version at a time.
"""

from dataclasses import dataclass
from datetime import date

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.translation import gettext as _

from prongsai.accounts.models import User
from prongsai.agencies.models import Agency, Unit
from prongsai.manuals.models import Manual, ManualStep, ManualVersion

Status = ManualVersion.Status


@dataclass(frozen=True)
class StepData:
    title: str
    responsible: str
    duration_minutes: int
    output: str = ""


@dataclass(frozen=True)
class ManualData:
    """What the edit page changes: the manual's own fields and its open version's."""

    title: str
    owner_unit: Unit | None
    purpose: str
    scope: str
    review_on: date | None
    changes: str
    steps: list[StepData]


def _check(agency: Agency, data: ManualData) -> None:
    if not data.title.strip():
        raise ValidationError(_("Type the title of the manual."))
    if data.owner_unit is not None and data.owner_unit.agency_id != agency.pk:
        raise ValidationError(_("The unit must belong to this agency."))
    if not data.steps:
        raise ValidationError(_("Add at least one step."))
    for step in data.steps:
        if not step.title.strip() or not step.responsible.strip():
            raise ValidationError(_("Every step needs what is done and who does it."))
        if step.duration_minutes < 1:
            raise ValidationError(_("Every step needs a time of at least one minute."))


def _write_steps(version: ManualVersion, steps: list[StepData]) -> None:
    """Replace the version's steps; one by one, so the audit log records each."""
    for old in version.steps.all():
        old.delete()
    for order, step in enumerate(steps, start=1):
        ManualStep.objects.create(
            version=version,
            order=order,
            title=step.title.strip(),
            responsible=step.responsible.strip(),
            duration_minutes=step.duration_minutes,
            output=step.output.strip(),
        )


def _locked(version: ManualVersion) -> ManualVersion:
    """The version read again under a row lock, so two clicks cannot both move it."""
    return ManualVersion.objects.select_for_update().select_related("manual").get(pk=version.pk)


def create_manual(*, agency: Agency, data: ManualData, actor: User | None) -> Manual:
    """A new manual with version 1 as a draft.

    Side effects: manual, version and steps saved (audit log).
    """
    _check(agency, data)
    with transaction.atomic():
        manual = Manual.objects.create(
            agency=agency,
            title=data.title.strip(),
            owner_unit=data.owner_unit,
            purpose=data.purpose.strip(),
            scope=data.scope.strip(),
        )
        version = ManualVersion.objects.create(
            manual=manual,
            number=1,
            title=manual.title,
            purpose=manual.purpose,
            scope=manual.scope,
            review_on=data.review_on,
            changes=data.changes.strip(),
            created_by=actor,
        )
        _write_steps(version, data.steps)
    return manual


def save_draft(*, version: ManualVersion, data: ManualData) -> ManualVersion:
    """Change a draft; its steps are replaced. The owner unit changes at once; the title,
    purpose and scope reach the manual (and the public) only when the version is approved,
    unless nothing has been published yet.

    Side effects: manual, version and steps saved (audit log).
    """
    manual = version.manual
    _check(manual.agency, data)
    with transaction.atomic():
        version = _locked(version)
        if not version.is_draft:
            raise ValidationError(
                _("Only a draft can be edited. Start a new version to change a published manual.")
            )
        manual = version.manual
        version.title = data.title.strip()
        version.purpose = data.purpose.strip()
        version.scope = data.scope.strip()
        version.review_on = data.review_on
        version.changes = data.changes.strip()
        version.save(update_fields=["title", "purpose", "scope", "review_on", "changes"])
        manual.owner_unit = data.owner_unit
        if not manual.versions.filter(status=Status.PUBLISHED).exists():
            _copy_text(version, manual)
        manual.save()
        _write_steps(version, data.steps)
    return version


def _copy_text(version: ManualVersion, manual: Manual) -> None:
    manual.title = version.title
    manual.purpose = version.purpose
    manual.scope = version.scope


def submit_version(*, version: ManualVersion, actor: User, today: date | None = None) -> None:
    """Draft → pending approval. Side effects: version saved (audit log)."""
    today = today or timezone.localdate()
    with transaction.atomic():
        version = _locked(version)
        if not version.is_draft:
            raise ValidationError(_("Only a draft can be submitted for approval."))
        if not version.steps.exists():
            raise ValidationError(_("Add at least one step before submitting."))
        if version.review_on is None:
            raise ValidationError(_("Set the review date before submitting."))
        if version.review_on <= today:
            raise ValidationError(
                _("The review date has passed. Set the next review date before submitting.")
            )
        version.status = Status.PENDING
        version.submitted_at = timezone.now()
        version.submitted_by = actor
        version.save(update_fields=["status", "submitted_at", "submitted_by"])


def approve_version(*, version: ManualVersion, actor: User) -> None:
    """Pending → approved → published: the director's approval puts it on the public site,
    where it replaces the manual's earlier published version.

    Side effects: version saved (audit log); its PDF asked for (the "print" job).
    """
    with transaction.atomic():
        version = _locked(version)
        if not version.is_pending:
            raise ValidationError(_("Only a version waiting for approval can be approved."))
        now = timezone.now()
        version.status = Status.APPROVED
        version.approved_at = now
        version.approved_by = actor
        version.save(update_fields=["status", "approved_at", "approved_by"])
        version.status = Status.PUBLISHED
        version.published_at = now
        version.save(update_fields=["status", "published_at"])
        manual = version.manual
        _copy_text(version, manual)
        manual.save(update_fields=["title", "purpose", "scope"])
        from prongsai.manuals.printing import request_manual_pdf

        request_manual_pdf(version)  # printed once, off the request path, after commit


def return_version(*, version: ManualVersion) -> None:
    """Pending → draft, for the writers to change. Side effects: version saved (audit log)."""
    with transaction.atomic():
        version = _locked(version)
        if not version.is_pending:
            raise ValidationError(_("Only a version waiting for approval can be sent back."))
        version.status = Status.DRAFT
        version.submitted_at = None
        version.submitted_by = None
        version.save(update_fields=["status", "submitted_at", "submitted_by"])


def start_new_version(*, manual: Manual, actor: User | None) -> ManualVersion:
    """A new draft copied from the newest published version (steps, review date); the
    published one stays on the public site until the new one is approved.

    Side effects: version and steps saved (audit log).
    """
    with transaction.atomic():
        Manual.objects.select_for_update().filter(pk=manual.pk).first()
        if manual.versions.exclude(status=Status.PUBLISHED).exists():
            raise ValidationError(
                _("This manual already has a version being written or waiting for approval.")
            )
        source = manual.versions.filter(status=Status.PUBLISHED).order_by("-number").first()
        if source is None:
            raise ValidationError(_("Only a published manual gets a new version."))
        last = manual.versions.aggregate(last=Max("number"))["last"] or 0
        version = ManualVersion.objects.create(
            manual=manual,
            number=last + 1,
            title=source.title,
            purpose=source.purpose,
            scope=source.scope,
            review_on=source.review_on,
            created_by=actor,
        )
        _write_steps(
            version,
            [
                StepData(step.title, step.responsible, step.duration_minutes, step.output)
                for step in source.steps.all()
            ],
        )
    return version
