"""The OIT state of many agencies at once (an area office's table of its schools): a fixed
number of queries whatever the number of schools — the lists, their items, the answers with
their evidence, and one call per generator in use, each asked for all the schools."""

from collections import defaultdict
from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

from prongsai.agencies.models import Agency
from prongsai.oit.models import AgencyYear, Answer, Checklist, Item
from prongsai.oit.queries import ItemState, answers_with_evidence, generated_pages, states_of


def _ancestors(agency: Agency, parents: Mapping[Any, Any]) -> list[int]:
    found: list[int] = []
    parent = agency.parent_id
    while parent is not None and parent not in found:
        found.append(parent)
        parent = parents.get(parent)
    return found


def checklists_for_many(agencies: Sequence[Agency], year: int) -> dict[int, Checklist | None]:
    """The list each agency answers in the year (`queries.checklist_for`, for many): the one it
    chose, else the newest list an office above it published, else the shipped one of its kind."""
    chosen = {
        row.agency_id: row.checklist
        for row in AgencyYear.objects.filter(
            agency__in=[agency.pk for agency in agencies], year=year
        ).select_related("checklist")
    }
    parents = dict(Agency.objects.values_list("pk", "parent_id"))
    above = {agency.pk: _ancestors(agency, parents) for agency in agencies}
    owners = {owner for ids in above.values() for owner in ids}
    published: dict[int, Checklist] = {}
    for checklist in Checklist.objects.filter(year=year, owner_id__in=owners, published=True):
        held = published.get(checklist.owner_id or 0)
        if held is None or checklist.pk > held.pk:
            published[checklist.owner_id or 0] = checklist
    shipped: dict[str, Checklist] = {}
    for checklist in Checklist.objects.filter(year=year, owner__isnull=True).order_by("pk"):
        shipped.setdefault(checklist.scheme, checklist)
    found: dict[int, Checklist | None] = {}
    for agency in agencies:
        if agency.pk in chosen:
            found[agency.pk] = chosen[agency.pk]
            continue
        offered = [published[owner] for owner in above[agency.pk] if owner in published]
        if offered:
            found[agency.pk] = max(offered, key=lambda checklist: checklist.pk)
            continue
        scheme = (
            Checklist.Scheme.OBEC_SCHOOL
            if agency.kind == Agency.Kind.SCHOOL
            else Checklist.Scheme.NACC
        )
        found[agency.pk] = shipped.get(scheme) or shipped.get(Checklist.Scheme.NACC)
    return found


def item_states_many(
    agencies: Sequence[Agency], year: int, today: date
) -> dict[int, tuple[Checklist | None, list[ItemState]]]:
    """Each agency's list and the state of its items (`queries.item_states`, for many)."""
    checklists = checklists_for_many(agencies, year)
    used = {checklist.pk for checklist in checklists.values() if checklist is not None}
    items: dict[int, list[Item]] = defaultdict(list)
    for item in Item.objects.filter(checklist__in=used).order_by("order"):
        items[item.checklist_id].append(item)
    answers: dict[int, dict[int, Answer]] = defaultdict(dict)
    for answer in answers_with_evidence(
        agency__in=[agency.pk for agency in agencies], item__checklist__in=used
    ):
        answers[answer.agency_id][answer.item_id] = answer
    every_item = [item for listed in items.values() for item in listed]
    generated = generated_pages(every_item, agencies, year)
    found: dict[int, tuple[Checklist | None, list[ItemState]]] = {}
    for agency in agencies:
        checklist = checklists[agency.pk]
        if checklist is None:
            found[agency.pk] = (None, [])
            continue
        states = states_of(agency, year, today, items[checklist.pk], answers[agency.pk], generated)
        found[agency.pk] = (checklist, states)
    return found
