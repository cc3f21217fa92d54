"""Reads: which checklist an agency answers, and the state of every item today."""

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

from django.db.models import Prefetch, QuerySet

from prongsai.agencies.evidence import Generated, build_generated, build_many
from prongsai.agencies.models import Agency
from prongsai.agencies.queries import ancestor_ids
from prongsai.lib.fiscal import fiscal_year, fiscal_year_bounds, half_year_bounds
from prongsai.oit.models import (
    AgencyYear,
    Answer,
    Checklist,
    Evidence,
    EvidenceFile,
    ItaResult,
    Item,
)

# What the public sees of an item: published by the officer, even when stale.
PUBLIC_STATUSES = ("published", "stale")


def default_checklist(agency: Agency, year: int) -> Checklist | None:
    """An area office's published list for the year, else the shipped school or NACC list."""
    above = ancestor_ids(agency)
    if above:
        published = (
            Checklist.objects.filter(year=year, owner_id__in=above, published=True)
            .order_by("-pk")
            .first()
        )
        if published:
            return published
    scheme = (
        Checklist.Scheme.OBEC_SCHOOL if agency.kind == Agency.Kind.SCHOOL else Checklist.Scheme.NACC
    )
    return (
        Checklist.objects.filter(year=year, owner__isnull=True, scheme=scheme).first()
        or Checklist.objects.filter(
            year=year, owner__isnull=True, scheme=Checklist.Scheme.NACC
        ).first()
    )


def started_years(agency: Agency) -> list[int]:
    """The years the agency has started, newest first."""
    return list(
        AgencyYear.objects.filter(agency=agency).order_by("-year").values_list("year", flat=True)
    )


def opening_year(agency: Agency, today: date) -> int | None:
    """The year the OIT pages open on: the newest year the agency has started, else the current
    fiscal year when a list for it exists; None when there is nothing to show yet."""
    years = started_years(agency)
    if years:
        return years[0]
    current = fiscal_year(today)
    return current if default_checklist(agency, current) else None


def years_below(agency: Agency) -> list[int]:
    """The years the agencies under an office have started, newest first."""
    from prongsai.agencies.queries import agencies_below

    return sorted(
        set(
            AgencyYear.objects.filter(agency__in=agencies_below(agency)).values_list(
                "year", flat=True
            )
        ),
        reverse=True,
    )


def overview_year(agency: Agency, today: date) -> int:
    """The year an office's table of its schools opens on: the newest year its schools have
    started, else the newest year up to today that has a list, else the current year."""
    years = years_below(agency)
    if years:
        return years[0]
    current = fiscal_year(today)
    listed = (
        Checklist.objects.filter(year__lte=current, owner__isnull=True)
        .order_by("-year")
        .values_list("year", flat=True)
        .first()
    )
    return listed or current


def newest_list_before(agency: Agency, year: int) -> Checklist | None:
    """The newest list before `year` that the agency would answer: what a new year may start from
    while the list of the year has not been published."""
    years = (
        Checklist.objects.filter(year__lt=year)
        .order_by("-year")
        .values_list("year", flat=True)
        .distinct()
    )
    for earlier in years:
        found = checklist_of(agency, earlier) or default_checklist(agency, earlier)
        if found is not None:
            return found
    return None


def checklist_of(agency: Agency, year: int) -> Checklist | None:
    chosen = AgencyYear.objects.filter(agency=agency, year=year).select_related("checklist").first()
    return chosen.checklist if chosen else None


def checklist_for(agency: Agency, year: int) -> Checklist | None:
    """The list the agency answers in the year: the one it chose, else the default one."""
    return checklist_of(agency, year) or default_checklist(agency, year)


def agency_years(agency: Agency) -> QuerySet[AgencyYear]:
    """The years the agency has started with their lists, newest first."""
    return AgencyYear.objects.filter(agency=agency).select_related("checklist").order_by("-year")


def has_chosen(agency: Agency, year: int) -> bool:
    """Whether the agency has started the year (chosen its list)."""
    return AgencyYear.objects.filter(agency=agency, year=year).exists()


def own_checklists(agency: Agency) -> QuerySet[Checklist]:
    """The lists an office made for the agencies under it, newest first."""
    return Checklist.objects.filter(owner=agency).order_by("-year")


def answer_of(agency: Agency, item: Item) -> Answer | None:
    return Answer.objects.filter(agency=agency, item=item).first()


def items_of(checklist: Checklist) -> list[Item]:
    return list(Item.objects.filter(checklist=checklist).order_by("order"))


def ita_result(agency: Agency, year: int) -> ItaResult | None:
    return ItaResult.objects.filter(agency=agency, year=year).first()


def ita_results(agency: Agency) -> list[ItaResult]:
    """The agency's ITA results, newest year first."""
    return list(ItaResult.objects.filter(agency=agency).order_by("-year"))


