"""Readiness for the ITA: the year's results, the IIT/EIT campaign and the readiness of a year
(awareness activities are in activities.py).

Writes are `verb_noun(*, …)` owning their transaction; reads return plain dataclasses. The
readiness pages (readiness_views.py) call these; nothing here knows about requests or forms.
"""

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Count
from django.utils import timezone
from django.utils.translation import gettext as _

from prongsai.accounts.models import User
from prongsai.agencies.models import Agency, Membership
from prongsai.lib.thai import thai_date, to_thai_digits
from prongsai.measures import standard
from prongsai.measures.actions import RowData, add_row, save_row, start_standard_plan
from prongsai.measures.models import Measure, MeasureRow, Plan
from prongsai.oit import queries, ratings
from prongsai.oit.models import Campaign, CampaignTick, ItaResult
from prongsai.oit.overview import item_states_many
from prongsai.outbox.actions import queue_mail

# --- ITA results ----------------------------------------------------------------------------


def save_result(
    *,
    agency: Agency,
    year: int,
    total: Decimal,
    iit: Decimal,
    eit: Decimal,
    oit: Decimal,
    indicators: Mapping[int, Decimal],
) -> ItaResult:
    """Enter or correct the official scores of a year.

    Side effects: the result saved (audit log).
    """
    scores = {str(number): float(indicators[number]) for number in ratings.INDICATORS}
    with transaction.atomic():
        result, _created = ItaResult.objects.update_or_create(
            agency=agency,
            year=year,
            defaults={"total": total, "iit": iit, "eit": eit, "oit": oit, "indicators": scores},
        )
    return result


def rating_of(result: ItaResult) -> str:
    return ratings.rating(
        result.year, float(result.total), float(result.iit), float(result.eit), float(result.oit)
    )


def weak_of(result: ItaResult) -> list[tuple[int, str, float]]:
    return ratings.weak_indicators(result.indicators or {})


def weak_step(number: int, name: str, score: float, year: int) -> str:
    """The step the analysis of a weak indicator adds to next year's plan (plan text: Thai)."""
    return f"{_weak_marker(number)}{name} (คะแนน {score:.2f} ปี {year})"


def _weak_marker(number: int) -> str:
    return f"ปรับปรุงจุดอ่อนตัวชี้วัดที่ {number} "


def _already_seeded(rows: Iterable[MeasureRow], number: int, year: int) -> bool:
    marker, tail = _weak_marker(number), f"ปี {year})"
    return any(
        isinstance(step, str) and step.startswith(marker) and tail in step
        for row in rows
        for step in row.steps
    )


def _is_blank(row: MeasureRow) -> bool:
    return (
        not row.steps
        and not row.summary
        and not row.outcome
        and not row.responsible_text.strip()
        and not row.responsible_units.all()  # prefetched
    )


def seed_measures(*, result: ItaResult) -> int:
    """Next year's measures from this result's weak indicators (below 85), the O42 analysis.

    For each weak indicator, one row with the step "ปรับปรุงจุดอ่อนตัวชี้วัดที่ N …" in the
    measure of the same number of the plan of `result.year + 1` (started with the ten standard
    measures when there is none). The empty placeholder row of a measure is used first. Running
    it again adds nothing for indicators already seeded from this year. Returns the rows filled.

    Side effects: a plan, measure and rows saved (audit log).
    """
    weak = weak_of(result)
    if not weak:
        return 0
    agency, year = result.agency, result.year + 1
    added = 0
    with transaction.atomic():
        plan = Plan.objects.filter(agency=agency, fiscal_year=year).first()
        if plan is None:
            plan = start_standard_plan(agency=agency, year=year)
        measures = {
            measure.number: measure
            for measure in plan.measures.prefetch_related("rows__responsible_units")
        }
        for number, name, score in weak:
            measure = measures.get(number)
            if measure is None:
                # An imported plan may lack a measure; add it under its standard number.
                measure = Measure.objects.create(
                    plan=plan,
                    number=number,
                    name=standard.STANDARD_MEASURES[number - 1],
                    heading_tail=standard.HEADING_TAIL,
                )
            rows = list(measure.rows.all())
            if _already_seeded(rows, number, result.year):
                continue
            row = next((row for row in rows if _is_blank(row)), None) or add_row(measure=measure)
            save_row(
                row=row,
                data=RowData(
                    steps=[weak_step(number, name, score, result.year)],
                    responsible_units=[],
                    responsible_text="",
                    summary=[],
                    outcome=[],
                    due_text=row.due_text or f"กันยายน {to_thai_digits(year)}",
                ),
            )
            added += 1
    return added


