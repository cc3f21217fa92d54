"""The sections of an agency's public home page, which the modules fill as they land.

A module declares its section in its manifest (`Module(section=Section(...))`). A section the
platform plans but no module offers yet (news) is shown as "coming soon", so visitors see what
the site will offer.
"""

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from django.urls import reverse
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from prongsai.agencies.models import Agency
from prongsai.agencies.modules import modules


@dataclass
class Section:
    code: str
    title: str | Promise
    description: str | Promise
    url_name: str | None = None  # takes the agency slug; None: coming soon
    order: int = 50  # place on the home page
    # A block of its own at the top of the home page (the latest news…): a template, rendered
    # with `data` = home_data(agency) and `agency`; a block whose data is empty is left out.
    home_template: str = ""
    home_data: Callable[[Agency], Mapping[str, object]] | None = None


@dataclass(frozen=True)
class SectionLink:
    code: str
    title: str | Promise
    description: str | Promise
    url: str | None
    home_template: str = ""
    home_data: Mapping[str, object] | None = None


def home_blocks(agency: Agency) -> list[SectionLink]:
    """The sections' own blocks of the home page that have something to show, by order."""
    return [
        section
        for section in public_sections(agency, with_blocks=True)
        if section.home_template and section.home_data
    ]


# Planned sections no module offers yet.
PLANNED = (
    Section(
        "news",
        _("News and announcements"),
        _("Activities, announcements and training of the agency."),
        order=90,
    ),
)


def sections() -> list[Section]:
    offered = [module.section for module in modules() if module.section is not None]
    codes = {section.code for section in offered}
    planned = [section for section in PLANNED if section.code not in codes]
    return sorted([*offered, *planned], key=lambda section: section.order)


def public_sections(agency: Agency, *, with_blocks: bool = False) -> list[SectionLink]:
    return [
        SectionLink(
            section.code,
            section.title,
            section.description,
            reverse(section.url_name, kwargs={"agency": agency.slug}) if section.url_name else None,
            section.home_template,
            section.home_data(agency) if with_blocks and section.home_data else None,
        )
        for section in sections()
    ]
