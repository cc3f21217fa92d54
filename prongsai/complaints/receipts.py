"""Receipts: 16 random digits, shown once, stored only as a slow hash."""

import secrets

from prongsai.lib.thai import to_arabic_digits

LENGTH = 16


def new_receipt() -> str:
    return f"{secrets.randbelow(10**LENGTH):0{LENGTH}d}"


def normalise_receipt(text: str) -> str | None:
    """Digits only (Thai digits, spaces and dashes allowed); None unless exactly 16 digits."""
    digits = "".join(ch for ch in to_arabic_digits(str(text)) if ch.isdigit())
    if len(digits) != LENGTH or not digits.isascii():
        return None
    return digits


def display_receipt(receipt: str) -> str:
    """ "1234567812345678" → "1234 5678 1234 5678", easier to copy by hand."""
    return " ".join(receipt[i : i + 4] for i in range(0, LENGTH, 4))
