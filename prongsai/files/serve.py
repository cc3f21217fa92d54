"""One way to answer with an uploaded file, once a view has decided who may read it.

`serve_file` names the file by its original (Thai) name (RFC 5987), types it by what its bytes
are (never by its name alone), forbids sniffing, keeps private files out of every cache, and
either streams it with Django or, when `FILES_SENDFILE` says so, hands the byte transfer to the
web server: `nginx` → `X-Accel-Redirect: <FILES_SENDFILE_PREFIX><name in storage>` (an
`internal` location), `apache` → `X-Sendfile: <absolute path>` (Apache mod_xsendfile,
lighttpd). Bytes decrypted in memory (complaint attachments) are always answered by Django.
"""

from __future__ import annotations

import io
from typing import IO, cast
from urllib.parse import quote

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.core.files.storage import FileSystemStorage
from django.db.models.fields.files import FieldFile
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.utils.http import content_disposition_header

from prongsai.uploads.checks import sniff

__all__ = ["CONTENT_TYPES", "INLINE_KINDS", "content_type_of", "kind_of", "serve_file"]

# What each kind of contents is served as (the kinds of `uploads.checks.sniff`, plus webp).
CONTENT_TYPES: dict[str, str] = {
    "pdf": "application/pdf",
    "jpeg": "image/jpeg",
    "png": "image/png",
    "gif": "image/gif",
    "webp": "image/webp",
    "heic": "image/heic",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    "html": "text/html; charset=utf-8",
    "text": "text/plain; charset=utf-8",
}
# The old Office formats share one container; its name tells which program opens it.
OLE_TYPES: dict[str, str] = {
    ".doc": "application/msword",
    ".xls": "application/vnd.ms-excel",
    ".ppt": "application/vnd.ms-powerpoint",
}
UNKNOWN = "application/octet-stream"
# Shown in the browser; everything else (HTML above all) is downloaded.
INLINE_KINDS = frozenset({"pdf", "jpeg", "png", "gif", "webp"})
SENDFILE_MODES = ("", "nginx", "apache")
PUBLIC_MAX_AGE = 3600


def kind_of(stream: IO[bytes]) -> str | None:
    """What the contents of `stream` are (position kept), or None when unknown."""
    start = stream.tell()
    head = stream.read(16)
    stream.seek(start)
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "webp"
    return sniff(stream)


def content_type_of(kind: str | None, filename: str) -> str:
    if kind == "ole":
        lower = filename.lower()
        return OLE_TYPES.get(lower[lower.rfind(".") :] if "." in lower else "", UNKNOWN)
    return CONTENT_TYPES.get(kind or "", UNKNOWN)


def _mode() -> str:
    mode = (getattr(settings, "FILES_SENDFILE", "") or "").lower()
    if mode not in SENDFILE_MODES:
        raise ImproperlyConfigured("FILES_SENDFILE must be empty, 'nginx' or 'apache'.")
    return mode


def _safe_name(filename: str) -> str:
    name = "".join(ch for ch in filename if ch >= " " and ch not in '"\\/\x7f')
    return name.strip() or "file"


def serve_file(
    request: HttpRequest,
    stored: FieldFile | bytes,
    *,
    filename: str,
    private: bool = True,
    inline: bool | None = None,
    max_age: int = PUBLIC_MAX_AGE,
) -> HttpResponse:
    """Answer with `stored` (a file in the default storage, or bytes already read) under
    `filename`. `inline` defaults to showing PDFs and pictures and downloading the rest.
    A file missing from the storage answers 404."""
    name = _safe_name(filename)
    if isinstance(stored, bytes):
        kind = kind_of(io.BytesIO(stored))
        response = HttpResponse(stored)
        mode = ""
    else:
        if not stored:
            raise Http404
        try:
            handle = stored.open("rb")
        except (FileNotFoundError, IsADirectoryError) as missing:
            raise Http404 from missing
        kind = kind_of(handle)
        mode = _mode() if isinstance(stored.storage, FileSystemStorage) else ""
        if mode:
            handle.close()
            response = HttpResponse()
            if mode == "nginx":
                prefix = getattr(settings, "FILES_SENDFILE_PREFIX", "/protected-media/")
                response["X-Accel-Redirect"] = prefix.rstrip("/") + "/" + quote(stored.name or "")
            else:
                response["X-Sendfile"] = stored.path
        else:
            # A FileResponse streams (a StreamingHttpResponse); typed as HttpResponse so that
            # every view keeps one return type. Django serves either.
            response = cast(HttpResponse, FileResponse(handle))
    show = kind in INLINE_KINDS if inline is None else inline and kind in INLINE_KINDS
    response["Content-Type"] = content_type_of(kind, name)
    response["Content-Disposition"] = content_disposition_header(not show, name) or "attachment"
    response["X-Content-Type-Options"] = "nosniff"
    if kind != "pdf":  # browsers' PDF viewers refuse a sandbox; the site's own policy applies
        # Even opened in the browser, an uploaded file runs no script and reaches nothing of ours.
        response["Content-Security-Policy"] = "default-src 'none'; img-src 'self'; sandbox"
    if private:
        response["Cache-Control"] = "private, no-store"
    else:
        response["Cache-Control"] = f"public, max-age={max_age}"
    return response
