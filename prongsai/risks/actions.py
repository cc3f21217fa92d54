"""Changes to a risk assessment: start a year, its settings, risks, measures, follow-ups,
approval and publication.

Each owns its transaction and refuses with a ValidationError (a Thai message) before writing,
so nothing is half-saved. Risks and measures change only while the assessment is a draft; an
approved or published one is reopened by the director first. Follow-ups are recorded at any
time (they are the year's work on the measures).
"""

from dataclasses import asdict, dataclass
from datetime import date

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.translation import gettext as _

from prongsai.accounts.models import User
from prongsai.agencies.models import Agency
from prongsai.lib.fiscal import fiscal_year_bounds, is_plausible_year
from prongsai.risks import queries, rules
from prongsai.risks.models import Assessment, FollowUp, Risk, RiskMeasure


@dataclass(frozen=True)
class RiskData:
    process: str
    description: str
    involved_roles: str
    likelihood: int
    impact: int
    existing_controls: str = ""
    plan_measure: str = ""


@dataclass(frozen=True)
class MeasureData:
    action: str
    owner: str
    due_on: date


@dataclass(frozen=True)
class FollowUpData:
    round: str
    recorded_on: date
    done: str
    progress: str


def _touch(assessment: Assessment) -> None:
    Assessment.objects.filter(pk=assessment.pk).update(changed_at=timezone.now())


def _must_be_draft(assessment: Assessment) -> None:
    if assessment.status != Assessment.Status.DRAFT:
        raise ValidationError(
            _(
                "The assessment has been approved: the director must return it to draft "
                "before risks or measures change."
            ),
            code="not_draft",
        )