def window_bounds(window: str, year: int) -> tuple[date, date] | None:
    if window == Item.Window.CURRENT:
        return fiscal_year_bounds(year)
    if window == Item.Window.PREVIOUS:
        return fiscal_year_bounds(year - 1)
    if window == Item.Window.FIRST_HALF:
        return half_year_bounds(year)
    return None


@dataclass(frozen=True)
class EvidenceView:
    kind: str
    title: str
    url: str  # where the public opens it (a path on this site, or the external address)
    dated_on: date | None
    link_ok: bool | None
    pk: int | None = None
    version: int | None = None


@dataclass(frozen=True)
class Problem:
    kind: str  # no_evidence | window | link | ticks | overdue
    message: str

    def __str__(self) -> str:
        return self.message


@dataclass
class ItemState:
    item: Item
    answer: Answer | None
    evidence: list[EvidenceView] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    status: str = "missing"  # missing | draft | ready | published | stale
    kind: str = ""  # the agency's kind: which components apply to it

    @property
    def score(self) -> int:
        """What the assessor would give today: 100 only when published with nothing wrong."""
        return 100 if self.status == "published" and not self.problems else 0

    @property
    def ticks(self) -> list[bool]:
        stored = list(self.answer.ticks) if self.answer else []
        return [
            bool(stored[i]) if i < len(stored) else False
            for i in range(len(self.item.requirements))
        ]

    @property
    def components(self) -> list[tuple[int, str, bool]]:
        """(position, text, ticked) of the components this agency must show."""
        ticks = self.ticks
        return [(index, text, ticks[index]) for index, text in self.item.components_for(self.kind)]


def file_url(agency: Agency, year: int, code: str, evidence_pk: int) -> str:
    from django.urls import reverse

    return reverse(
        "oit:public_file",
        kwargs={"agency": agency.slug, "year": year, "code": code, "pk": evidence_pk},
    )


def _source_year(item: Item, year: int) -> int:
    return year - 1 if item.window == Item.Window.PREVIOUS else year


def has_evidence(answer: Answer) -> bool:
    """Whether the item has anything to show: a link, an uploaded file, or a page this system
    generates for it (what `item_states` would list as evidence)."""
    uploaded = EvidenceFile.objects.filter(evidence__answer=answer).exists()
    if uploaded or answer.evidence.filter(kind=Evidence.Kind.LINK).exists():
        return True
    item = answer.item
    if not item.generator:
        return False
    year = _source_year(item, item.checklist.year)
    return build_generated(item.generator, answer.agency, year) is not None


def _evidence_views(
    agency: Agency,
    year: int,
    state: ItemState,
    generated: dict[tuple[str, int], Generated | None],
) -> list[EvidenceView]:
    views: list[EvidenceView] = []
    page = generated.get((state.item.generator, _source_year(state.item, year)))
    if page is not None:
        views.append(EvidenceView("generated", page.title, page.url, page.dated_on, True))
    if state.answer is None:
        return views
    for evidence in state.answer.evidence.all():
        if evidence.kind == Evidence.Kind.FILE:
            versions = list(evidence.versions.all())
            if not versions:
                continue
            views.append(
                EvidenceView(
                    "file",
                    evidence.title,
                    file_url(agency, year, state.item.code, evidence.pk),
                    evidence.dated_on,
                    True,
                    evidence.pk,
                    versions[0].version,
                )
            )
        elif evidence.kind == Evidence.Kind.LINK:
            views.append(
                EvidenceView(
                    "link",
                    evidence.title,
                    evidence.url,
                    evidence.dated_on,
                    evidence.link_ok,
                    evidence.pk,
                )
            )
    return views


def _problems(state: ItemState, year: int, today: date) -> list[Problem]:
    from django.utils.translation import gettext as _

    from prongsai.lib.thai import thai_date

    problems: list[Problem] = []
    if not state.evidence:
        problems.append(Problem("no_evidence", _("No evidence yet.")))
    bounds = window_bounds(state.item.window, year)
    for evidence in state.evidence:
        # A generated page was asked for the item's year (the year before, for items about last
        # year's results): it is that year's document whatever its date — a plan approved in
        # September for the year that starts in October, a first-half summary kept up to date
        # after March. Only what people upload or link is checked against the window.
        dated = evidence.dated_on if evidence.kind != "generated" else None
        if bounds and dated and not bounds[0] <= dated <= bounds[1]:
            message = _("“%(title)s” is dated %(date)s, outside %(start)s – %(end)s.") % {
                "title": evidence.title,
                "date": thai_date(dated, short=True),
                "start": thai_date(bounds[0], short=True),
                "end": thai_date(bounds[1], short=True),
            }
            problems.append(Problem("window", message))
        if evidence.link_ok is False:
            message = _("The link “%(title)s” no longer answers.") % {"title": evidence.title}
            problems.append(Problem("link", message))
    missing = [text for _index, text, ticked in state.components if not ticked]
    if missing:
        message = _("%(count)d required component(s) not ticked yet.") % {"count": len(missing)}
        problems.append(Problem("ticks", message))
    answer = state.answer
    if (
        answer is not None
        and answer.due_date
        and answer.due_date < today
        and answer.status == Answer.Status.DRAFT
    ):
        message = _("The owner has not updated it by %(date)s.") % {
            "date": thai_date(answer.due_date, short=True)
        }
        problems.append(Problem("overdue", message))
    return problems


