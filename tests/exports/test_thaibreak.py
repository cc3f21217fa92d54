"""Soft breaks in long Thai words, numbered cell items, the print copy of a report."""

import os
import re
from pathlib import Path

import pytest

from prongsai.measures.document import Cell, Numbering
from prongsai.measures.thaibreak import (
    ZWSP,
    numbered_items,
    prepare_for_print,
    soft_breaks,
    strip_breaks,
)
from tests.exports import seed_document, seed_path, small_document

# A syllable never starts with a vowel sign written after/above/below its consonant, a tone
# mark or another combining mark: a break before one of these would cut a syllable.
_NOT_A_START = re.compile("[\u0e30-\u0e3a\u0e45\u0e47-\u0e4e]")


def test_long_word_breaks_between_syllables():
    assert soft_breaks("ประชาสัมพันธ์") == ZWSP.join(["ประ", "ชา", "สัม", "พันธ์"])


@pytest.mark.parametrize(
    "text",
    [
        "น้ำ ปี่ ญี่ปุ่น",
        "คุณธรรมและความโปร่งใส",  # a long run of short words: only long *words* break
        "Pay for Performance (E-Service) ITA/IIT ๒๕๖๖ 2566",
        "กันยายน ๒๕๖๖",
        "",
        "ปปช.",
    ],
)
def test_other_text_is_untouched(text):
    assert soft_breaks(text) == text


def test_threshold():
    assert ZWSP not in soft_breaks("ประชาสัมพันธ์", min_len=14)
    assert ZWSP in soft_breaks("ประชาสัมพันธ์", min_len=12)


def test_seed_text_round_trips_and_never_cuts_a_syllable():
    text = seed_path().read_text(encoding="utf-8")
    broken = soft_breaks(text)
    assert strip_breaks(broken) == text
    assert broken.count(ZWSP) > 20
    for piece in broken.split(ZWSP)[1:]:
        assert piece
        assert not _NOT_A_START.match(piece), piece[:20]
    # Latin words and digits keep their characters and spacing exactly.
    assert re.findall(r"[A-Za-z0-9]+", broken) == re.findall(r"[A-Za-z0-9]+", text)


def test_strip_breaks():
    assert strip_breaks(f"ประ{ZWSP}ชา{ZWSP}สัม{ZWSP}พันธ์") == "ประชาสัมพันธ์"


def test_pythainlp_data_stays_out_of_home():
    import prongsai.measures.thaibreak  # noqa: F401 -- importing it sets the directory

    data_dir = Path(os.environ.get("PYTHAINLP_DATA") or os.environ["PYTHAINLP_DATA_DIR"])
    assert data_dir.name == "pythainlp-data"
    assert data_dir.parent != Path.home()


@pytest.mark.parametrize(
    ("numbering", "labels"),
    [(Numbering.PAREN, ["๑)", "๒)"]), (Numbering.DOT, ["๑.", "๒."]), (Numbering.NONE, ["", ""])],
)
def test_numbered_items(numbering, labels):
    cell = Cell(["ก", "ข"], numbering)
    assert [label for label, _ in numbered_items(cell)] == labels
    assert [text for _, text in numbered_items(cell)] == ["ก", "ข"]


def test_numbered_items_match_the_cell_text():
    for doc in (seed_document(), small_document()):
        for measure in doc.measures:
            for row in measure.rows:
                for cell in (row.steps, row.summary, row.outcome):
                    shown = " ".join(
                        f"{label} {text}" if label else text for label, text in numbered_items(cell)
                    )
                    assert shown == cell.text


def test_prepare_for_print_copies():
    doc = small_document()
    printed = prepare_for_print(doc)
    assert printed is not doc
    assert ZWSP not in repr(doc)  # the original is unchanged
    assert printed.measures[0].rows[0].responsible == soft_breaks("งานประชาสัมพันธ์")
    assert (
        strip_breaks(printed.measures[1].rows[0].steps.items[0])
        == (doc.measures[1].rows[0].steps.items[0])
    )
    assert printed.measures[0].rows[0].steps.numbering is Numbering.PAREN
