"""Writes to measures plans. Views, the API and the commands call these."""

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import PurePath
from typing import Any

from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from prongsai.accounts.models import User
from prongsai.agencies.models import Agency, Unit
from prongsai.lib.fiscal import is_plausible_year
from prongsai.lib.thai import parse_thai_month_year, to_thai_digits
from prongsai.measures import document as doc
from prongsai.measures import standard
from prongsai.measures.models import (
    Measure,
    MeasureRow,
    Plan,
    ProgressUpdate,
    Publication,
    PublishRequest,
)
from prongsai.measures.printing import request_publication_pdf
from prongsai.measures.queries import plan_with_rows, report_document


def due_month_of(text: str) -> date | None:
    """ "กันยายน ๒๕๖๖" → 1 Sep 2023 (CE), or None when the text names no month."""
    parsed = parse_thai_month_year(text)
    if parsed is None:
        return None
    year_be, month = parsed
    return date(year_be - 543, month, 1)


def units_named_in(text: str, units: Iterable[Unit]) -> list[Unit]:
    """Units whose Thai name appears in a free-text "responsible" cell (spaces ignored)."""
    squeezed = "".join(text.split())
    return [unit for unit in units if "".join(unit.name_th.split()) in squeezed]


def _check_year(year: int) -> None:
    if not is_plausible_year(year):
        raise ValidationError(
            _("The fiscal year must be in the Buddhist era, e.g. %(example)s.") % {"example": 2567}
        )


def _new_plan(agency: Agency, year: int) -> Plan:
    _check_year(year)
    if Plan.objects.filter(agency=agency, fiscal_year=year).exists():
        raise ValidationError(
            _("There is already a plan for fiscal year %(year)s. Open it instead.") % {"year": year}
        )
    return Plan.objects.create(agency=agency, fiscal_year=year)


def start_standard_plan(*, agency: Agency, year: int) -> Plan:
    """A new plan with the ten standard measures and one empty row each.

    Side effects: plan, measures and rows saved (audit log).
    """
    with transaction.atomic():
        plan = _new_plan(agency, year)
        for number, name in enumerate(standard.STANDARD_MEASURES, start=1):
            measure = Measure.objects.create(
                plan=plan, number=number, name=name, heading_tail=standard.HEADING_TAIL
            )
            MeasureRow.objects.create(
                measure=measure,
                order=1,
                due_text=f"กันยายน {to_thai_digits(year)}",
                due_month=date(year - 543, 9, 1),
            )
    return plan


def copy_plan(*, source: Plan, year: int) -> Plan:
    """Next year's plan from last year's: measures, steps, responsible units and outcomes;
    due dates move by the difference in years; results and progress start empty.

    Side effects: plan, measures and rows saved (audit log).
    """
    shift = year - source.fiscal_year
    with transaction.atomic():
        plan = _new_plan(source.agency, year)
        for measure in source.measures.prefetch_related("rows__responsible_units"):
            copy = Measure.objects.create(
                plan=plan,
                number=measure.number,
                name=measure.name,
                heading_tail=measure.heading_tail,
            )
            for row in measure.rows.all():
                due_month = (
                    row.due_month.replace(year=row.due_month.year + shift)
                    if row.due_month
                    else None
                )
                new_row = MeasureRow.objects.create(
                    measure=copy,
                    order=row.order,
                    steps=row.steps,
                    steps_numbering=row.steps_numbering,
                    responsible_text=row.responsible_text,
                    outcome=row.outcome,
                    outcome_numbering=row.outcome_numbering,
                    due_text=_shift_due_text(row.due_text, shift),
                    due_month=due_month,
                )
                new_row.responsible_units.set(row.responsible_units.all())
    return plan


def _shift_due_text(text: str, shift: int) -> str:
    parsed = parse_thai_month_year(text)
    if parsed is None:
        return text
    year, _month = parsed
    for old in (to_thai_digits(year), str(year)):
        if old in text:
            new = to_thai_digits(year + shift) if old != str(year) else str(year + shift)
            return text.replace(old, new)
    return text


