"""Step durations: stored in minutes, shown as hours and minutes."""

from django.utils.translation import ngettext

from prongsai.lib.thai import to_thai_digits


def split(minutes: int) -> tuple[int, int]:
    return divmod(max(int(minutes), 0), 60)


def duration_text(minutes: int) -> str:
    """90 → "1 hour 30 minutes" in the visitor's language (screens)."""
    hours, rest = split(minutes)
    parts = []
    if hours:
        parts.append(ngettext("%(count)s hour", "%(count)s hours", hours) % {"count": hours})
    if rest or not hours:
        parts.append(ngettext("%(count)s minute", "%(count)s minutes", rest) % {"count": rest})
    return " ".join(parts)


def duration_document(minutes: int) -> str:
    """90 → "๑ ชั่วโมง ๓๐ นาที" (official documents: always Thai, Thai numerals)."""
    hours, rest = split(minutes)
    parts = []
    if hours:
        parts.append(f"{to_thai_digits(hours)} ชั่วโมง")
    if rest or not hours:
        parts.append(f"{to_thai_digits(rest)} นาที")
    return " ".join(parts)
