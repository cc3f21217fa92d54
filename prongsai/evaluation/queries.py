"""Reads of the evaluation module: templates, rounds, assessments by who may see them, and the
aggregates the public reads (counts only)."""

from collections import Counter
from collections.abc import Sequence
from typing import Any

from django.db.models import Count, Q, QuerySet

from prongsai.accounts.models import User
from prongsai.agencies.models import Agency, Membership
from prongsai.agencies.roles import Role
from prongsai.evaluation import pay, scoring
from prongsai.evaluation.models import (
    Assessment,
    CommitteeMember,
    EvaluationSettings,
    PayTable,
    ReviewRequest,
    Round,
    StaffProfile,
    StaffType,
    Template,
)

MAX_ROWS = 2000
SMALLEST_GROUP = 5  # the public report hides a group of fewer people (no one is identifiable)
DONE = (
    Assessment.Status.ASSESSED,
    Assessment.Status.ACKNOWLEDGED,
    Assessment.Status.DISAGREED,
    Assessment.Status.REFUSED,
)


def templates_of(agency: Agency) -> dict[str, Template]:
    return {t.staff_type: t for t in Template.objects.filter(agency=agency)}


def template_of(agency: Agency, staff_type: str) -> Template | None:
    return Template.objects.filter(agency=agency, staff_type=staff_type).first()


def settings_of(agency: Agency) -> EvaluationSettings:
    return EvaluationSettings.objects.filter(agency=agency).first() or EvaluationSettings(
        agency=agency
    )


def bands_of(options: EvaluationSettings) -> dict[str, str]:
    return {
        scoring.OUTSTANDING: str(options.outstanding),
        scoring.VERY_GOOD: str(options.very_good),
        scoring.GOOD: str(options.good),
        scoring.FAIR: str(options.fair),
    }


def people(agency: Agency) -> list[User]:
    """Everyone working in the agency (a supervisor of the office above is not its staff)."""
    ids = (
        Membership.objects.filter(agency=agency)
        .exclude(role=Role.SUPERVISOR)
        .values_list("user_id", flat=True)
    )
    return list(User.objects.filter(pk__in=ids).order_by("first_name", "last_name", "pk"))


def staff_types(agency: Agency) -> dict[int, str]:
    return dict(StaffProfile.objects.filter(agency=agency).values_list("user_id", "staff_type"))


def assessors(agency: Agency) -> list[User]:
    ids = Membership.objects.filter(
        agency=agency, role__in=(Role.UNIT_HEAD, Role.DIRECTOR)
    ).values_list("user_id", flat=True)
    return list(User.objects.filter(pk__in=ids).order_by("first_name", "last_name", "pk"))


def rounds(agency: Agency) -> list[Round]:
    return list(Round.objects.filter(agency=agency)[:MAX_ROWS])


def round_of(agency: Agency, pk: int) -> Round | None:
    return Round.objects.filter(agency=agency, pk=pk).first()


def published_rounds(agency: Agency, year: int | None = None) -> list[Round]:
    found = Round.objects.filter(agency=agency, published_on__isnull=False)
    if year is not None:
        found = found.filter(year=year)
    return list(found.prefetch_related("meetings")[:MAX_ROWS])


def _assessments() -> QuerySet[Assessment]:
    return Assessment.objects.select_related("round", "person", "assessor")


def assessment_of(agency: Agency, pk: int) -> Assessment | None:
    return _assessments().filter(round__agency=agency, pk=pk).first()


def own_assessment(round_: Round, user: User) -> Assessment | None:
    return _assessments().filter(round=round_, person=user).first()


def round_assessments(round_: Round) -> list[Assessment]:
    return list(_assessments().filter(round=round_)[:MAX_ROWS])


def mine(agency: Agency, user: User) -> list[Assessment]:
    return list(_assessments().filter(round__agency=agency, person=user)[:MAX_ROWS])


def to_assess(agency: Agency, user: User) -> list[Assessment]:
    return list(
        _assessments().filter(round__agency=agency, assessor=user).exclude(person=user)[:MAX_ROWS]
    )


