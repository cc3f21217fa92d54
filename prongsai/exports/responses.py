"""A rendered document (bytes, type, file name) and the one HTTP response that sends it.

Every download goes through `file_response`, so the Content-Disposition header is built in one
place: Django's `content_disposition_header` quotes an ASCII name and writes any other one as
RFC 5987 ``filename*=utf-8''…``, so a Thai file name reaches the browser intact.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.http import HttpResponse
from django.utils.http import content_disposition_header

__all__ = ["CONTENT_TYPES", "Rendered", "file_response"]

CONTENT_TYPES = {
    "csv": "text/csv; charset=utf-8",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "html": "text/html; charset=utf-8",
    "pdf": "application/pdf",
    "txt": "text/plain; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}
"""Content type by file extension, for what the exporters write."""


@dataclass(frozen=True)
class Rendered:
    """A document ready to send: its bytes, its content type and its file name."""

    content: bytes
    content_type: str
    filename: str


def file_response(rendered: Rendered, *, inline: bool | None = None) -> HttpResponse:
    """`rendered` as a response with its Content-Disposition; by default PDF and text show in
    the browser (inline) and anything else downloads (attachment)."""
    if inline is None:
        inline = rendered.content_type.startswith(("application/pdf", "text/"))
    response = HttpResponse(rendered.content, content_type=rendered.content_type)
    response["Content-Disposition"] = content_disposition_header(not inline, rendered.filename) or (
        "inline" if inline else "attachment"
    )
    return response