# --- The IIT/EIT campaign -------------------------------------------------------------------


def campaign_of(agency: Agency, year: int) -> Campaign | None:
    return Campaign.objects.filter(agency=agency, year=year).first()


def save_campaign(
    *,
    agency: Agency,
    year: int,
    eligible_staff: int,
    iit_url: str,
    eit_url: str,
    closes_on: date | None,
) -> Campaign:
    """Side effects: the campaign of the year saved (audit log)."""
    with transaction.atomic():
        campaign, _created = Campaign.objects.update_or_create(
            agency=agency,
            year=year,
            defaults={
                "eligible_staff": eligible_staff,
                "iit_url": iit_url,
                "eit_url": eit_url,
                "closes_on": closes_on,
            },
        )
    return campaign


def is_member(user: User, agency: Agency) -> bool:
    """Holds a role in the agency itself (a supervisor reaching it from above does not)."""
    return Membership.objects.filter(user=user, agency=agency).exists()


def tick_campaign(*, campaign: Campaign, user: User) -> bool:
    """Record "I have answered" (never what). True when new, False when already ticked.

    Side effects: a tick saved.
    """
    if not is_member(user, campaign.agency):
        raise ValidationError(_("Only people of this agency answer its IIT questionnaire."))
    _tick, created = CampaignTick.objects.get_or_create(campaign=campaign, user=user)
    return created


def has_ticked(campaign: Campaign | None, user: User) -> bool:
    return campaign is not None and campaign.ticks.filter(user=user).exists()


@dataclass(frozen=True)
class UnitProgress:
    name: str
    members: int
    ticked: int


@dataclass(frozen=True)
class CampaignProgress:
    eligible: int
    minimum: int
    ticked: int
    units: list[UnitProgress]

    @property
    def reached(self) -> bool:
        return self.minimum > 0 and self.ticked >= self.minimum

    @property
    def missing(self) -> int:
        return max(0, self.minimum - self.ticked)


def campaign_progress(campaign: Campaign | None, agency: Agency) -> CampaignProgress:
    """How many have ticked, overall and per unit; counts only, never names.

    A person counts in the unit of their first membership that names one; people with no unit
    (and ticks of people who have since left) count under "No unit". Two queries.
    """
    eligible = campaign.eligible_staff if campaign else 0
    ticked_ids: set[int] = (
        set(campaign.ticks.values_list("user_id", flat=True)) if campaign else set()
    )
    home: dict[int, tuple[int, str] | None] = {}
    for user_id, unit_order, unit_name in (
        Membership.objects.filter(agency=agency, user__is_active=True)
        .order_by("pk")
        .values_list("user_id", "unit__order", "unit__name_th")
    ):
        if home.get(user_id) is None:
            home[user_id] = (unit_order, unit_name) if unit_name is not None else None
    counts: dict[tuple[int, str] | None, list[int]] = {}
    for user_id in set(home) | ticked_ids:
        unit = home.get(user_id)
        members_ticked = counts.setdefault(unit, [0, 0])
        members_ticked[0] += int(user_id in home)
        members_ticked[1] += int(user_id in ticked_ids)
    named = sorted(key for key in counts if key is not None)
    units = [UnitProgress(key[1], *counts[key]) for key in named]
    if None in counts:
        units.append(UnitProgress(_("No unit"), *counts[None]))
    return CampaignProgress(
        eligible=eligible,
        minimum=ratings.minimum_iit_sample(eligible),
        ticked=len(ticked_ids),
        units=units,
    )


def send_campaign_reminders(*, today: date | None = None) -> int:
    """Mail the people of each open campaign who have not ticked "I have answered" yet.

    Open: an IIT link is set and the closing date is today or later. One mail per person and
    campaign, to people with an e-mail address; never says who else has answered. Returns the
    number of e-mails. Meant for `send_reminders` (cron): it mails on every run while open.
    """
    today = today or timezone.localdate()
    sent = 0
    campaigns = (
        Campaign.objects.filter(closes_on__gte=today)
        .exclude(iit_url="")
        .select_related("agency")
        .order_by("pk")
    )
    for campaign in campaigns:
        ticked = campaign.ticks.values_list("user_id", flat=True)
        people = (
            User.objects.filter(memberships__agency=campaign.agency, is_active=True, email__gt="")
            .exclude(pk__in=ticked)
            .distinct()
            .order_by("pk")
        )
        assert campaign.closes_on is not None
        for person in people:
            queue_mail(
                to=[person.email],
                subject=f"[{campaign.agency.name_th}] " + _("Please answer the IIT questionnaire"),
                body=_(
                    "The ITA questionnaire for staff (IIT) of %(agency)s is open until "
                    "%(date)s. It takes about 15 minutes and your answers are anonymous:\n"
                    "%(url)s\n\nWhen you have answered, tick “I have answered” in the back "
                    "office so the ITA officer can follow the count (never your answers)."
                )
                % {
                    "agency": campaign.agency.name_th,
                    "date": thai_date(campaign.closes_on),
                    "url": campaign.iit_url,
                },
                kind="oit.campaign",
            )
            sent += 1
    return sent


