"""Review requests: within the agency's number of days after the result was given, the person
asks for a review with a reason; the director answers (the result stands, or a new total with
its level). Each function owns its transaction and refuses with a Thai message first."""

from datetime import date, timedelta
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from prongsai.accounts.models import User
from prongsai.evaluation import queries, scoring
from prongsai.evaluation.models import Assessment, ReviewRequest
from prongsai.lib.thai import thai_date


def review_deadline(assessment: Assessment) -> date | None:
    """The last day a review can be requested (None before there is a result)."""
    if assessment.assessed_at is None or assessment.status not in queries.DONE:
        return None
    days = queries.settings_of(assessment.round.agency).review_days
    given = timezone.localdate(assessment.assessed_at)
    return given + timedelta(days=max(days, 1) - 1)


def request_review(
    *, assessment: Assessment, reason: str, today: date | None = None
) -> ReviewRequest:
    deadline = review_deadline(assessment)
    if deadline is None:
        raise ValidationError(_("There is no result to review yet."), code="status")
    if queries.review_of(assessment) is not None:
        raise ValidationError(
            _("You have already asked for a review of this result."), code="twice"
        )
    if (today or timezone.localdate()) > deadline:
        raise ValidationError(
            _("A review could be requested until %(day)s; that time has passed.")
            % {"day": thai_date(deadline)},
            code="late",
        )
    if not reason.strip():
        raise ValidationError(_("Say why the result should be reviewed."), code="reason")
    with transaction.atomic():
        return ReviewRequest.objects.create(assessment=assessment, reason=reason.strip())


def answer_review(
    *,
    review: ReviewRequest,
    by: User,
    outcome: str,
    answer: str,
    new_total: Decimal | None = None,
) -> None:
    """The director's answer; a changed result takes the new total and its level from the
    round's bands (the old total is kept on the request)."""
    assessment = review.assessment
    if review.answered_at is not None:
        raise ValidationError(_("This request was already answered."), code="answered")
    if by.pk == assessment.person_id:
        raise ValidationError(_("Nobody answers their own review request."), code="self")
    problems = []
    if outcome not in ReviewRequest.Outcome.values:
        problems.append(_("Choose whether the result stands or is changed."))
    if not answer.strip():
        problems.append(_("Write the answer the person will read."))
    if outcome == ReviewRequest.Outcome.CHANGED and (
        new_total is None or not Decimal(0) <= new_total <= scoring.HUNDRED
    ):
        problems.append(_("Type the new total, a number from 0 to 100."))
    if problems:
        raise ValidationError(problems, code="answer")
    with transaction.atomic():
        review.outcome = outcome
        review.answer = answer.strip()
        review.answered_by = by
        review.answered_at = timezone.now()
        if outcome == ReviewRequest.Outcome.CHANGED and new_total is not None:
            review.old_total = assessment.total
            assessment.total = scoring.rounded(new_total)
            assessment.result = scoring.result_level(assessment.total, assessment.round.bands)
            assessment.save(update_fields=["total", "result"])
        review.save()
