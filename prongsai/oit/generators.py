"""Pages this system generates that answer OIT items. Modules register theirs in ready().

A generator takes (agency, fiscal year B.E.) and returns the page's address, title and date, or
None when the module has nothing to show yet (the item then stays "missing").
"""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from prongsai.agencies.models import Agency


@dataclass(frozen=True)
class Generated:
    url: str  # a path on this site, e.g. /school/measures/2566/
    title: str
    dated_on: date | None = None


GeneratorFn = Callable[[Agency, int], Generated | None]


@dataclass(frozen=True)
class Generator:
    key: str
    label: str
    build: GeneratorFn


_GENERATORS: dict[str, Generator] = {}

# Which generator answers an item, recognised by words of its Thai title (lists change numbers
# from year to year: O42/O43 in 2566 are O25/O26 in 2569).
TITLE_HINTS: list[tuple[str, tuple[str, ...]]] = [
    (
        "measures_report",
        ("การดำเนินการตามมาตรการส่งเสริมคุณธรรม", "รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรม"),
    ),
    ("measures_plan", ("มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน",)),
    ("complaint_statistics", ("สถิติเรื่องร้องเรียน",)),
    ("complaint_channel", ("ช่องทางแจ้งเรื่องร้องเรียน",)),
    ("service_statistics", ("สถิติการให้บริการ",)),
    ("e_services", ("E-Service",)),
    ("service_manual", ("มาตรฐานการให้บริการ",)),
    ("operating_manual", ("มาตรฐานการปฏิบัติงาน",)),
    ("news", ("ข่าวประชาสัมพันธ์",)),
    ("qa", ("Q&A",)),
    # ITA awareness and No Gift culture activities (O32 in 2566).
    ("ita_activities", ("การสร้างวัฒนธรรม No Gift Policy",)),
]


def generator_for_title(title: str) -> str:
    for key, hints in TITLE_HINTS:
        if any(hint in title for hint in hints):
            return key
    return ""


def register(generator: Generator) -> None:
    _GENERATORS[generator.key] = generator


def get(key: str) -> Generator | None:
    return _GENERATORS.get(key)


def build(key: str, agency: Agency, year: int) -> Generated | None:
    generator = _GENERATORS.get(key)
    return generator.build(agency, year) if generator else None
