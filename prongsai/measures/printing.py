"""The published report as a PDF printed once per version, off the request path (see
`prongsai.printing`): at publication the print is asked for; the public link serves the file."""

from __future__ import annotations

from typing import Any

from prongsai.measures.models import Publication
from prongsai.printing.actions import request_print
from prongsai.printing.models import PrintedDocument

__all__ = ["SOURCE", "print_key", "publication_html", "request_publication_pdf"]

SOURCE = "measures.publication"


def print_key(publication: Publication) -> str:
    return f"measures/publication/{publication.pk}"


def publication_html(params: dict[str, Any]) -> str | None:
    """The print HTML of a publication (the "print" job calls this), None when it is gone."""
    from prongsai.measures.document import from_dict
    from prongsai.measures.report_html import render_report_html

    publication = Publication.objects.filter(pk=int(params.get("pk") or 0)).first()
    if publication is None:
        return None
    return render_report_html(from_dict(publication.document), web=False)


def request_publication_pdf(publication: Publication) -> PrintedDocument:
    return request_print(
        key=print_key(publication),
        group=f"measures/{publication.plan_id}/{publication.kind}",
        source=SOURCE,
        params={"pk": publication.pk},
    )


def printed_of(publications: list[Publication]) -> dict[int, PrintedDocument]:
    """Each publication's printed PDF record (when asked for), by publication id."""
    keys = {print_key(p): p.pk for p in publications}
    return {
        keys[document.key]: document
        for document in PrintedDocument.objects.filter(key__in=keys).only(
            "key", "status", "error", "pages", "printed_at"
        )
    }
