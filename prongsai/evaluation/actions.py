"""Changes in staff evaluation. Each owns its transaction and refuses with a ValidationError (a
Thai message) before writing anything."""

import copy
from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from prongsai.accounts.models import User
from prongsai.agencies.models import Agency
from prongsai.evaluation import queries, scoring
from prongsai.evaluation.models import (
    Assessment,
    CommitteeMember,
    EvaluationSettings,
    Evidence,
    Meeting,
    Round,
    StaffProfile,
    StaffType,
    Template,
)
from prongsai.evaluation.shipped import SHIPPED
from prongsai.lib.fiscal import fiscal_year_bounds


def install_templates(*, agency: Agency) -> dict[str, Template]:
    """Give the agency the shipped template of every staff type it lacks (idempotent)."""
    have = queries.templates_of(agency)
    with transaction.atomic():
        for staff_type, shipped in SHIPPED.items():
            if staff_type not in have:
                have[staff_type] = Template.objects.create(
                    agency=agency,
                    staff_type=staff_type,
                    name=shipped["name"],
                    source=shipped["source"],
                    structure=copy.deepcopy(shipped["structure"]),
                )
    return have


def save_template(
    *, template: Template, name: str, structure: list[dict[str, Any]], committee: bool = False
) -> None:
    """Change the agency's template; rounds already opened keep their frozen copy."""
    problems = scoring.weight_problems(structure)
    if problems:
        raise ValidationError(problems, code="weights")
    with transaction.atomic():
        template.name = name
        template.structure = structure
        template.committee = committee
        template.save()


def save_bands(*, options: EvaluationSettings, floors: Mapping[str, Any]) -> None:
    problems = scoring.band_problems(floors)
    if problems:
        raise ValidationError(problems, code="bands")
    with transaction.atomic():
        options.outstanding = floors[scoring.OUTSTANDING]
        options.very_good = floors[scoring.VERY_GOOD]
        options.good = floors[scoring.GOOD]
        options.fair = floors[scoring.FAIR]
        options.review_days = floors.get("review_days") or options.review_days
        options.save()


def set_staff_types(*, agency: Agency, types: Mapping[int, str]) -> None:
    with transaction.atomic():
        for user_id, staff_type in types.items():
            if staff_type in StaffType.values:
                StaffProfile.objects.update_or_create(
                    agency=agency, user_id=user_id, defaults={"staff_type": staff_type}
                )
            else:
                StaffProfile.objects.filter(agency=agency, user_id=user_id).delete()


def round_bounds(year: int, number: int) -> tuple[date, date]:
    """ครั้งที่ 1: 1 Oct – 31 Mar; ครั้งที่ 2: 1 Apr – 30 Sep of the fiscal year (B.E.)."""
    start, end = fiscal_year_bounds(year)
    if number == 1:
        return start, date(end.year, 3, 31)
    return date(end.year, 4, 1), end


def open_round(*, agency: Agency, year: int, number: int, by: User) -> Round:
    """Open round 1 or 2 of a fiscal year with a frozen copy of today's templates and bands."""
    if number not in (1, 2):
        raise ValidationError(_("Choose round 1 or round 2."), code="number")
    if Round.objects.filter(agency=agency, year=year, number=number).exists():
        raise ValidationError(
            _("Round %(number)d of %(year)d is already open.") % {"number": number, "year": year},
            code="exists",
        )
    templates = install_templates(agency=agency)
    with transaction.atomic():
        return Round.objects.create(
            agency=agency,
            year=year,
            number=number,
            opened_by=by,
            structures={
                key: {
                    "name": t.name,
                    "source": t.source,
                    "structure": t.structure,
                    "committee": t.committee,
                }
                for key, t in templates.items()
            },
            bands=queries.bands_of(queries.settings_of(agency)),
        )


def _open(round_: Round) -> None:
    if round_.closed_on is not None:
        raise ValidationError(_("This round is closed: nothing in it changes."), code="closed")


