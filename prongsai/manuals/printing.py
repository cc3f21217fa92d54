"""A published manual as a Thai official document: HTML with manuals.css inlined, printed to an
A4 PDF by Chromium (`exports.pdf.html_to_pdf`), as the measures report and the complaint
statistics are. The HTML sets `<base>` at the CSS directory so the Sarabun font URLs, relative
to it, resolve to file:// paths."""

from typing import Any

from prongsai.manuals import queries
from prongsai.manuals.models import ManualVersion

__all__ = [
    "SOURCE",
    "manual_pdf",
    "printed_of",
    "render_manual_html",
    "request_manual_pdf",
    "version_html",
]

SOURCE = "manuals.version"


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


def version_html(params: dict[str, Any]) -> str | None:
    """The print HTML of a published version (the "print" job calls this); None when gone."""
    from django.db.models import Prefetch

    from prongsai.manuals.models import ManualStep

    version = (
        ManualVersion.objects.filter(pk=int(params.get("pk") or 0))
        .select_related("manual", "manual__agency", "manual__owner_unit", "approved_by")
        .prefetch_related(Prefetch("steps", queryset=ManualStep.objects.order_by("order", "pk")))
        .first()
    )
    return None if version is None else render_manual_html(version)


def _key(version: ManualVersion) -> str:
    return f"manuals/version/{version.pk}"


def printed_of(version: ManualVersion) -> Any:
    """The version's printed PDF record (its status and any failure), or None."""
    from prongsai.printing.models import PrintedDocument

    return PrintedDocument.objects.filter(key=_key(version)).first()


def request_manual_pdf(version: ManualVersion) -> Any:
    """Ask for the version's PDF (printed by the "print" job after commit, once)."""
    from prongsai.printing.actions import request_print

    return request_print(
        key=_key(version),
        group=f"manuals/{version.manual_id}",
        source=SOURCE,
        params={"pk": version.pk},
    )
