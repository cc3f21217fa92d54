"""What people type, made safe to store and to export (no Django here).

Control characters (U+0000–U+001F except tab, line feed and carriage return) have no place in
anything a person types: they are invisible, and XML (DOCX, XLSX) cannot hold them, so one stray
U+000B pasted from a PDF would break every export that includes the field.
"""

from __future__ import annotations

import re

_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
_MAX_ID = 2**63 - 1  # a database primary key (bigint)


def strip_controls(text: str) -> str:
    """`text` without control characters other than tab, line feed and carriage return."""
    return _CONTROLS.sub("", text)


def has_controls(text: str) -> bool:
    return _CONTROLS.search(text) is not None


def parse_id(raw: str | None) -> int | None:
    """A database id typed in a URL's query (`?service=12`), or None when it cannot be one."""
    if not raw or not raw.isascii() or not raw.isdigit() or len(raw) > 19:
        return None
    value = int(raw)
    return value if 0 < value <= _MAX_ID else None
