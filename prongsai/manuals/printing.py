"""A published manual as a Thai official document: HTML with manuals.css inlined, printed to an
A4 PDF by Chromium (`exports.pdf.html_to_pdf`), as the measures report and the complaint
statistics are. The HTML sets `<base>` at the CSS directory so the Sarabun font URLs, relative
to it, resolve to file:// paths."""

from typing import Any

from prongsai.manuals import queries
from prongsai.manuals.models import ManualVersion

__all__ = ["manual_pdf", "render_manual_html"]


def _context(version: ManualVersion) -> dict[str, Any]:
    from prongsai.exports.pdf import print_assets

    manual = version.manual
    steps = list(version.steps.all())
    sections = []  # (number, key) of the sections present, numbered ๑, ๒, … in order
    if version.purpose:
        sections.append("purpose")
    if version.scope:
        sections.append("scope")
    sections += ["flow", "steps", "approval"]
    return {
        "agency": manual.agency,
        "manual": manual,
        "version": version,
        "steps": steps,
        "total": queries.total_minutes(version),
        "number": {key: index for index, key in enumerate(sections, start=1)},
        **print_assets("manuals.css"),
    }


def render_manual_html(version: ManualVersion) -> str:
    from django.template.loader import render_to_string

    return render_to_string("manuals/manual_document.html", _context(version))


def manual_pdf(version: ManualVersion) -> bytes:
    from prongsai.exports.pdf import html_to_pdf

    return html_to_pdf(render_manual_html(version))