def todo_of(agency: Agency, user: User) -> list[Assessment]:
    """Open rounds' assessments waiting for this person: their own self-assessment or
    acknowledgement, and the ones they assess that were submitted."""
    waiting = Q(person=user, status__in=(Assessment.Status.SELF, Assessment.Status.ASSESSED))
    waiting |= Q(assessor=user, status=Assessment.Status.SUBMITTED)
    return list(
        _assessments()
        .filter(waiting, round__agency=agency, round__published_on__isnull=False)
        .filter(round__closed_on__isnull=True)[:MAX_ROWS]
    )


def evidence_of(assessment: Assessment) -> list[Any]:
    return list(assessment.evidence.all()[:MAX_ROWS])


def distribution(rows: Sequence[tuple[str, str]], smallest: int = SMALLEST_GROUP) -> dict[str, Any]:
    """Counts per staff type and level from (staff type, level) pairs; a staff type with fewer
    than `smallest` people is shown as one suppressed row (the director's page: 1)."""
    by_type: dict[str, Counter[str]] = {}
    for staff_type, level in rows:
        by_type.setdefault(staff_type, Counter())[level] += 1
    groups = []
    for staff_type in StaffType.values:
        counts = by_type.get(staff_type)
        if not counts:
            continue
        size = sum(counts.values())
        shown = size >= smallest
        groups.append(
            {
                "code": staff_type,
                "staff_type": StaffType(staff_type).label,
                "size": size if shown else None,
                "counts": [counts.get(code, 0) for code in scoring.LEVELS] if shown else None,
            }
        )
    totals = Counter(level for _type, level in rows)
    everyone = len(rows)
    # The total row would give away a hidden group's levels by subtraction (total − the shown
    # groups), unless the hidden people together are a group big enough to show.
    hidden = sum(
        sum(counts.values()) for counts in by_type.values() if 0 < sum(counts.values()) < smallest
    )
    shown_total = everyone >= smallest and (hidden == 0 or hidden >= smallest)
    return {
        "groups": groups,
        "total": everyone if everyone >= smallest else None,
        "counts": [totals.get(c, 0) for c in scoring.LEVELS] if shown_total else None,
        "levels": list(scoring.LEVELS.values()),
    }


def year_results(agency: Agency, year: int) -> list[dict[str, Any]]:
    """Each closed round of the fiscal year with results, and its aggregate distribution (an
    open round is not shown: counts that change as results come in would tell, by comparing two
    days, the level of the person assessed in between)."""
    reports = []
    closed = Round.objects.filter(agency=agency, year=year, closed_on__isnull=False)
    for round_ in closed.order_by("number"):
        rows = list(
            Assessment.objects.filter(round=round_, status__in=DONE).values_list(
                "staff_type", "result"
            )
        )
        if rows:
            reports.append(
                {"round": round_, **distribution(rows), "reviews": review_counts(round_)}
            )
    return reports


def years_with_rounds(agency: Agency) -> list[int]:
    return sorted(
        set(Round.objects.filter(agency=agency).values_list("year", flat=True)), reverse=True
    )


def round_summary(assessments: Sequence[Assessment]) -> dict[str, Any]:
    """The director's view of a round: the distribution with nothing suppressed, and how many
    results were acknowledged (agreeing, disagreeing, or told and declined to sign)."""
    done = [a for a in assessments if a.status in DONE]
    read = [a for a in done if a.status != Assessment.Status.ASSESSED]
    return {
        **distribution([(a.staff_type, a.result) for a in done], smallest=1),
        "assessed": len(done),
        "acknowledged": len(read),
        "disagreed": sum(a.status == Assessment.Status.DISAGREED for a in done),
        "refused": sum(a.status == Assessment.Status.REFUSED for a in done),
    }


def committee_types(round_: Round) -> list[str]:
    return [kind for kind, frozen in round_.structures.items() if frozen.get("committee")]


