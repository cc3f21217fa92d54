"""One document, five formats: bytes, content type and file name for each."""

from dataclasses import dataclass

from prongsai.measures.document import ReportDocument
from prongsai.measures.queries import file_name

FORMATS = ("pdf", "docx", "xlsx", "html", "txt")
CONTENT_TYPES = {
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "html": "text/html; charset=utf-8",
    "txt": "text/plain; charset=utf-8",
}


@dataclass(frozen=True)
class Rendered:
    content: bytes
    content_type: str
    filename: str


def render_report(document: ReportDocument, fmt: str) -> Rendered:
    if fmt == "pdf":
        from prongsai.exports.pdf import report_pdf

        content = report_pdf(document)
    elif fmt == "docx":
        from prongsai.exports.measures_docx import report_docx

        content = report_docx(document)
    elif fmt == "xlsx":
        from prongsai.exports.measures_xlsx import report_xlsx

        content = report_xlsx(document)
    elif fmt == "html":
        from prongsai.exports.pdf import render_report_html

        content = render_report_html(document, web=True).encode("utf-8")
    elif fmt == "txt":
        from prongsai.measures.textformat import render_text

        content = render_text(document).encode("utf-8")
    else:
        raise ValueError(f"unknown format {fmt!r}")
    return Rendered(content, CONTENT_TYPES[fmt], file_name(document, fmt))
