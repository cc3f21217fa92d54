import re

THAI = re.compile(r"[\u0E00-\u0E7F]")


def is_thai(text: str) -> bool:
    """True when the text is written in Thai (holds Thai letters)."""
    return bool(THAI.search(text))
