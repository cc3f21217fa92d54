from pathlib import Path

import polib

PO = (
    Path(__file__).resolve().parent.parent
    / "prongsai"
    / "locale"
    / "th"
    / "LC_MESSAGES"
    / "django.po"
)


def test_thai_catalogue_is_complete():
    catalogue = polib.pofile(str(PO))
    untranslated = [entry.msgid for entry in catalogue.untranslated_entries()]
    fuzzy = [entry.msgid for entry in catalogue.fuzzy_entries()]
    assert untranslated == [], f"untranslated: {untranslated[:10]}"
    assert fuzzy == [], f"fuzzy: {fuzzy[:10]}"


def test_compiled_catalogue_matches_the_source():
    source = {
        (entry.msgctxt, entry.msgid): entry.msgstr
        for entry in polib.pofile(str(PO))
        if not entry.msgid_plural
    }
    compiled = {
        (entry.msgctxt, entry.msgid): entry.msgstr
        for entry in polib.mofile(str(PO.with_suffix(".mo")))
        if not entry.msgid_plural
    }
    assert compiled == source, "run `make messages` to recompile django.mo"
