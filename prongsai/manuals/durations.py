"""Step durations: stored in minutes, said in days, hours and minutes (prongsai.lib.thai)."""

from django.utils.translation import get_language

from prongsai.lib.thai import duration_text as _duration_text
from prongsai.lib.thai import to_thai_digits


def duration_text(minutes: int) -> str:
    """90 → "1 ชั่วโมง 30 นาที" in the visitor's language (screens)."""
    english = (get_language() or "").startswith("en")
    return _duration_text(max(int(minutes), 0), english=english)


def duration_document(minutes: int) -> str:
    """90 → "๑ ชั่วโมง ๓๐ นาที" (official documents: always Thai, Thai numerals)."""
    return to_thai_digits(_duration_text(max(int(minutes), 0)))
