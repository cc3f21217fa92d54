"""Tracking numbers: how they are made and how what people type is read back."""

import re
import secrets
from datetime import date

from prongsai.lib.fiscal import fiscal_year
from prongsai.lib.typed import thai_keyboard_to_latin

# Letters and digits that cannot be mistaken for each other when read out on the phone.
TRACKING_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
_SHAPE = re.compile(r"S(\d{2})([A-Z0-9]{6})")


def new_tracking(today: date) -> str:
    """ "S70-K7Q9PX": S + the fiscal year's last two digits + six random characters."""
    suffix = "".join(secrets.choice(TRACKING_ALPHABET) for _ in range(6))
    return f"S{fiscal_year(today) % 100:02d}-{suffix}"


_CODES = len(TRACKING_ALPHABET) ** 6
_SPREAD = 0x2F5A3B7  # odd, so n → n × _SPREAD mod 32**6 visits every code once


def sequence_tracking(today: date, number: int) -> str:
    """The `number`-th tracking number of a generated batch (demo, load): shaped like online
    ones ("S70-K7Q9PX"), distinct for distinct numbers below 32**6, spread over the alphabet."""
    code = (number * _SPREAD) % _CODES
    suffix = ""
    for _position in range(6):
        code, digit = divmod(code, len(TRACKING_ALPHABET))
        suffix += TRACKING_ALPHABET[digit]
    return f"S{fiscal_year(today) % 100:02d}-{suffix}"


def normalise_tracking(typed: str) -> str:
    """What a person typed as the stored form: "s70 sxzm4n", "S70SXZM4N", "ห๗๐-…" (Thai
    keyboard or numerals) → "S70-SXZM4N". Anything else comes back upper-cased without spaces,
    so older numbers ("D01322") are still found."""
    latin = thai_keyboard_to_latin(typed).upper()
    compact = re.sub(r"[^A-Z0-9]", "", latin)
    match = _SHAPE.fullmatch(compact)
    if match:
        return f"S{match.group(1)}-{match.group(2)}"
    return re.sub(r"\s", "", latin)
