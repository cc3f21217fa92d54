"""Thai search: words cut by PyThaiNLP (newmm) when an item is saved, and in the query only.

`search_text` is every word of the title, summary and body, lowercased, space-separated; a query
matches an item holding every word of the query (each as part of the stored text, so "ทุจริต"
finds "การป้องกันการทุจริต" and "ป้องกันทุจริต" finds it too).
"""

import os
import re
from pathlib import Path

_PROJECT_DIR = Path(__file__).resolve().parent.parent.parent
# PyThaiNLP creates ~/pythainlp-data on import unless told otherwise: keep it under var/ (as
# measures.thaibreak does; PyThaiNLP 5.4 refuses both the old and the new variable set).
if not (os.environ.get("PYTHAINLP_DATA") or os.environ.get("PYTHAINLP_DATA_DIR")):
    os.environ["PYTHAINLP_DATA"] = str(
        Path(os.environ.get("PRONGSAI_VAR_DIR", _PROJECT_DIR / "var")) / "pythainlp-data"
    )

_THAI = re.compile("[\u0e01-\u0e4e]")
_WORD = re.compile(r"\w", re.UNICODE)
MAX_QUERY_WORDS = 8


def words(text: str) -> list[str]:
    """The words of `text`, lowercased (Thai cut by newmm; other scripts at spaces)."""
    text = (text or "").lower()
    if not text.strip():
        return []
    if _THAI.search(text):
        from pythainlp.tokenize import word_tokenize

        found = word_tokenize(text, engine="newmm", keep_whitespace=False)
    else:
        found = text.split()
    return [word.strip() for word in found if _WORD.search(word)]


def search_text(*parts: str) -> str:
    return " ".join(word for part in parts for word in words(part))


def query_words(query: str) -> list[str]:
    """The query's words (at most MAX_QUERY_WORDS, each at most 50 characters)."""
    return [word[:50] for word in words(query[:200])][:MAX_QUERY_WORDS]
