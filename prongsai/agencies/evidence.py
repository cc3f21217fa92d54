"""Pages this system generates that answer OIT items: the registry modules fill in ready().

It lives here, below the feature modules, so that a module offering evidence never imports oit
(oit sits above them and reads the registry). A generator takes (agency, fiscal year B.E.) and
returns the page's address, title and date, or None when the module has nothing to show yet
(the item then stays "missing"). Which generator answers which item is oit's business
(`oit.generators.generator_for_title`).
"""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from django.utils.functional import Promise

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
    label: str | Promise  # a gettext_lazy label: read in the person's language
    build: GeneratorFn


_GENERATORS: dict[str, Generator] = {}


def register(generator: Generator) -> None:
    _GENERATORS[generator.key] = generator


def get(key: str) -> Generator | None:
    return _GENERATORS.get(key)


def build_generated(key: str, agency: Agency, year: int) -> Generated | None:
    generator = _GENERATORS.get(key)
    return generator.build(agency, year) if generator else None