def import_plan(*, agency: Agency, year: int, document: doc.ReportDocument, replace: bool) -> Plan:
    """Save an imported report as the plan of `year`, all or nothing.

    With `replace`, an existing plan of that year (and its progress and publications) is
    deleted first; without it, an existing plan is an error.

    Side effects: plan, measures and rows saved (audit log); responsible units linked when their
    names appear in the "responsible" text.
    """
    _check_year(year)
    units = list(Unit.objects.filter(agency=agency))
    with transaction.atomic():
        existing = Plan.objects.filter(agency=agency, fiscal_year=year).first()
        if existing is not None:
            if not replace:
                raise ValidationError(
                    _(
                        "There is already a plan for fiscal year %(year)s. Choose “replace” to "
                        "overwrite it."
                    )
                    % {"year": year}
                )
            existing.delete()
        plan = Plan.objects.create(
            agency=agency,
            fiscal_year=year,
            cover_lines="\n".join(document.cover_lines),
            title=document.title,
            period_line=document.period_line,
            introduction=document.introduction,
        )
        for measure_data in document.measures:
            measure = Measure.objects.create(
                plan=plan,
                number=measure_data.number,
                name=measure_data.name,
                heading_tail=measure_data.heading_tail,
            )
            for order, row_data in enumerate(measure_data.rows, start=1):
                row = MeasureRow.objects.create(
                    measure=measure,
                    order=order,
                    steps=row_data.steps.items,
                    steps_numbering=row_data.steps.numbering.value,
                    responsible_text=row_data.responsible,
                    summary=row_data.summary.items,
                    summary_numbering=row_data.summary.numbering.value,
                    outcome=row_data.outcome.items,
                    outcome_numbering=row_data.outcome.numbering.value,
                    due_text=row_data.due,
                    due_month=due_month_of(row_data.due),
                )
                row.responsible_units.set(units_named_in(row_data.responsible, units))
    return plan


@dataclass(frozen=True)
class RowData:
    steps: list[str]
    responsible_units: list[Unit]
    responsible_text: str
    summary: list[str]
    outcome: list[str]
    due_text: str


BLANK_ROW_MESSAGE = gettext_lazy(
    "Every field of this row is empty, so it was not saved. Write at least the steps, or "
    "delete the row from the plan."
)


def row_is_blank(data: RowData) -> bool:
    return not (
        data.steps
        or data.responsible_units
        or data.responsible_text.strip()
        or data.summary
        or data.outcome
        or data.due_text.strip()
    )


def _stored_row_is_blank(row: MeasureRow) -> bool:
    return not (
        row.steps
        or row.responsible_units.all()
        or row.responsible_text.strip()
        or row.summary
        or row.outcome
        or row.due_text.strip()
    )


def _numbering(items: list[str]) -> str:
    return doc.Numbering.PAREN.value if len(items) > 1 else doc.Numbering.NONE.value


def save_row(*, row: MeasureRow, data: RowData) -> MeasureRow:
    """Change a row. Lists of one item print without a number, of several as ๑) ๒) ….

    Side effects: row saved (audit log).
    """
    if any(unit.agency_id != row.measure.plan.agency_id for unit in data.responsible_units):
        raise ValidationError(_("Responsible units must belong to this agency."))
    if row_is_blank(data):
        raise ValidationError(BLANK_ROW_MESSAGE)
    with transaction.atomic():
        row.steps = data.steps
        row.steps_numbering = _numbering(data.steps)
        row.responsible_text = data.responsible_text
        row.summary = data.summary
        row.summary_numbering = _numbering(data.summary)
        row.outcome = data.outcome
        row.outcome_numbering = _numbering(data.outcome)
        row.due_text = data.due_text
        row.due_month = due_month_of(data.due_text)
        row.save()
        row.responsible_units.set(data.responsible_units)
    return row


def add_row(*, measure: Measure) -> MeasureRow:
    """Side effects: an empty row saved at the end of the measure (audit log)."""
    with transaction.atomic():
        last = measure.rows.aggregate(last=Max("order"))["last"] or 0
        return MeasureRow.objects.create(measure=measure, order=last + 1)


BLANK_NEW_ROW_MESSAGE = gettext_lazy(
    "Every field is empty, so no row was added. Write at least the steps, or cancel."
)


def create_row(*, measure: Measure, data: RowData) -> MeasureRow:
    """A row added at the end of the measure, only with something in it (an empty row is never
    saved: "add a row" opens a form, and the row exists once the form is saved).

    Side effects: row saved (audit log).
    """
    if row_is_blank(data):
        raise ValidationError(BLANK_NEW_ROW_MESSAGE)
    with transaction.atomic():
        last = measure.rows.aggregate(last=Max("order"))["last"] or 0
        return save_row(row=MeasureRow(measure=measure, order=last + 1), data=data)


def delete_row(*, row: MeasureRow) -> None:
    """Side effects: the row and its progress updates deleted (audit log)."""
    with transaction.atomic():
        row.delete()


def add_measure(*, plan: Plan, name: str) -> Measure:
    """Side effects: a measure numbered after the last one, with one empty row (audit log)."""
    name = name.strip()
    if not name:
        raise ValidationError(_("Type the name of the measure."))
    with transaction.atomic():
        last = plan.measures.aggregate(last=Max("number"))["last"] or 0
        measure = Measure.objects.create(
            plan=plan, number=last + 1, name=name, heading_tail=standard.HEADING_TAIL
        )
        MeasureRow.objects.create(measure=measure, order=1)
    return measure


FUTURE_PROGRESS_MESSAGE = gettext_lazy(
    "Progress records work already done: the date cannot be after today. Record it on the day "
    "it is done."
)


