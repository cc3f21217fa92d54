"""JSON bodies cleaned like form values (accounts/cleaning.py): no control characters stored."""

from __future__ import annotations

from typing import Any

from rest_framework.parsers import JSONParser

from prongsai.lib.text import strip_controls


def _clean(value: Any) -> Any:
    if isinstance(value, str):
        return strip_controls(value)
    if isinstance(value, list):
        return [_clean(item) for item in value]
    if isinstance(value, dict):
        return {strip_controls(str(key)): _clean(item) for key, item in value.items()}
    return value


class CleanJSONParser(JSONParser):
    def parse(self, stream: Any, media_type: str | None = None, parser_context: Any = None) -> Any:
        return _clean(super().parse(stream, media_type, parser_context))