def short_committees(round_: Round) -> list[User]:
    """People of the round whose form asks for a committee and who have fewer than three."""
    found = (
        Assessment.objects.filter(round=round_, staff_type__in=committee_types(round_))
        .annotate(seats=Count("committee"))
        .filter(seats__lt=3)
        .select_related("person")
    )
    return [item.person for item in found[:MAX_ROWS]]


def committee_of(assessment: Assessment) -> list[CommitteeMember]:
    return list(CommitteeMember.objects.filter(assessment=assessment).select_related("member"))


def seat_of(assessment: Assessment, user: User) -> CommitteeMember | None:
    return CommitteeMember.objects.filter(assessment=assessment, member=user).first()


def committee_ids(assessment: Assessment) -> set[int]:
    return set(
        CommitteeMember.objects.filter(assessment=assessment).values_list("member_id", flat=True)
    )


def seats_to_score(agency: Agency, user: User) -> list[CommitteeMember]:
    """Committee seats of this person waiting for their scores in open, published rounds."""
    return list(
        CommitteeMember.objects.filter(
            member=user,
            scored_at__isnull=True,
            assessment__round__agency=agency,
            assessment__round__published_on__isnull=False,
            assessment__round__closed_on__isnull=True,
            assessment__status=Assessment.Status.SUBMITTED,
        ).select_related("assessment__round", "assessment__person")[:MAX_ROWS]
    )


def review_of(assessment: Assessment) -> ReviewRequest | None:
    return ReviewRequest.objects.filter(assessment=assessment).first()


def reviews_waiting(agency: Agency) -> list[ReviewRequest]:
    """Review requests of the agency the director has not answered yet."""
    return list(
        ReviewRequest.objects.filter(
            assessment__round__agency=agency, answered_at__isnull=True
        ).select_related("assessment__person", "assessment__round")[:MAX_ROWS]
    )


def review_counts(round_: Round) -> dict[str, int]:
    """How many asked for a review in a round, and how the director answered."""
    outcomes = list(
        ReviewRequest.objects.filter(assessment__round=round_).values_list("outcome", flat=True)
    )
    return {
        "requested": len(outcomes),
        "kept": outcomes.count(ReviewRequest.Outcome.KEPT),
        "changed": outcomes.count(ReviewRequest.Outcome.CHANGED),
        "waiting": outcomes.count(""),
    }


def pay_table_of(round_: Round, staff_type: str) -> PayTable | None:
    return PayTable.objects.filter(round=round_, staff_type=staff_type).first()


def pay_rows(round_: Round, staff_type: str) -> list[tuple[Assessment, str]]:
    """The people of a staff type with a result in the round, and their level."""
    found = _assessments().filter(round=round_, staff_type=staff_type, status__in=DONE)
    return [(item, item.result) for item in found[:MAX_ROWS]]


def without_result(round_: Round, staff_type: str) -> int:
    return (
        Assessment.objects.filter(round=round_, staff_type=staff_type)
        .exclude(status__in=DONE)
        .count()
    )


def round_staff_types(round_: Round) -> list[str]:
    present = set(Assessment.objects.filter(round=round_).values_list("staff_type", flat=True))
    return [kind for kind in StaffType.values if kind in present]


def own_pay(assessment: Assessment) -> Any:
    """The person's amount in an approved table of their round and staff type, else None."""
    table = PayTable.objects.filter(
        round=assessment.round_id, staff_type=assessment.staff_type, approved_at__isnull=False
    ).first()
    if table is None or assessment.status not in DONE:
        return None
    rows = pay_rows(assessment.round, assessment.staff_type)
    given = pay.amounts([level for _item, level in rows], table.pool, table.shares)
    return next(
        (a for (item, _l), a in zip(rows, given, strict=True) if item.pk == assessment.pk), None
    )


def readable_by(agency: Agency, user: User, *, everyone: bool) -> list[Assessment]:
    """The assessments a person may read: theirs, those they assess, those whose committee they
    sit on; `everyone` (the director): all of the agency."""
    found = _assessments().filter(round__agency=agency)
    if not everyone:
        found = found.filter(Q(person=user) | Q(assessor=user) | Q(committee__member=user))
    return list(found.distinct()[:MAX_ROWS])
