"""Thai text helpers: digits, Buddhist-era dates and the baht amount in words.

Thai government documents (ITA evidence, reports, due dates) are written with Buddhist-era
years, Thai month names and often Thai digits; money is also spelled out in words.  These
helpers keep that formatting in one tested place instead of scattered template code.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation, localcontext

__all__ = [
    "BE_OFFSET",
    "THAI_MONTHS",
    "THAI_MONTHS_SHORT",
    "baht_text",
    "be_year",
    "ce_year",
    "date_input_text",
    "duration_text",
    "parse_thai_date",
    "parse_thai_month_year",
    "thai_date",
    "thai_datetime",
    "thai_month_year",
    "to_arabic_digits",
    "to_thai_digits",
]

BE_OFFSET = 543
"""Years between the Buddhist era (พ.ศ.) and the common era (ค.ศ.)."""

THAI_MONTHS: tuple[str, ...] = (
    "มกราคม",
    "กุมภาพันธ์",
    "มีนาคม",
    "เมษายน",
    "พฤษภาคม",
    "มิถุนายน",
    "กรกฎาคม",
    "สิงหาคม",
    "กันยายน",
    "ตุลาคม",
    "พฤศจิกายน",
    "ธันวาคม",
)
"""Full month names, index 0 = January; used in formal documents."""

THAI_MONTHS_SHORT: tuple[str, ...] = (
    "ม.ค.",
    "ก.พ.",
    "มี.ค.",
    "เม.ย.",
    "พ.ค.",
    "มิ.ย.",
    "ก.ค.",
    "ส.ค.",
    "ก.ย.",
    "ต.ค.",
    "พ.ย.",
    "ธ.ค.",
)
"""Abbreviated month names, index 0 = January; used in tables and timestamps."""

_ARABIC = "0123456789"
_THAI = "๐๑๒๓๔๕๖๗๘๙"
_TO_THAI = str.maketrans(_ARABIC, _THAI)
_TO_ARABIC = str.maketrans(_THAI, _ARABIC)


def to_thai_digits(value: object) -> str:
    """Return ``str(value)`` with 0-9 replaced by Thai digits (``None`` gives "").

    Accepts any object so templates can pass numbers, dates or missing values directly.
    """
    if value is None:
        return ""
    return str(value).translate(_TO_THAI)


def to_arabic_digits(text: str) -> str:
    """Replace Thai digits with 0-9, leaving everything else alone, so Thai input parses."""
    return text.translate(_TO_ARABIC)


def be_year(ce_year: int) -> int:
    """Convert a common-era year to the Buddhist era used on Thai official documents."""
    return ce_year + BE_OFFSET


def ce_year(be_year: int) -> int:
    """Convert a Buddhist-era year back to the common era used by :mod:`datetime`."""
    return be_year - BE_OFFSET


def _month_name(month: int, *, short: bool) -> str:
    if not 1 <= month <= 12:
        raise ValueError(f"เดือนต้องอยู่ระหว่าง 1 ถึง 12 (ได้รับ {month!r})")
    return (THAI_MONTHS_SHORT if short else THAI_MONTHS)[month - 1]


def _digits(text: str, thai_digits: bool) -> str:
    return to_thai_digits(text) if thai_digits else text


def thai_date(value: date | datetime, *, short: bool = False, thai_digits: bool = False) -> str:
    """Format a date the Thai official way, e.g. "25 พฤศจิกายน 2569" or "25 พ.ย. 2569".

    The day has no leading zero and the year is Buddhist era; ``thai_digits`` gives "๒๕ …"
    for documents that must use Thai numerals.
    """
    text = f"{value.day} {_month_name(value.month, short=short)} {be_year(value.year)}"
    return _digits(text, thai_digits)


def thai_datetime(value: datetime, *, short: bool = True, thai_digits: bool = False) -> str:
    """Format a timestamp as "25 พ.ย. 2569 14:05 น." (24-hour clock).

    No time-zone conversion happens here: the caller localises first, keeping this module
    free of Django's time-zone settings.
    """
    date_text = thai_date(value, short=short)
    text = f"{date_text} {value.hour:02d}:{value.minute:02d} น."
    return _digits(text, thai_digits)


def thai_month_year(
    year_be: int, month: int, *, short: bool = False, thai_digits: bool = False
) -> str:
    """Format a Buddhist-era month and year, e.g. "กันยายน 2566" (or "กันยายน ๒๕๖๖").

    Used for due dates and reporting periods that name a month rather than a day.
    """
    text = f"{_month_name(month, short=short)} {year_be}"
    return _digits(text, thai_digits)


def _build_month_lookup() -> dict[str, int]:
    lookup: dict[str, int] = {}
    for number, (full, short) in enumerate(zip(THAI_MONTHS, THAI_MONTHS_SHORT, strict=True), 1):
        lookup[full] = number
        lookup[short] = number
        lookup[short.replace(".", "")] = number
    return lookup


_MONTH_LOOKUP = _build_month_lookup()
_MONTH_YEAR_RE = re.compile(r"^(?P<month>.+?)\s*(?:พ\.\s*ศ\.\s*)?(?P<year>\d{4})$")


def parse_thai_month_year(text: str) -> tuple[int, int] | None:
    """Parse "กันยายน ๒๕๖๖" (or "ก.ย. 2566", "กย 2566", "กันยายน พ.ศ. 2566") to ``(2566, 9)``.

    The reverse of :func:`thai_month_year`, tolerant of Thai or Arabic digits, abbreviations
    and stray spaces because such values arrive from seed files and human input.  Returns
    ``None`` rather than raising so callers can decide how to report bad input.
    """
    normalised = to_arabic_digits(" ".join(text.split()))
    match = _MONTH_YEAR_RE.match(normalised)
    if match is None:
        return None
    month = _MONTH_LOOKUP.get(re.sub(r"\s+", "", match["month"]))
    if month is None:
        return None
    return int(match["year"]), month


_DIGIT_WORDS = ("", "หนึ่ง", "สอง", "สาม", "สี่", "ห้า", "หก", "เจ็ด", "แปด", "เก้า")
_PLACE_WORDS = ("", "สิบ", "ร้อย", "พัน", "หมื่น", "แสน")
_SATANG = Decimal("0.01")
_MAX_DIGITS = 36
"""Largest supported power of ten, far beyond any real budget (10^36 baht)."""


def _group_words(group: int, *, higher_nonzero: bool) -> str:
    """Read 0-999,999 in words; ``higher_nonzero`` says whether digits above were read."""
    digits = [int(d) for d in reversed(str(group))]
    words: list[str] = []
    for place in range(len(digits) - 1, -1, -1):
        digit = digits[place]
        if digit == 0:
            continue
        if place == 1 and digit == 1:
            words.append("สิบ")
        elif place == 1 and digit == 2:
            words.append("ยี่สิบ")
        elif place == 0 and digit == 1 and (higher_nonzero or group > 1):
            words.append("เอ็ด")
        else:
            words.append(_DIGIT_WORDS[digit] + _PLACE_WORDS[place])
    return "".join(words)


def _integer_words(number: int) -> str:
    """Read a non-negative integer in Thai words, repeating ล้าน for each million group."""
    if number == 0:
        return "ศูนย์"
    groups: list[int] = []
    while number:
        number, group = divmod(number, 1_000_000)
        groups.append(group)
    parts: list[str] = []
    for index in range(len(groups) - 1, -1, -1):
        group = groups[index]
        if group:
            parts.append(_group_words(group, higher_nonzero=bool(parts)))
        if index and parts:
            parts.append("ล้าน")
    return "".join(parts)


MAX_BAHT = Decimal("999999999999.99")
_BAHT_WORDS = re.compile(r"(บาท(ถ้วน)?|baht|thb|฿)", re.IGNORECASE)
_BAHT_SHAPE = re.compile(r"\d+(\.\d{1,2})?")


def parse_baht(text: object) -> Decimal | None:
    """An amount of baht as people type it: "3500", "3,500.50", "๓,๕๐๐", "3500 บาท", "฿3,500",
    "3500." → Decimal("3500") (as typed: quantize to store). None for anything else: empty,
    negative, not a number, more than two decimals, more than 999,999,999,999.99. Callers
    decide whether zero is allowed."""
    cleaned = _BAHT_WORDS.sub("", to_arabic_digits(str(text)))
    cleaned = re.sub(r"[,\s\u00a0]", "", cleaned)
    if cleaned.endswith("."):
        cleaned = cleaned[:-1]
    if not _BAHT_SHAPE.fullmatch(cleaned):
        return None
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        return None
    return value if value <= MAX_BAHT else None


def _to_decimal(amount: Decimal | int | float | str) -> Decimal:
    error = ValueError(f"จำนวนเงินไม่ถูกต้อง: {amount!r} ไม่ใช่ตัวเลข")
    if isinstance(amount, bool):
        raise error
    try:
        if isinstance(amount, Decimal):
            value = amount
        elif isinstance(amount, int):
            value = Decimal(amount)
        elif isinstance(amount, float):
            # repr() keeps the shortest round-tripping form, so 1.005 stays 1.005.
            value = Decimal(repr(amount))
        elif isinstance(amount, str):
            cleaned = to_arabic_digits(amount).replace(",", "").strip()
            value = Decimal(cleaned)
        else:
            raise error
    except (InvalidOperation, ValueError):
        raise error from None
    if not value.is_finite():
        raise error
    if value and value.adjusted() > _MAX_DIGITS:
        # A cap keeps "1e999999999" from forcing a billion-digit quantize.
        raise ValueError(f"จำนวนเงินไม่ถูกต้อง: {amount!r} มากเกินไป")
    return value


def baht_text(amount: Decimal | int | float | str) -> str:
    """Spell a baht amount in Thai words, as on cheques, receipts and procurement forms.

    The amount is rounded half-up to whole satang (0.005 → หนึ่งสตางค์).  Follows the
    Excel ``BAHTTEXT`` / PyThaiNLP ``bahttext`` convention: a units digit 1 reads "เอ็ด"
    whenever any higher digit was read (11 → สิบเอ็ด, 101 → หนึ่งร้อยเอ็ด, 1,000,001 →
    หนึ่งล้านเอ็ด), but "หนึ่ง" when it stands alone (1 → หนึ่ง, 1,000,000 → หนึ่งล้าน).
    Whole amounts end in "บาทถ้วน"; satang-only amounts omit บาท; negatives start with "ลบ".
    Raises ``ValueError`` with a Thai message for anything that is not a finite number.
    """
    exact = _to_decimal(amount)
    with localcontext() as context:
        # Enough precision that huge amounts quantise instead of raising InvalidOperation.
        context.prec = max(context.prec, exact.adjusted() + 6)
        value = exact.quantize(_SATANG, rounding=ROUND_HALF_UP)
        total_satang = int(abs(value) * 100)
    negative = value < 0
    baht, satang = divmod(total_satang, 100)
    if baht == 0 and satang == 0:
        return "ศูนย์บาทถ้วน"
    text = ""
    if baht:
        text += _integer_words(baht) + "บาท"
    text += (_integer_words(satang) + "สตางค์") if satang else "ถ้วน"
    return ("ลบ" if negative else "") + text


_DURATION_UNITS = ((24 * 60, "วัน", "day"), (60, "ชั่วโมง", "hour"), (1, "นาที", "minute"))


def duration_text(minutes: int, *, english: bool = False) -> str:
    """Say a duration in natural units: 1440 → "1 วัน", 150 → "2 ชั่วโมง 30 นาที".

    A day is 24 hours (how service manuals state promised times); zero reads "0 นาที".
    ``english`` gives "1 day", "2 hours 30 minutes" for the English interface.
    """
    if isinstance(minutes, bool) or not isinstance(minutes, int) or minutes < 0:
        raise ValueError(f"ระยะเวลาต้องเป็นจำนวนนาทีที่ไม่ติดลบ (ได้รับ {minutes!r})")
    parts: list[str] = []
    rest = minutes
    for size, thai_unit, english_unit in _DURATION_UNITS:
        count, rest = divmod(rest, size)
        if count:
            unit = (english_unit + ("s" if count != 1 else "")) if english else thai_unit
            parts.append(f"{count:,} {unit}")
    if not parts:
        return "0 minutes" if english else "0 นาที"
    return " ".join(parts)


BE_YEAR_FROM = 2400
"""A four-digit year from here on is Buddhist era; below it, common era (2400 BE = 1857 CE)."""

_NUMERIC_DATE_RE = re.compile(
    r"^(?P<a>\d{1,4})\s*[/.\-]\s*(?P<b>\d{1,2})\s*[/.\-]\s*(?P<c>\d{1,4})$"
)
_WORDS_DATE_RE = re.compile(
    r"^(?P<day>\d{1,2})\s*(?P<month>[^\d\s].*?)\s*(?:พ\.\s*ศ\.\s*)?(?P<year>\d{2,4})$"
)


def _year_from_typed(year_text: str) -> int | None:
    """The common-era year for what was typed: 2569 (BE), 2026 (CE) or 69 (BE 2569)."""
    year = int(year_text)
    if len(year_text) <= 2:
        return ce_year(2500 + year)
    if len(year_text) != 4:
        return None
    return ce_year(year) if year >= BE_YEAR_FROM else year


def _safe_date(year: int | None, month: int, day: int) -> date | None:
    if year is None:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def is_impossible_date(text: str) -> bool:
    """Typed in the right shape (day/month/year, day 1–31, month 1–12) but not a day of the
    calendar: "31/02/2569", "31/04/2569", "29/02/2569" (2026 is no leap year). For a message
    that says so, instead of one about the format."""
    match = _NUMERIC_DATE_RE.match(to_arabic_digits(" ".join(text.split())))
    if match is None or len(match.group("a")) > 2:
        return False
    day, month = int(match.group("a")), int(match.group("b"))
    return 1 <= day <= 31 and 1 <= month <= 12 and parse_thai_date(text) is None


def parse_thai_date(text: str) -> date | None:
    """Read a date as Thai people type it; ``None`` when it is not one.

    Day first: "25/11/2569", "25-11-2569", "25.11.69", "๒๕/๑๑/๒๕๖๙", "25 พ.ย. 2569",
    "25 พฤศจิกายน พ.ศ. 2569".  A four-digit year of 2400 or more is Buddhist era, below it
    common era ("25/11/2026"); a two-digit year is the Buddhist era's last two digits.
    ISO "2026-11-25" (what a browser's date picker and the API send) is read as well, and so
    are the bare digits a phone's number pad gives: "25112569", "251169".
    """
    normalised = to_arabic_digits(" ".join(text.split()))
    if not normalised:
        return None
    if normalised.isdigit() and len(normalised) in (6, 8):  # 25112569 or 251169 (phone keypads)
        return _safe_date(
            _year_from_typed(normalised[4:]), int(normalised[2:4]), int(normalised[:2])
        )
    match = _NUMERIC_DATE_RE.match(normalised)
    if match is not None:
        first, middle, last = match["a"], match["b"], match["c"]
        if len(first) == 4 and len(last) <= 2:  # year first: 2026-11-25 or 2569-11-25
            return _safe_date(_year_from_typed(first), int(middle), int(last))
        if len(first) > 2:
            return None
        return _safe_date(_year_from_typed(last), int(middle), int(first))
    match = _WORDS_DATE_RE.match(normalised)
    if match is not None:
        month = _MONTH_LOOKUP.get(re.sub(r"\s+", "", match["month"]))
        if month is not None:
            return _safe_date(_year_from_typed(match["year"]), month, int(match["day"]))
    return None


def date_input_text(value: date) -> str:
    """The value a date box shows: "25/11/2569" (day/month/Buddhist-era year)."""
    return f"{value.day:02d}/{value.month:02d}/{be_year(value.year)}"
