"""Files checked by what they are, not by their name, and office files unpacked with a cap.

`sniff(head)` names a file's contents from its first bytes (and, for an Office Open XML
package, its member names): pdf, jpeg, png, heic, gif, docx, xlsx, pptx, ole (the old .doc,
.xls, .ppt), html, text. `check_upload` refuses a file whose name and contents disagree (a text
file renamed .jpg), one larger than its kind allows or of a content its kind does not take.
`check_zip` reads only the ZIP's central directory and refuses a package that would unpack to
more than `max_unpacked` bytes or compress better than `max_ratio`:1 (a 646 KB DOCX that
unpacks to 600 MB), before python-docx or openpyxl inflate anything.
"""

from __future__ import annotations

import io
import zipfile
from typing import IO, Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from prongsai.uploads.limits import MB, UploadKind

__all__ = [
    "EXTENSIONS",
    "ZipTooLarge",
    "check_upload",
    "check_zip",
    "sniff",
]

HEAD_BYTES = 8192
MAX_RATIO = 100  # unpacked size ÷ packed size, for packages that unpack past RATIO_FLOOR
RATIO_FLOOR = 10 * MB
MAX_MEMBERS = 10_000

# What each file name extension must contain.
EXTENSIONS: dict[str, tuple[str, ...]] = {
    ".pdf": ("pdf",),
    ".jpg": ("jpeg",),
    ".jpeg": ("jpeg",),
    ".png": ("png",),
    ".heic": ("heic",),
    ".gif": ("gif",),
    ".docx": ("docx",),
    ".xlsx": ("xlsx",),
    ".pptx": ("pptx",),
    ".doc": ("ole",),
    ".xls": ("ole",),
    ".ppt": ("ole",),
    ".txt": ("text",),
    ".csv": ("text",),
    ".html": ("html", "text"),
    ".htm": ("html", "text"),
}
OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


class ZipTooLarge(ValueError):
    """A package that would unpack past the cap; `str()` is a Thai message."""


def _max_unpacked() -> int:
    return int(getattr(settings, "UPLOAD_MAX_UNPACKED_MB", 50)) * MB


def check_zip(
    source: IO[bytes] | bytes,
    *,
    max_unpacked: int | None = None,
    max_ratio: int = MAX_RATIO,
    name: str = "",
) -> None:
    """Raise `ZipTooLarge` when the package would unpack too large (its central directory
    only is read; nothing is inflated). A file that is not a ZIP is left to its reader."""
    limit = _max_unpacked() if max_unpacked is None else max_unpacked
    stream = io.BytesIO(source) if isinstance(source, bytes) else source
    start = stream.tell()
    try:
        with zipfile.ZipFile(stream) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError):
        return
    finally:
        stream.seek(start)
    stream.seek(0, io.SEEK_END)
    packed = max(stream.tell() - start, 1)
    stream.seek(start)
    unpacked = sum(member.file_size for member in members)
    too_many = len(members) > MAX_MEMBERS
    too_big = unpacked > limit
    too_dense = unpacked > RATIO_FLOOR and unpacked / packed > max_ratio
    if too_many or too_big or too_dense:
        raise ZipTooLarge(
            _(
                "“%(name)s” would unpack to %(unpacked)s MB (at most %(limit)s MB and %(ratio)s "
                "times its size are allowed), so it was not opened. Save it again from Word or "
                "Excel without embedded files, or split it."
            )
            % {
                "name": name or _("The file"),
                "unpacked": f"{unpacked / MB:,.0f}",
                "limit": f"{limit / MB:,.0f}",
                "ratio": max_ratio,
            }
        )


def _zip_kind(stream: IO[bytes]) -> str | None:
    start = stream.tell()
    try:
        with zipfile.ZipFile(stream) as archive:
            names = set(archive.namelist())
    except (zipfile.BadZipFile, OSError, ValueError):
        return None
    finally:
        stream.seek(start)
    if "[Content_Types].xml" not in names:
        return None
    for prefix, kind in (("word/", "docx"), ("xl/", "xlsx"), ("ppt/", "pptx")):
        if any(n.startswith(prefix) for n in names):
            return kind
    return None


def _is_text(head: bytes) -> bool:
    if b"\x00" in head:
        return False
    sample = head[:HEAD_BYTES]
    for encoding in ("utf-8", "cp874"):
        try:
            sample.decode(encoding)
        except UnicodeDecodeError as error:
            if encoding == "utf-8" and error.start >= len(sample) - 3:
                return True  # a character cut by the sample's end
            continue
        return True
    return False


def sniff(stream: IO[bytes]) -> str | None:
    """The kind of contents of `stream` (position kept), or None when unknown."""
    start = stream.tell()
    head = stream.read(HEAD_BYTES)
    stream.seek(start)
    if head.startswith(b"%PDF-"):
        return "pdf"
    if head.startswith(b"\xff\xd8"):  # the JPEG start-of-image marker
        return "jpeg"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if head.startswith((b"GIF87a", b"GIF89a")):
        return "gif"
    if head[4:8] == b"ftyp" and head[8:12] in (b"heic", b"heix", b"mif1", b"msf1", b"hevc"):
        return "heic"
    if head.startswith(b"PK\x03\x04"):
        return _zip_kind(stream)
    if head.startswith(OLE):  # the container of the old .doc, .xls and .ppt
        return "ole"
    if _is_text(head):
        lower = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
        if lower.startswith((b"<!doctype html", b"<html")) or b"<table" in lower:
            return "html"
        return "text"
    return None


def _extension(name: str) -> str:
    lower = name.lower()
    return lower[lower.rfind(".") :] if "." in lower else ""


def check_upload(upload: Any, kind: UploadKind) -> None:
    """Raise ValidationError (Thai, naming the file) when `upload` is too large, of a kind of
    contents `kind` does not take, or its contents do not match its name."""
    name = upload.name or _("The file")
    if upload.size is not None and upload.size > kind.max_bytes:
        raise ValidationError(
            _("“%(name)s” is larger than %(mb)s MB. Attach a smaller file.")
            % {"name": name, "mb": kind.max_mb}
        )
    expected = EXTENSIONS.get(_extension(name), ())
    allowed = [content for content in expected if content in kind.contents]
    refuse = ValidationError(
        _("“%(name)s” cannot be attached here. Allowed: %(what)s.")
        % {"name": name, "what": kind.label}
    )
    if not allowed:
        raise refuse
    stream = upload.file if hasattr(upload, "file") else upload
    stream.seek(0)
    actual = sniff(stream)
    stream.seek(0)
    if actual not in allowed:
        raise ValidationError(
            _(
                "“%(name)s” is not what its name says (its contents are not a %(type)s file). "
                "Attach the original file."
            )
            % {"name": name, "type": _extension(name).lstrip(".").upper()}
        )
    if actual in ("docx", "xlsx", "pptx"):
        try:
            check_zip(stream, name=name)
        except ZipTooLarge as error:
            raise ValidationError(str(error)) from None
