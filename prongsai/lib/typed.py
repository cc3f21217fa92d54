"""What people type, made comparable: Thai numerals, text typed with the Thai keyboard layout
switched on, spaces and hyphens in phone numbers. Django-free."""

import re

THAI_DIGITS = "๐๑๒๓๔๕๖๗๘๙"

# The Thai Kedmanee layout, key by key, to the Latin letter or digit of the same key (the
# unshifted rows and the shifted letter rows): "หึจ" is "S70" typed with Thai switched on.
_KEDMANEE = {
    **dict(zip("ๅ/-ภถุึคตจขช", "1234567890-=", strict=True)),
    **dict(zip("ๆไำพะัีรนยบล", "qwertyuiop[]", strict=True)),
    **dict(zip("ฟหกดเ้่าสวง", "asdfghjkl;'", strict=True)),
    **dict(zip("ผปแอิืทมใฝ", "zxcvbnm,./", strict=True)),
    **dict(zip("ฎฑธํ๊ณฯญ", "ERTYUIOP", strict=True)),
    **dict(zip("ฤฆฏโฌ็๋ษศ", "ASDFGHJKL", strict=True)),
    **dict(zip("ฉฮฺ์ฒฬฦ", "CVBN,./", strict=True)),
}


def thai_numerals_to_arabic(text: str) -> str:
    return "".join(str(THAI_DIGITS.index(ch)) if ch in THAI_DIGITS else ch for ch in text)


def thai_keyboard_to_latin(text: str) -> str:
    """Thai numerals by their value, other Thai characters by the key that typed them."""
    text = thai_numerals_to_arabic(text)
    return "".join(_KEDMANEE.get(ch, ch) if "\u0e00" <= ch <= "\u0e7f" else ch for ch in text)


_PHONE_SEPARATORS = re.compile(r"[\s\-.()/]")


def normalise_thai_phone(text: str) -> str | None:
    """A Thai phone number as its digits ("0812345678", "021234567"), or None.

    Accepts spaces, hyphens, dots and brackets, Thai numerals and +66 / 66 for the leading 0;
    a mobile number has 10 digits (06, 08, 09), a fixed line 9 (02–07), an extension after
    "ต่อ"/"ext" is dropped."""
    text = thai_numerals_to_arabic(text.strip())
    text = re.split(r"(?i)ต่อ|ext\.?|x", text, maxsplit=1)[0]
    digits = _PHONE_SEPARATORS.sub("", text)
    if digits.startswith("+66"):
        digits = "0" + digits[3:]
    elif digits.startswith("66") and len(digits) in (10, 11):
        digits = "0" + digits[2:]
    if re.fullmatch(r"0[689]\d{8}", digits) or re.fullmatch(r"0[2-7]\d{7}", digits):
        return digits
    return None
