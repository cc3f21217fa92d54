"""One document, five formats: bytes, content type and file name for each."""

from prongsai.exports.responses import CONTENT_TYPES, Rendered
from prongsai.measures.document import ReportDocument
from prongsai.measures.queries import file_name

__all__ = ["CONTENT_TYPES", "FORMATS", "Rendered", "render_report"]

FORMATS = ("pdf", "docx", "xlsx", "html", "txt")


def render_report(document: ReportDocument, fmt: str) -> Rendered:
    if fmt == "pdf":
        from prongsai.measures.report_html import report_pdf

        content = report_pdf(document)
    elif fmt == "docx":
        from prongsai.measures.report_docx import report_docx

        content = report_docx(document)
    elif fmt == "xlsx":
        from prongsai.measures.report_xlsx import report_xlsx

        content = report_xlsx(document)
    elif fmt == "html":
        from prongsai.measures.report_html import render_report_html

        content = render_report_html(document, web=True).encode("utf-8")
    elif fmt == "txt":
        from prongsai.measures.textformat import render_text

        content = render_text(document).encode("utf-8")
    else:
        raise ValueError(f"unknown format {fmt!r}")
    return Rendered(content, CONTENT_TYPES[fmt], file_name(document, fmt))
