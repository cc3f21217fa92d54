"""Thai text prepared for printing: soft line breaks in long words, numbered cell items.

Browsers break Thai lines with a dictionary (ICU), but a long compound such as
"ประชาสัมพันธ์" still overflows a narrow table cell: the engine will not break inside a word it
knows. `soft_breaks` inserts U+200B ZERO WIDTH SPACE at syllable boundaries inside Thai words of
12 or more characters (PyThaiNLP's newmm word tokenizer, then its syllable tokenizer), so the
line may break there and nowhere mid-syllable. Shorter words, Latin text, digits and spaces are
left exactly as they were. `strip_breaks` undoes it (for comparisons and the text layer).

`prepare_for_print` returns a copy of a `ReportDocument` with soft breaks in every printed
string; `numbered_items` gives a cell's items with their Thai-digit labels ("๑)", "๑.") the way
the source numbered them. No Django here; PyThaiNLP is imported on first use.
"""

from __future__ import annotations

import dataclasses
import os
import re
import threading
from functools import lru_cache
from pathlib import Path
from typing import Any

from prongsai.lib.thai import to_thai_digits
from prongsai.measures.document import Cell, Measure, Numbering, ReportDocument, Row

__all__ = [
    "MIN_LEN",
    "ZWSP",
    "introduction_paragraphs",
    "numbered_items",
    "prepare_for_print",
    "soft_breaks",
    "strip_breaks",
    "warm_up",
]

ZWSP = "\u200b"
MIN_LEN = 12
"""Thai words this long or longer get soft breaks; a lower threshold breaks ordinary words."""

_PROJECT_DIR = Path(__file__).resolve().parent.parent.parent
# PyThaiNLP creates ~/pythainlp-data on import unless told otherwise: keep it under var/.
# PyThaiNLP 5.4 prefers PYTHAINLP_DATA (PYTHAINLP_DATA_DIR is deprecated) and refuses to start
# when both are set, so we set the new name only when neither is (the Makefile sets the old one).
if not (os.environ.get("PYTHAINLP_DATA") or os.environ.get("PYTHAINLP_DATA_DIR")):
    os.environ["PYTHAINLP_DATA"] = str(
        Path(os.environ.get("PRONGSAI_VAR_DIR", _PROJECT_DIR / "var")) / "pythainlp-data"
    )

# Thai letters, vowels and tone marks (not the Thai digits ๐-๙ nor the symbols ๏ ๚ ๛).
_THAI_RUN = re.compile("[\u0e01-\u0e4e]+")
_warm_lock = threading.Lock()


@lru_cache(maxsize=1)
def warm_up() -> None:
    """Import PyThaiNLP and load the tokenizers' dictionaries once per process (~1 s)."""
    with _warm_lock:
        from pythainlp.tokenize import syllable_tokenize, word_tokenize

        word_tokenize("ประชาสัมพันธ์", engine="newmm")
        syllable_tokenize("ประชาสัมพันธ์")


@lru_cache(maxsize=4096)
def _break_run(run: str, min_len: int) -> str:
    """One unbroken run of Thai letters, with U+200B between the syllables of its long words."""
    warm_up()
    from pythainlp.tokenize import syllable_tokenize, word_tokenize

    out: list[str] = []
    for word in word_tokenize(run, engine="newmm", keep_whitespace=True):
        if len(word) >= min_len and _THAI_RUN.fullmatch(word):
            syllables = [s for s in syllable_tokenize(word) if s]
            # The syllable tokenizer must only cut, never change characters; if not, keep the word.
            if len(syllables) > 1 and "".join(syllables) == word:
                out.append(ZWSP.join(syllables))
                continue
        out.append(word)
    joined = "".join(out)
    return joined if strip_breaks(joined) == run else run


def soft_breaks(text: str, min_len: int = MIN_LEN) -> str:
    """Insert U+200B at syllable boundaries inside Thai words of at least `min_len` characters.

    Everything else is left untouched: shorter Thai words, spaces, Latin text, digits and
    punctuation. Only runs of Thai letters at least `min_len` long are tokenized at all.
    """
    if not text:
        return text
    return _THAI_RUN.sub(
        lambda m: _break_run(m.group(0), min_len) if len(m.group(0)) >= min_len else m.group(0),
        text,
    )


def strip_breaks(text: str) -> str:
    """Remove every U+200B."""
    return text.replace(ZWSP, "")


def numbered_items(cell: Cell) -> list[tuple[str, str]]:
    """The cell's items as (label, text): ("๑)", …) for PAREN, ("๑.", …) for DOT, ("", …) else."""
    if cell.numbering is Numbering.NONE:
        return [("", item) for item in cell.items]
    mark = ")" if cell.numbering is Numbering.PAREN else "."
    return [(f"{to_thai_digits(i)}{mark}", item) for i, item in enumerate(cell.items, 1)]


def introduction_paragraphs(text: str) -> list[str]:
    """The introduction's paragraphs: one per non-blank line."""
    return [line.strip() for line in text.splitlines() if line.strip()]


def _cell(cell: Cell) -> Cell:
    return Cell(items=[soft_breaks(item) for item in cell.items], numbering=cell.numbering)


def _row(row: Row) -> Row:
    return dataclasses.replace(
        row,
        steps=_cell(row.steps),
        responsible=soft_breaks(row.responsible),
        summary=_cell(row.summary),
        outcome=_cell(row.outcome),
        due=soft_breaks(row.due),
        progress=[soft_breaks(p) for p in row.progress],
    )


def _measure(measure: Measure) -> Measure:
    return dataclasses.replace(
        measure,
        name=soft_breaks(measure.name),
        heading_tail=soft_breaks(measure.heading_tail),
        rows=[_row(r) for r in measure.rows],
    )


def prepare_for_print(doc: ReportDocument) -> ReportDocument:
    """A copy of `doc` with soft breaks in every printed string; `doc` itself is not changed."""
    changes: dict[str, Any] = {
        "cover_lines": [soft_breaks(line) for line in doc.cover_lines],
        "title": soft_breaks(doc.title),
        "period_line": soft_breaks(doc.period_line),
        "introduction": soft_breaks(doc.introduction),
        "measures": [_measure(m) for m in doc.measures],
        "column_headings": tuple(soft_breaks(h) for h in doc.column_headings),
    }
    return dataclasses.replace(doc, **changes)
