"""The committee of an assessment whose form asks for one: named by the director before anyone
scores (at least three, never the person assessed), each member scores every indicator, and the
result is the average of the members' totals. Each function owns its transaction and refuses
with a Thai message before writing anything."""

from collections.abc import Mapping, Sequence
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from prongsai.accounts.models import User
from prongsai.evaluation import queries, scoring
from prongsai.evaluation.actions import (
    _assessing,
    _clean_scores,
    _open,
    has_committee,
    structure_of,
)
from prongsai.evaluation.models import Assessment, CommitteeMember

SMALLEST_COMMITTEE = 3


def name_committee(*, assessment: Assessment, members: Sequence[User]) -> None:
    _open(assessment.round)
    if not has_committee(assessment):
        raise ValidationError(
            _("This person's form is not scored by a committee."), code="no_committee"
        )
    chosen = {user.pk: user for user in members}
    problems = []
    if assessment.person_id in chosen:
        problems.append(
            _("%(name)s is the person assessed and cannot sit on their own committee.")
            % {"name": assessment.person.display_name}
        )
    if len(chosen) < SMALLEST_COMMITTEE:
        problems.append(
            _("A committee has at least three members: %(n)d chosen.") % {"n": len(chosen)}
        )
    staff = {user.pk for user in queries.people(assessment.round.agency)}
    if set(chosen) - staff:
        problems.append(_("Choose the committee among the people of the school."))
    seats = queries.committee_of(assessment)
    if any(seat.scored_at for seat in seats):
        problems.append(_("The committee has begun scoring: its members can no longer change."))
    if problems:
        raise ValidationError(problems, code="committee")
    with transaction.atomic():
        CommitteeMember.objects.filter(assessment=assessment).exclude(
            member_id__in=list(chosen)
        ).delete()
        have = {seat.member_id for seat in seats}
        for user_id in chosen:
            if user_id not in have:
                CommitteeMember.objects.create(assessment=assessment, member_id=user_id)


def score_as_member(
    *, assessment: Assessment, member: User, scores: Mapping[str, Any], comment: str
) -> None:
    """A member's levels; when every member has scored, the assessment's result is the average
    of their totals (the summary shows each indicator's average level)."""
    _assessing(assessment)
    if assessment.status not in (Assessment.Status.SUBMITTED, Assessment.Status.ASSESSED):
        raise ValidationError(
            _("Only a submitted self-assessment that is not yet acknowledged can be scored."),
            code="status",
        )
    seat = queries.seat_of(assessment, member)
    if seat is None:
        raise ValidationError(_("You are not on this person's committee."), code="member")
    structure = structure_of(assessment)
    problems = scoring.score_problems(structure, scores)
    if problems:
        raise ValidationError(problems, code="scores")
    clean = _clean_scores(structure, scores)
    now = timezone.now()
    with transaction.atomic():
        seat.scores = clean
        seat.comment = comment
        seat.total = scoring.total_score(structure, clean)
        seat.scored_at = now
        seat.save()
        seats = queries.committee_of(assessment)
        if all(other.scored_at for other in seats):
            given = [other.scores for other in seats]
            assessment.scores = scoring.mean_levels(structure, given)
            assessment.total = scoring.committee_total(structure, given)
            assessment.result = scoring.result_level(assessment.total, assessment.round.bands)
            assessment.comment = "\n".join(
                f"{other.member.display_name}: {other.comment}" for other in seats if other.comment
            )
            assessment.status = Assessment.Status.ASSESSED
            assessment.assessed_at = now
            assessment.save()