def add_participants(*, round_: Round, chosen: Sequence[tuple[User, User]]) -> int:
    """Add (person, assessor) pairs; each person needs a staff type, the assessor must be a unit
    head or the director, and nobody assesses themselves."""
    _open(round_)
    types = queries.staff_types(round_.agency)
    allowed = {user.pk for user in queries.assessors(round_.agency)}
    problems = []
    for person, assessor in chosen:
        name = {"name": person.display_name}
        if person.pk == assessor.pk:
            problems.append(_("%(name)s cannot assess themselves: name another assessor.") % name)
        elif assessor.pk not in allowed:
            problems.append(
                _("The assessor of %(name)s must be a unit head or the director.") % name
            )
        if types.get(person.pk) not in round_.structures:
            problems.append(_("%(name)s has no staff type yet: set it first.") % name)
    if problems:
        raise ValidationError(problems, code="participants")
    added = 0
    with transaction.atomic():
        for person, assessor in chosen:
            _row, created = Assessment.objects.update_or_create(
                round=round_,
                person=person,
                defaults={"assessor": assessor, "staff_type": types[person.pk]},
            )
            added += created
    return added


def publish_round(*, round_: Round, today: date | None = None) -> None:
    _open(round_)
    if round_.published_on is not None:
        return
    if not round_.assessments.exists():
        raise ValidationError(
            _("Choose the staff of the round before publishing it."), code="empty"
        )
    short = queries.short_committees(round_)
    if short:
        raise ValidationError(
            [
                _("Name a committee of at least three for %(name)s before publishing.")
                % {"name": person.display_name}
                for person in short
            ],
            code="committee",
        )
    with transaction.atomic():
        round_.published_on = today or timezone.localdate()
        round_.save(update_fields=["published_on"])


def record_meeting(*, round_: Round, held_on: date, attended: int, notes: str) -> Meeting:
    _open(round_)
    with transaction.atomic():
        return Meeting.objects.create(round=round_, held_on=held_on, attended=attended, notes=notes)


def close_round(*, round_: Round, today: date | None = None) -> None:
    _open(round_)
    if round_.published_on is None:
        raise ValidationError(_("A round is published before it is closed."), code="unpublished")
    with transaction.atomic():
        round_.closed_on = today or timezone.localdate()
        round_.save(update_fields=["closed_on"])


def has_committee(assessment: Assessment) -> bool:
    return assessment.by_committee


def structure_of(assessment: Assessment) -> list[dict[str, Any]]:
    return list(assessment.round.structures.get(assessment.staff_type, {}).get("structure", []))


def _assessing(assessment: Assessment) -> None:
    _open(assessment.round)
    if assessment.round.published_on is None:
        raise ValidationError(
            _("The criteria of this round are not published yet: assessment starts after."),
            code="unpublished",
        )


def _clean_scores(structure: list[dict[str, Any]], scores: Mapping[str, Any]) -> dict[str, int]:
    keys = {i.key for i in scoring.indicators(structure)}
    return {k: int(v) for k, v in scores.items() if k in keys and str(v).isdigit()}


def save_self_assessment(
    *, assessment: Assessment, scores: Mapping[str, Any], note: str, submit: bool
) -> None:
    """Keep the person's levels (a draft); `submit` hands them to the assessor (all scored)."""
    _assessing(assessment)
    if assessment.status != Assessment.Status.SELF:
        raise ValidationError(_("The self-assessment was already submitted."), code="submitted")
    structure = structure_of(assessment)
    problems = scoring.score_problems(structure, scores, require_all=submit)
    if problems:
        raise ValidationError(problems, code="scores")
    with transaction.atomic():
        assessment.self_scores = _clean_scores(structure, scores)
        assessment.self_note = note
        if submit:
            assessment.status = Assessment.Status.SUBMITTED
            assessment.self_submitted_at = timezone.now()
        assessment.save()


def add_evidence(
    *, assessment: Assessment, indicator: str, title: str, file: UploadedFile | None, link: str
) -> Evidence:
    _assessing(assessment)
    if assessment.status != Assessment.Status.SELF:
        raise ValidationError(_("The self-assessment was already submitted."), code="submitted")
    if indicator not in {i.key for i in scoring.indicators(structure_of(assessment))}:
        raise ValidationError(_("Choose the indicator the evidence is for."), code="indicator")
    if not file and not link:
        raise ValidationError(_("Attach a file or give a link."), code="empty")
    with transaction.atomic():
        return Evidence.objects.create(
            assessment=assessment, indicator=indicator, title=title, file=file or "", link=link
        )