# --- Readiness of a year ----------------------------------------------------------------------

READY = ("ready", "published")


@dataclass(frozen=True)
class SubindicatorReadiness:
    number: str
    name: str
    ready: int
    total: int


@dataclass(frozen=True)
class ProblemRow:
    """An item with something to fix, and who owns it."""

    code: str
    title: str
    status: str
    owner: str  # a person's name, a unit's name, or "" when nobody owns the item
    problems: list[tuple[str, str]]  # (kind, message)

    @property
    def kinds(self) -> set[str]:
        return {kind for kind, _message in self.problems}


@dataclass
class Readiness:
    groups: list[SubindicatorReadiness] = field(default_factory=list)
    ready: int = 0
    total: int = 0
    score: float = 0.0
    problems: list[ProblemRow] = field(default_factory=list)
    has_checklist: bool = False

    @property
    def overdue(self) -> int:
        """Items whose owner is past the update date."""
        return sum(1 for row in self.problems if "overdue" in row.kinds)


def _owner(state: queries.ItemState) -> str:
    answer = state.answer
    if answer is None:
        return ""
    if answer.owner_user is not None:
        return answer.owner_user.display_name
    if answer.owner_unit is not None:
        return answer.owner_unit.name_th
    return ""


def readiness(agency: Agency, year: int, today: date) -> Readiness:
    """The year's checklist as numbers: ready per sub-indicator, the OIT score today and what
    to fix, item by item with its owner. The queries of `queries.item_states`."""
    checklist = queries.checklist_of(agency, year) or queries.default_checklist(agency, year)
    if checklist is None:
        return Readiness()
    return readiness_of(queries.item_states(agency, year, today, checklist))


def readiness_of(states: list[queries.ItemState]) -> Readiness:
    """The numbers of a list's item states (no query)."""
    groups = [
        SubindicatorReadiness(number, name, sum(1 for s in group if s.status in READY), len(group))
        for number, name, group in queries.by_subindicator(states)
    ]
    problems = [
        ProblemRow(
            state.item.code,
            state.item.title,
            state.status,
            _owner(state),
            [(problem.kind, str(problem)) for problem in state.problems],
        )
        for state in states
        if state.problems
    ]
    return Readiness(
        groups=groups,
        ready=sum(group.ready for group in groups),
        total=len(states),
        score=queries.oit_score(states),
        problems=problems,
        has_checklist=True,
    )


@dataclass(frozen=True)
class SchoolRow:
    agency: Agency
    readiness: Readiness
    cells: list[SubindicatorReadiness | None]  # one per column, None when its list lacks it
    ticked: int
    minimum: int


def schools_overview(
    below: Iterable[Agency], year: int, today: date
) -> tuple[list[tuple[str, str]], list[SchoolRow]]:
    """Every agency below an office: readiness, overdue owners and campaign progress.

    Returns the sub-indicator columns (number, name; the union over the schools' lists) and
    one row per school. A fixed number of queries whatever the number of schools: their
    lists, items and answers at once, one per generator in use, one for all campaigns.
    """
    agencies = list(below)
    campaigns = {
        campaign.agency_id: campaign
        for campaign in Campaign.objects.filter(
            agency__in=[agency.pk for agency in agencies], year=year
        ).annotate(tick_count=Count("ticks"))
    }
    every = item_states_many(agencies, year, today)
    states = [
        (agency, readiness_of(every[agency.pk][1]) if every[agency.pk][0] else Readiness())
        for agency in agencies
    ]
    columns: dict[str, str] = {}
    for _agency, state in states:
        for group in state.groups:
            columns.setdefault(group.number, group.name)
    rows: list[SchoolRow] = []
    for agency, state in states:
        by_number = {group.number: group for group in state.groups}
        campaign = campaigns.get(agency.pk)
        rows.append(
            SchoolRow(
                agency=agency,
                readiness=state,
                cells=[by_number.get(number) for number in columns],
                ticked=getattr(campaign, "tick_count", 0),
                minimum=ratings.minimum_iit_sample(campaign.eligible_staff if campaign else 0),
            )
        )
    return list(columns.items()), rows
