"""Pages this system generates that answer OIT items, as the modules declare them.

A module lists its `Evidence` in its manifest (module.py): a key, a label, the Thai title words
that recognise the items it answers, and a builder that answers for many agencies at once
(one query for a whole area office, not one per school). A builder returns, for the agencies
that have something to show in the fiscal year (B.E.), the page's address, title and date;
an agency it leaves out has nothing yet (its item stays "missing").

It lives here, below the feature modules, so that a module offering evidence never imports oit
(oit sits above them and reads the registry).
"""

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from django.utils.functional import Promise

from prongsai.agencies.models import Agency
from prongsai.agencies.modules import modules


@dataclass(frozen=True)
class Generated:
    url: str  # a path on this site, e.g. /school/measures/2566/
    title: str
    dated_on: date | None = None


BuildMany = Callable[[Sequence[Agency], int], Mapping[int, Generated]]


@dataclass(frozen=True)
class Evidence:
    key: str
    label: str | Promise  # a gettext_lazy label: read in the person's language
    title_words: tuple[str, ...]  # words of an item's Thai title that this page answers
    build: BuildMany  # (agencies, fiscal year B.E.) → {agency id: page}


def each_agency(page: Callable[[Agency, int], Generated | None]) -> BuildMany:
    """A builder from a per-agency function that needs no query (a fixed page per agency)."""

    def build(agencies: Sequence[Agency], year: int) -> dict[int, Generated]:
        pages = {agency.pk: page(agency, year) for agency in agencies}
        return {pk: found for pk, found in pages.items() if found is not None}

    return build


def evidence_list() -> list[Evidence]:
    return [evidence for module in modules() for evidence in module.evidence]


def get(key: str) -> Evidence | None:
    return next((evidence for evidence in evidence_list() if evidence.key == key), None)


def build_many(key: str, agencies: Sequence[Agency], year: int) -> Mapping[int, Generated]:
    evidence = get(key)
    return evidence.build(agencies, year) if evidence and agencies else {}


def build_generated(key: str, agency: Agency, year: int) -> Generated | None:
    return build_many(key, [agency], year).get(agency.pk)


def key_for_title(title: str) -> str:
    """Which registered page answers an item, recognised by words of its Thai title.

    Lists renumber their items from year to year (O42/O43 in 2566 are O25/O26 in 2569), so the
    title decides. When several pages' words occur, the one whose words start earliest in the
    title wins ("การดำเนินการตามมาตรการ…" is the report, "มาตรการ…" alone the plan).
    """
    best: tuple[int, int, str] | None = None
    for evidence in evidence_list():
        for word in evidence.title_words:
            at = title.find(word)
            if at >= 0 and (best is None or (at, -len(word)) < best[:2]):
                best = (at, -len(word), evidence.key)
    return best[2] if best else ""
