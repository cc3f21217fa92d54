"""How large an upload may be, per kind of upload and per URL.

Each form that accepts files names its `UploadKind`: the help text states the limit and the
form checks it (`checks.check_upload`). The middleware refuses any request body larger than
the largest a URL can legitimately receive (`body_limit`), before Django reads it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.urls import Resolver404, resolve
from django.utils.translation import gettext_lazy as _

__all__ = [
    "COMPLAINT_ATTACHMENT",
    "DEFAULT_BODY_LIMIT",
    "MB",
    "MEASURES_EVIDENCE",
    "MEASURES_IMPORT",
    "PEOPLE_IMPORT",
    "SERVICE_FILE",
    "UploadKind",
    "body_limit",
    "register_body_limit",
]

MB = 1024 * 1024
FORM_ALLOWANCE = 1 * MB  # the text fields and multipart headers around the files
DEFAULT_BODY_LIMIT = 2_621_440  # Django's DATA_UPLOAD_MAX_MEMORY_SIZE: forms without files

OFFICE = ("docx", "xlsx", "pptx", "ole")  # "ole": the old .doc, .xls and .ppt
PICTURES = ("jpeg", "png", "heic")


@dataclass(frozen=True)
class UploadKind:
    max_bytes: int
    max_files: int
    contents: tuple[str, ...]  # content kinds of `checks.sniff`
    label: Any = ""  # what may be attached, said to the person (lazy translation or text)

    @property
    def max_mb(self) -> int:
        return self.max_bytes // MB

    @property
    def body_limit(self) -> int:
        return self.max_bytes * self.max_files + FORM_ALLOWANCE

    def help_text(self) -> str:
        """ "Up to 5 files, 10 MB each: …" in the visitor's language."""
        if self.max_files > 1:
            text = _("Up to %(files)d files, %(mb)d MB each: %(what)s.")
        else:
            text = _("One file of at most %(mb)d MB: %(what)s.")
        return str(text) % {"files": self.max_files, "mb": self.max_mb, "what": self.label}


def _complaint_mb() -> int:
    return int(getattr(settings, "COMPLAINT_MAX_ATTACHMENT_MB", 10))


COMPLAINT_ATTACHMENT = UploadKind(
    _complaint_mb() * MB,
    5,
    ("pdf", *PICTURES, *OFFICE, "text"),
    _("pictures (JPG, PNG), PDF, office files or plain text"),
)
SERVICE_FILE = UploadKind(
    10 * MB, 1, ("pdf", "jpeg", "png", "docx", "xlsx", "ole"), "PDF, JPG, PNG, Word, Excel"
)
SERVICE_MAX_FILE_FIELDS = 5
MEASURES_EVIDENCE = UploadKind(
    20 * MB, 1, ("pdf", "jpeg", "png", *OFFICE), "PDF, JPG, PNG, Word, Excel, PowerPoint"
)
MEASURES_IMPORT = UploadKind(10 * MB, 1, ("text", "html", "docx"), ".txt, .html, .docx")
PEOPLE_IMPORT = UploadKind(5 * MB, 1, ("text", "xlsx"), ".csv, .xlsx")
OIT_EVIDENCE = UploadKind(
    30 * MB, 1, ("pdf", "jpeg", "png", *OFFICE), "PDF, Word, Excel, PowerPoint, JPG, PNG"
)
OIT_LARGEST = 10 * 10 * MB + FORM_ALLOWANCE  # ten activity photos of 10 MB (oit.campaign)

# The largest body each URL accepts: "namespace:url_name", or "namespace:*" for all of one.
BODY_LIMITS: dict[str, int] = {
    "complaints:new": COMPLAINT_ATTACHMENT.body_limit,
    "complaints:follow_up": COMPLAINT_ATTACHMENT.body_limit,
    "api:complaint_file": COMPLAINT_ATTACHMENT.body_limit,
    "api:complaint_follow_up_message": COMPLAINT_ATTACHMENT.body_limit,
    "services:detail": SERVICE_FILE.max_bytes * SERVICE_MAX_FILE_FIELDS + FORM_ALLOWANCE,
    "measures:staff_progress": MEASURES_EVIDENCE.body_limit,
    "measures:staff_import": MEASURES_IMPORT.body_limit,
    "agencies:staff_people_import": PEOPLE_IMPORT.body_limit,
    "oit:*": OIT_LARGEST,
    "admin:*": 30 * MB + FORM_ALLOWANCE,
}


def register_body_limit(key: str, limit: int) -> None:
    """A module's own limit ("namespace:url_name"), from its manifest (Module.body_limits)."""
    BODY_LIMITS[key] = limit


def body_limit(path: str) -> int:
    """The largest request body `path` accepts, in bytes."""
    try:
        match = resolve(path)
    except Resolver404:
        return DEFAULT_BODY_LIMIT
    namespace = match.namespace.split(":")[0] if match.namespace else ""
    for key in (f"{namespace}:{match.url_name}", f"{namespace}:*"):
        if key in BODY_LIMITS:
            return BODY_LIMITS[key]
    return DEFAULT_BODY_LIMIT
