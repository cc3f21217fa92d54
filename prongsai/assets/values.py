"""Reading what people type into the register: amounts in baht, conditions, kinds, numbers.

Plain functions, used by the form and by the sheet import alike.
"""

import re
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from prongsai.assets.models import Asset
from prongsai.lib.thai import parse_baht, to_arabic_digits

MAX_COST = Decimal("999999999999.99")
_BAHT = re.compile(r"(บาท|฿|baht|thb)", re.IGNORECASE)


def parse_amount(text: str) -> Decimal | None:
    """ "3500", "3,500.00", "๓,๕๐๐", "3500 บาท", "฿3,500" → Decimal; "" → None.
    ValueError when it is not an amount of baht (negative, more than 2 decimals, too large)."""
    if not _BAHT.sub("", text).replace(",", "").replace(".", "").strip():
        return None
    value = parse_baht(text)
    if value is None or value > MAX_COST:
        raise ValueError(text)
    return value


def normal_number(text: str) -> str:
    """An asset number as stored: Arabic digits, single spaces, no spaces around / and -."""
    number = " ".join(to_arabic_digits(text).split())
    return re.sub(r"\s*([/\-])\s*", r"\1", number)


_CONDITION_WORDS: dict[str, str] = {
    "ใช้งานได้": Asset.Condition.USABLE,
    "ใช้การได้": Asset.Condition.USABLE,
    "ใช้ได้": Asset.Condition.USABLE,
    "ดี": Asset.Condition.USABLE,
    "ปกติ": Asset.Condition.USABLE,
    "ใช้อยู่": Asset.Condition.USABLE,
    "ชำรุด": Asset.Condition.DAMAGED,
    "เสื่อม": Asset.Condition.DETERIORATED,
    "เสื่อมสภาพ": Asset.Condition.DETERIORATED,
    "สูญ": Asset.Condition.LOST,
    "สูญไป": Asset.Condition.LOST,
    "สูญหาย": Asset.Condition.LOST,
    "ไม่จำเป็น": Asset.Condition.NOT_NEEDED,
    "ไม่จำเป็นต้องใช้": Asset.Condition.NOT_NEEDED,
    "ไม่ใช้": Asset.Condition.NOT_NEEDED,
    "ไม่ใช้แล้ว": Asset.Condition.NOT_NEEDED,
}
_KIND_WORDS: dict[str, str] = {
    "ครุภัณฑ์": Asset.Kind.DURABLE,
    "ใช้คงรูป": Asset.Kind.DURABLE,
    "วัสดุ": Asset.Kind.CONSUMABLE,
    "ใช้สิ้นเปลือง": Asset.Kind.CONSUMABLE,
}


def _lookup(words: dict[str, str], choices: Sequence[tuple[str, Any]], text: str) -> str | None:
    key = "".join(text.split()).lower()
    if not key:
        return None
    for code, label in choices:
        if key in (code.lower(), "".join(str(label).split()).lower()):
            return code
    return words.get(key)


def parse_condition(text: str) -> str | None:
    """ "ชำรุด", "เสื่อมสภาพ", "damaged" … → the code; "" → usable; None when unknown."""
    if not text.strip():
        return str(Asset.Condition.USABLE)
    return _lookup(_CONDITION_WORDS, Asset.Condition.choices, text)


def parse_kind(text: str) -> str | None:
    """ "ครุภัณฑ์" / "วัสดุ" (or the codes) → the code; "" → durable; None when unknown."""
    if not text.strip():
        return str(Asset.Kind.DURABLE)
    return _lookup(_KIND_WORDS, Asset.Kind.choices, text)


CONDITION_THAI = {
    Asset.Condition.USABLE: "ใช้งานได้",
    Asset.Condition.DAMAGED: "ชำรุด",
    Asset.Condition.DETERIORATED: "เสื่อมสภาพ",
    Asset.Condition.LOST: "สูญไป",
    Asset.Condition.NOT_NEEDED: "ไม่จำเป็นต้องใช้",
}
KIND_THAI = {Asset.Kind.DURABLE: "ครุภัณฑ์", Asset.Kind.CONSUMABLE: "วัสดุ"}
"""The words a sheet is written with (exports and the template), whatever the page's language."""
