"""The measures report as one HTML document (for printing and for the browser) and as a PDF.

The report's own layout (cover blocks, the five-column rows, <wbr> for the U+200B that
`measures.thaibreak` inserts); printing itself is `exports.pdf`'s.
"""

from __future__ import annotations

from typing import Any

from prongsai.exports.pdf import html_to_pdf, print_assets
from prongsai.measures.document import ReportDocument
from prongsai.measures.thaibreak import (
    ZWSP,
    introduction_paragraphs,
    numbered_items,
    prepare_for_print,
    strip_breaks,
)

__all__ = ["render_report_html", "report_pdf"]


def _cover_groups(lines: list[str]) -> list[list[str]]:
    """Cover lines as blocks spread down the page: split at blank lines when the lines have
    them, otherwise the first line (the title) on its own and the rest together below it."""
    groups: list[list[str]] = [[]]
    for line in lines:
        if line.strip():
            groups[-1].append(line.strip())
        elif groups[-1]:
            groups.append([])
    groups = [g for g in groups if g]
    if len(groups) == 1 and len(groups[0]) > 1:
        groups = [groups[0][:1], groups[0][1:]]
    return groups


def _wbr(value: Any) -> Any:
    """Escape a string and turn its U+200B into <wbr>: the same line-break opportunity, but no
    invisible character in the PDF's text layer, so the words stay searchable and copyable."""
    from django.utils.html import conditional_escape
    from django.utils.safestring import mark_safe

    if isinstance(value, str):
        return mark_safe(conditional_escape(value).replace(ZWSP, "<wbr>"))  # noqa: S308 -- escaped first
    if isinstance(value, list | tuple):
        return type(value)(_wbr(v) for v in value)
    return value


def _report_context(doc: ReportDocument, *, web: bool) -> dict[str, Any]:
    printed = prepare_for_print(doc)
    measures = []
    for measure in printed.measures:
        # Each row as its five cells, each cell a list of (label, text) in the source's style.
        rows = [
            [
                numbered_items(row.steps),
                [("", row.responsible)],
                numbered_items(row.summary),
                numbered_items(row.outcome),
                [("", row.due)],
            ]
            for row in measure.rows
        ]
        measures.append({"heading": _wbr(measure.heading), "rows": _wbr(rows)})
    context: dict[str, Any] = {
        "doc": printed,
        "title": strip_breaks(printed.title),
        "cover_groups": _wbr(_cover_groups(printed.cover_lines)),
        "headings": _wbr(list(printed.column_headings)),
        "texts": {
            "title": _wbr(printed.title),
            "period": _wbr(printed.period_line),
            "introduction": _wbr(introduction_paragraphs(printed.introduction)),
        },
        "measures": measures,
        "web": web,
    }
    if not web:
        context.update(print_assets("report.css"))
    return context


def render_report_html(doc: ReportDocument, *, web: bool) -> str:
    """The report as one HTML document: for printing (`web=False`, CSS inlined, fonts from
    file:// URLs) or for a browser (`web=True`, /static/css/report.css linked, CSP-clean)."""
    from django.template.loader import render_to_string

    return render_to_string("measures/report_document.html", _report_context(doc, web=web))


def report_pdf(doc: ReportDocument) -> bytes:
    """The report as an A4 PDF."""
    return html_to_pdf(render_report_html(doc, web=False))