def score_assessment(
    *, assessment: Assessment, by: User, scores: Mapping[str, Any], comment: str
) -> None:
    """The assessor's levels; the total and the result level follow from the round's frozen
    weights and bands."""
    _assessing(assessment)
    if by.pk == assessment.person_id:
        raise ValidationError(_("Nobody assesses themselves."), code="self")
    if has_committee(assessment):
        raise ValidationError(
            _("This form is scored by its committee: each member scores on their own page."),
            code="committee",
        )
    if assessment.status not in (Assessment.Status.SUBMITTED, Assessment.Status.ASSESSED):
        raise ValidationError(
            _("Only a submitted self-assessment that is not yet acknowledged can be scored."),
            code="status",
        )
    structure = structure_of(assessment)
    problems = scoring.score_problems(structure, scores)
    if problems:
        raise ValidationError(problems, code="scores")
    clean = _clean_scores(structure, scores)
    total = scoring.total_score(structure, clean)
    with transaction.atomic():
        assessment.scores = clean
        assessment.comment = comment
        assessment.total = total
        assessment.result = scoring.result_level(total, assessment.round.bands)
        assessment.status = Assessment.Status.ASSESSED
        assessment.assessed_at = timezone.now()
        assessment.save()


def acknowledge_result(*, assessment: Assessment, agree: bool, reason: str = "") -> None:
    if assessment.status != Assessment.Status.ASSESSED:
        raise ValidationError(_("There is no result to acknowledge yet."), code="status")
    if not agree and not reason.strip():
        raise ValidationError(_("Say why you disagree with the result."), code="reason")
    with transaction.atomic():
        assessment.status = Assessment.Status.ACKNOWLEDGED if agree else Assessment.Status.DISAGREED
        assessment.disagreement = "" if agree else reason.strip()
        assessment.acknowledged_at = timezone.now()
        assessment.save()


def record_refusal(
    *, assessment: Assessment, by: User, informed_on: date, witness: str, today: date | None = None
) -> None:
    """The assessor (or the director) records that the person was told the result on
    `informed_on` and declined to sign, with a witness (the form's part 4)."""
    if by.pk == assessment.person_id:
        raise ValidationError(_("The person acknowledges their result themselves."), code="self")
    if assessment.status != Assessment.Status.ASSESSED:
        raise ValidationError(_("There is no result to acknowledge yet."), code="status")
    if informed_on > (today or timezone.localdate()):
        raise ValidationError(_("The day the person was told cannot be in the future."), code="day")
    if not witness.strip():
        raise ValidationError(_("Name the witness."), code="witness")
    with transaction.atomic():
        assessment.status = Assessment.Status.REFUSED
        assessment.informed_on = informed_on
        assessment.witness = witness.strip()
        assessment.save()


def reopen_assessment(*, assessment: Assessment, reason: str) -> None:
    """The director sends a submitted assessment back to the person's self-assessment, with a
    recorded reason (audited); the assessor's scores go, the person's levels stay to edit."""
    _assessing(assessment)
    if assessment.status not in (Assessment.Status.SUBMITTED, Assessment.Status.ASSESSED):
        raise ValidationError(
            _("Only a submitted assessment whose result is not yet acknowledged can be reopened."),
            code="status",
        )
    if not reason.strip():
        raise ValidationError(_("Say why the assessment is reopened."), code="reason")
    with transaction.atomic():
        assessment.status = Assessment.Status.SELF
        assessment.reopened_reason = reason.strip()
        assessment.scores = {}
        assessment.total = None
        assessment.result = ""
        assessment.assessed_at = None
        assessment.self_submitted_at = None
        assessment.save()
        CommitteeMember.objects.filter(assessment=assessment).update(
            scores={}, comment="", total=None, scored_at=None
        )