def record_progress(
    *,
    row: MeasureRow,
    author: User,
    happened_on: date,
    text: str,
    evidence_file: UploadedFile | None = None,
    evidence_link: str = "",
) -> ProgressUpdate:
    """What a unit did for a row. Side effects: update and evidence file saved (audit log)."""
    if not text.strip():
        raise ValidationError(_("Describe what was done."))
    if happened_on > timezone.localdate():
        raise ValidationError({"happened_on": FUTURE_PROGRESS_MESSAGE})
    with transaction.atomic():
        update = ProgressUpdate(
            row=row,
            author=author,
            happened_on=happened_on,
            text=text.strip(),
            evidence_link=evidence_link,
        )
        if evidence_file is not None:
            update.evidence_file = evidence_file
            update.evidence_name = PurePath(evidence_file.name or "").name[:300]
        update.full_clean()
        update.save()
    return update


def publish_report(
    *, plan: Plan, kind: str, actor: User | None, frozen: dict[str, Any] | None = None
) -> Publication:
    """Freeze the document (or the `frozen` one the director approved) as the next version;
    the public link serves the newest.

    Side effects: a Publication saved (audit log via the plan's history); its PDF asked for
    (printed by the "print" job after commit).
    """
    if kind not in Publication.Kind.values:
        raise ValidationError(_("Unknown document."))
    full = plan_with_rows(plan.agency, plan.fiscal_year)
    assert full is not None
    with transaction.atomic():
        last = (
            Publication.objects.select_for_update()
            .filter(plan=plan, kind=kind)
            .aggregate(last=Max("version"))["last"]
            or 0
        )
        document = doc.from_dict(frozen) if frozen is not None else report_document(full, kind)
        document.version = last + 1
        publication = Publication.objects.create(
            plan=plan,
            kind=kind,
            version=last + 1,
            document=doc.to_dict(document),
            published_by=actor,
        )
        # Printed once, off the request path, after commit (the "print" job).
        request_publication_pdf(publication)
        return publication


def submit_for_approval(*, plan: Plan, kind: str, by: User) -> PublishRequest:
    """The ITA officer sends a document to the director: frozen as previewed now.

    Side effects: a pending request saved (audit log); nothing public changes yet.
    """
    if kind not in Publication.Kind.values:
        raise ValidationError(_("Unknown document."))
    full = plan_with_rows(plan.agency, plan.fiscal_year)
    assert full is not None
    blank = [
        measure.number
        for measure in full.measures.all()
        for row in measure.rows.all()
        if _stored_row_is_blank(row)
    ]
    if blank:
        raise ValidationError(
            _("Measures %(numbers)s have a row with every field empty: fill it or delete it.")
            % {"numbers": ", ".join(str(number) for number in sorted(set(blank)))}
        )
    with transaction.atomic():
        Plan.objects.select_for_update().filter(pk=plan.pk).first()
        if PublishRequest.objects.filter(
            plan=plan, kind=kind, status=PublishRequest.Status.PENDING
        ).exists():
            raise ValidationError(
                _("This document is already waiting for the director's approval.")
            )
        return PublishRequest.objects.create(
            plan=plan,
            kind=kind,
            document=doc.to_dict(report_document(full, kind)),
            submitted_at=timezone.now(),
            submitted_by=by,
        )


def _pending(request: PublishRequest) -> PublishRequest:
    locked = PublishRequest.objects.select_for_update().get(pk=request.pk)
    if locked.status != PublishRequest.Status.PENDING:
        raise ValidationError(_("This request was already decided."))
    return locked


def approve_publication(*, request: PublishRequest, by: User) -> Publication:
    """The director approves what was previewed: it is published as the next version.

    Side effects: the request marked approved with who and when; a Publication saved and its
    PDF asked for (publish_report).
    """
    with transaction.atomic():
        locked = _pending(request)
        publication = publish_report(
            plan=locked.plan, kind=locked.kind, actor=by, frozen=locked.document
        )
        locked.status = PublishRequest.Status.APPROVED
        locked.decided_at = timezone.now()
        locked.decided_by = by
        locked.publication = publication
        locked.save(update_fields=["status", "decided_at", "decided_by", "publication"])
    return publication


def return_publication(*, request: PublishRequest, by: User, reason: str) -> PublishRequest:
    """The director sends the document back with a reason. Side effects: request saved."""
    if not reason.strip():
        raise ValidationError({"reason": _("Say what should change before it is published.")})
    with transaction.atomic():
        locked = _pending(request)
        locked.status = PublishRequest.Status.RETURNED
        locked.decided_at = timezone.now()
        locked.decided_by = by
        locked.return_reason = reason.strip()
        locked.save(update_fields=["status", "decided_at", "decided_by", "return_reason"])
    return locked