def _moved_on(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def start_assessment(*, agency: Agency, year: int, by: User) -> Assessment:
    """The year's assessment: last year's risks, controls and measures (due dates moved on by
    the years between), to be assessed again; or an empty one the first time."""
    if not is_plausible_year(year):
        raise ValidationError(_("Choose a fiscal year in the Buddhist era, for example 2568."))
    previous = queries.latest_before(agency, year)
    try:
        with transaction.atomic():
            created = Assessment.objects.create(agency=agency, year=year, created_by=by)
            if previous is None:
                return created
            for field in ("medium_from", "high_from", "very_high_from", "bands_source"):
                setattr(created, field, getattr(previous, field))
            created.save()
            gap = year - previous.year
            for risk in previous.risks.prefetch_related("measures"):
                measures = list(risk.measures.all())
                risk.pk = None
                risk.assessment = created
                risk.save()
                RiskMeasure.objects.bulk_create(
                    RiskMeasure(
                        risk=risk,
                        action=measure.action,
                        owner=measure.owner,
                        due_on=_moved_on(measure.due_on, gap),
                    )
                    for measure in measures
                )
            return created
    except IntegrityError:
        raise ValidationError(_("The assessment of this year has already been started.")) from None


def save_settings(
    *, assessment: Assessment, summary: str, bands: rules.Bands, source: str
) -> Assessment:
    _must_be_draft(assessment)
    bands.check()
    if not source.strip():
        raise ValidationError(_("Name the source of the risk bands."), code="source")
    with transaction.atomic():
        locked = Assessment.objects.select_for_update().get(pk=assessment.pk)
        _must_be_draft(locked)
        locked.summary = summary.strip()
        locked.medium_from = bands.medium_from
        locked.high_from = bands.high_from
        locked.very_high_from = bands.very_high_from
        locked.bands_source = source.strip()
        locked.save()
    return locked


def _check_risk(data: RiskData) -> dict[str, object]:
    if data.likelihood not in rules.SCALE or data.impact not in rules.SCALE:
        raise ValidationError(_("Likelihood and impact go from 1 to 5."), code="scale")
    return {
        key: value.strip() if isinstance(value, str) else value
        for key, value in asdict(data).items()
    }


def add_risk(*, assessment: Assessment, data: RiskData) -> Risk:
    values = _check_risk(data)
    with transaction.atomic():
        locked = Assessment.objects.select_for_update().get(pk=assessment.pk)
        _must_be_draft(locked)
        last = locked.risks.aggregate(last=Max("number"))["last"] or 0
        risk = Risk.objects.create(assessment=locked, number=last + 1, **values)
        locked.save(update_fields=["changed_at"])
    return risk


def update_risk(*, risk: Risk, data: RiskData) -> Risk:
    values = _check_risk(data)
    with transaction.atomic():
        locked = Assessment.objects.select_for_update().get(pk=risk.assessment_id)
        _must_be_draft(locked)
        Risk.objects.filter(pk=risk.pk).update(**values)
        locked.save(update_fields=["changed_at"])
    risk.refresh_from_db()
    return risk


def remove_risk(*, risk: Risk) -> None:
    """Remove a risk with its measures and follow-ups; the later risks move up a number."""
    with transaction.atomic():
        locked = Assessment.objects.select_for_update().get(pk=risk.assessment_id)
        _must_be_draft(locked)
        number = risk.number
        Risk.objects.filter(pk=risk.pk).delete()
        for later in locked.risks.filter(number__gt=number).order_by("number"):
            later.number -= 1
            later.save(update_fields=["number"])
        locked.save(update_fields=["changed_at"])


def _check_due(assessment: Assessment, due_on: date) -> None:
    start, end = fiscal_year_bounds(assessment.year)
    if not start <= due_on <= end:
        raise ValidationError(
            _("The due date must fall in fiscal year %(year)s (1 October to 30 September).")
            % {"year": assessment.year},
            code="due_outside_year",
        )


def add_measure(*, risk: Risk, data: MeasureData) -> RiskMeasure:
    _check_due(risk.assessment, data.due_on)
    with transaction.atomic():
        locked = Assessment.objects.select_for_update().get(pk=risk.assessment_id)
        _must_be_draft(locked)
        measure = RiskMeasure.objects.create(
            risk=risk, action=data.action.strip(), owner=data.owner.strip(), due_on=data.due_on
        )
        locked.save(update_fields=["changed_at"])
    return measure


def update_measure(*, measure: RiskMeasure, data: MeasureData) -> RiskMeasure:
    _check_due(measure.risk.assessment, data.due_on)
    with transaction.atomic():
        locked = Assessment.objects.select_for_update().get(pk=measure.risk.assessment_id)
        _must_be_draft(locked)
        measure.action, measure.owner = data.action.strip(), data.owner.strip()
        measure.due_on = data.due_on
        measure.save()
        locked.save(update_fields=["changed_at"])
    return measure


def remove_measure(*, measure: RiskMeasure) -> None:
    with transaction.atomic():
        locked = Assessment.objects.select_for_update().get(pk=measure.risk.assessment_id)
        _must_be_draft(locked)
        RiskMeasure.objects.filter(pk=measure.pk).delete()
        locked.save(update_fields=["changed_at"])


def follow_up_window(year: int) -> tuple[date, date]:
    """A follow-up is dated in the fiscal year or up to 31 December after it (the annual
    report is written once the year has closed)."""
    start, end = fiscal_year_bounds(year)
    return start, date(end.year, 12, 31)


def record_follow_up(
    *, measure: RiskMeasure, data: FollowUpData, by: User, today: date | None = None
) -> FollowUp:
    today = today or timezone.localdate()
    start, last = follow_up_window(measure.risk.assessment.year)
    if data.recorded_on > today:
        raise ValidationError(_("The date is in the future: record what has been done."))
    if not start <= data.recorded_on <= last:
        raise ValidationError(
            _("The date must fall between %(start)s and %(last)s (the fiscal year and its close).")
            % {"start": _date_text(start), "last": _date_text(last)},
            code="outside_year",
        )
    if data.round not in FollowUp.Round.values or data.progress not in FollowUp.Progress.values:
        raise ValidationError(_("Choose the round and the status from the lists."))
    with transaction.atomic():
        found = FollowUp.objects.create(
            measure=measure,
            round=data.round,
            recorded_on=data.recorded_on,
            done=data.done.strip(),
            progress=data.progress,
            recorded_by=by,
        )
        _touch(measure.risk.assessment)
    return found


def _date_text(day: date) -> str:
    from prongsai.lib.thai import thai_date

    return thai_date(day)


def approve_assessment(*, assessment: Assessment, by: User) -> Assessment:
    """The director approves the draft (who and when recorded); it needs at least one risk."""
    if not queries.is_head(by, assessment.agency):
        raise ValidationError(_("Only the director approves the assessment."))
    with transaction.atomic():
        locked = Assessment.objects.select_for_update().get(pk=assessment.pk)
        if locked.status != Assessment.Status.DRAFT:
            raise ValidationError(_("The assessment has already been approved."))
        if not locked.risks.exists():
            raise ValidationError(_("Add at least one risk before approving the assessment."))
        locked.status = Assessment.Status.APPROVED
        locked.approved_by = by
        locked.approved_at = timezone.now()
        locked.save()
    return locked


def publish_assessment(*, assessment: Assessment) -> Assessment:
    with transaction.atomic():
        locked = Assessment.objects.select_for_update().get(pk=assessment.pk)
        if locked.status == Assessment.Status.DRAFT:
            raise ValidationError(
                _("The director must approve the assessment before it is published.")
            )
        if locked.status == Assessment.Status.PUBLISHED:
            raise ValidationError(_("The assessment is already published."))
        locked.status = Assessment.Status.PUBLISHED
        locked.published_at = timezone.now()
        locked.save()
    return locked


def reopen_assessment(*, assessment: Assessment, by: User) -> Assessment:
    """The director returns an approved or published assessment to draft (it leaves the public
    page until approved and published again)."""
    if not queries.is_head(by, assessment.agency):
        raise ValidationError(_("Only the director returns the assessment to draft."))
    with transaction.atomic():
        locked = Assessment.objects.select_for_update().get(pk=assessment.pk)
        if locked.status == Assessment.Status.DRAFT:
            raise ValidationError(_("The assessment is already a draft."))
        locked.status = Assessment.Status.DRAFT
        locked.approved_by = None
        locked.approved_at = None
        locked.published_at = None
        locked.save()
    return locked


def default_round(day: date) -> str:
    """The six-month round runs to 31 March; after it, the annual round."""
    from prongsai.lib.fiscal import fiscal_year, half_year_bounds

    return (
        FollowUp.Round.SIX_MONTH
        if day <= half_year_bounds(fiscal_year(day))[1]
        else FollowUp.Round.ANNUAL
    )
