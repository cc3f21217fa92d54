"""The sections of an agency's public home page, which the modules fill as they land.

A module claims its section in AppConfig.ready(): `open_section("complaints", "complaints:new")`.
Until then the section is shown as "coming soon", so visitors see what the site will offer.
"""

from dataclasses import dataclass

from django.urls import reverse
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from prongsai.agencies.models import Agency


@dataclass
class Section:
    code: str
    title: str | Promise
    description: str | Promise
    url_name: str | None = None


@dataclass(frozen=True)
class SectionLink:
    code: str
    title: str | Promise
    description: str | Promise
    url: str | None


_SECTIONS: dict[str, Section] = {
    section.code: section
    for section in (
        Section(
            "oit",
            _("Public disclosure (OIT)"),
            _("Plans, reports, budgets and every item the ITA assessment checks."),
        ),
        Section(
            "measures",
            _("Integrity measures"),
            _("The agency's measures to promote integrity, their progress and results."),
        ),
        Section(
            "services",
            _("E-services"),
            _("Request documents and services online and follow their progress."),
        ),
        Section(
            "complaints",
            _("Complaints and reports of corruption"),
            _("Report misconduct or a demand for bribes, anonymously if you wish."),
        ),
        Section(
            "news",
            _("News and announcements"),
            _("Activities, announcements and training of the agency."),
        ),
    )
}


def open_section(code: str, url_name: str) -> None:
    """Called by a module once its public page exists; the URL takes the agency slug."""
    _SECTIONS[code].url_name = url_name


def public_sections(agency: Agency) -> list[SectionLink]:
    return [
        SectionLink(
            section.code,
            section.title,
            section.description,
            reverse(section.url_name, kwargs={"agency": agency.slug}) if section.url_name else None,
        )
        for section in _SECTIONS.values()
    ]