def _status(state: ItemState) -> str:
    if not state.evidence:
        return "missing"
    stored = state.answer.status if state.answer else Answer.Status.DRAFT
    dated_or_dead = any(problem.kind in ("window", "link") for problem in state.problems)
    if stored in (Answer.Status.READY, Answer.Status.PUBLISHED) and dated_or_dead:
        return "stale"
    return str(stored)


def answers_with_evidence(**filters: object) -> QuerySet[Answer]:
    """Answers with their owners, evidence and file versions (three queries for any number)."""
    return (
        Answer.objects.filter(**filters)
        .select_related("owner_user", "owner_unit")
        .prefetch_related(
            Prefetch(
                "evidence",
                queryset=Evidence.objects.order_by("order", "pk").prefetch_related(
                    Prefetch("versions", queryset=EvidenceFile.objects.order_by("-version"))
                ),
            )
        )
    )


# The pages this system generates, by (generator, fiscal year) and then by agency id.
GeneratedPages = dict[tuple[str, int], Mapping[int, Generated]]


def generated_pages(items: Iterable[Item], agencies: Sequence[Agency], year: int) -> GeneratedPages:
    """One call per generator in use, for all the agencies at once. Items about last year's
    results look for last year's pages."""
    keys = {(item.generator, _source_year(item, year)) for item in items if item.generator}
    return {key: build_many(key[0], agencies, key[1]) for key in sorted(keys)}


def states_of(
    agency: Agency,
    year: int,
    today: date,
    items: list[Item],
    answers: dict[int, Answer],
    generated: GeneratedPages,
) -> list[ItemState]:
    """The states of the items from what was read (no query)."""
    pages = {key: found.get(agency.pk) for key, found in generated.items()}
    states = []
    for item in items:
        state = ItemState(item=item, answer=answers.get(item.pk), kind=agency.kind)
        state.evidence = _evidence_views(agency, year, state, pages)
        state.problems = _problems(state, year, today)
        state.status = _status(state)
        states.append(state)
    return states


def item_states(
    agency: Agency, year: int, today: date, checklist: Checklist | None = None
) -> list[ItemState]:
    """Every item of the agency's checklist with its evidence, problems and status.

    A fixed number of queries: items, answers (with evidence and file versions), and one call
    per generator in use. For many agencies at once: `oit.overview.item_states_many`.
    """
    checklist = checklist or checklist_of(agency, year) or default_checklist(agency, year)
    if checklist is None:
        return []
    items = list(Item.objects.filter(checklist=checklist).order_by("order"))
    answers = {
        answer.item_id: answer
        for answer in answers_with_evidence(agency=agency, item__checklist=checklist)
    }
    return states_of(agency, year, today, items, answers, generated_pages(items, [agency], year))


def item_state(agency: Agency, year: int, today: date, item: Item) -> ItemState:
    """The state of one item (computed with the whole list, as the checklist page does)."""
    states = item_states(agency, year, today, item.checklist)
    return next(state for state in states if state.item.pk == item.pk)


def is_public(state: ItemState) -> bool:
    """Published by the officer, with evidence (a stale item stays public until it is fixed).

    `item_states` also calls a merely "ready" answer "stale" when a date or link is wrong, so
    being public is decided from the stored status as well."""
    return (
        state.answer is not None
        and state.answer.status == Answer.Status.PUBLISHED
        and state.status in PUBLIC_STATUSES
    )


def item_path(agency: Agency, year: int, code: str) -> str:
    """The item's public page: the address the assessor pastes into the ITAS form."""
    from django.urls import reverse

    return reverse("oit:public_item", kwargs={"agency": agency.slug, "year": year, "code": code})


def by_subindicator(states: list[ItemState]) -> list[tuple[str, str, list[ItemState]]]:
    groups: dict[tuple[str, str], list[ItemState]] = defaultdict(list)
    for state in states:
        groups[(state.item.subindicator, state.item.subindicator_name)].append(state)
    return [(number, name, group) for (number, name), group in groups.items()]


def oit_score(states: list[ItemState]) -> float:
    """The OIT score if assessed today: the mean of 100/0 per item."""
    if not states:
        return 0.0
    return round(sum(state.score for state in states) / len(states), 2)


def agencies_with_checklists() -> QuerySet[AgencyYear]:
    return AgencyYear.objects.select_related("agency", "checklist")
