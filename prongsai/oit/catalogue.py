"""Load the shipped OIT lists (data/oit_items.yaml, from shared/reference) into checklists.

Used by a data migration and by `manage.py load_oit_checklists`; idempotent.
"""

import re
from pathlib import Path
from typing import Any

import yaml

from prongsai.oit.generators import generator_for_title

DATA = Path(__file__).resolve().parent / "data" / "oit_items.yaml"

# Evidence windows of the 2566 list (ITA.md "Time windows"): items about last year's results,
# about the first six months, or timeless; everything else is dated in the current year.
WINDOWS_2566 = {
    "previous": {"O13", "O17", "O22", "O26", "O38"},
    "first_half": {"O12", "O21", "O29", "O37"},
    "any": {
        "O1",
        "O2",
        "O3",
        "O5",
        "O6",
        "O8",
        "O9",
        "O10",
        "O14",
        "O15",
        "O18",
        "O25",
        "O27",
        "O28",
        "O39",
    },
}


def window_of(year: str, code: str) -> str:
    if year == "2566":
        for window, codes in WINDOWS_2566.items():
            if code in codes:
                return window
    return "current"


def _subindicator(raw: str) -> tuple[str, str]:
    # The reference marks how sure each name is ("(name I)"); that is for us, not for users.
    raw = re.sub(r"\s*\(name [A-Za-z0-9-]+\)", "", raw or "").strip()
    first, _space, rest = raw.partition(" ")
    if first.replace(".", "").isdigit():
        # "ข้อมูลพื้นฐาน (การประชาสัมพันธ์)": items of one sub-indicator group under its name.
        return first, re.sub(r"\s*\(.*\)\s*$", "", rest).strip()
    return "", raw


def _lists(data: dict[str, Any]) -> list[tuple[int, str, list[dict[str, Any]], str]]:
    found = []
    for year, content in data["years"].items():
        note = content.get("note", "") or content.get("scheme", "")
        found.append((int(year), "nacc", content.get("items", []), note))
        if year == "2566":
            # OBEC's school list of 2566 is the NACC list with school wording (ITA.md).
            found.append((int(year), "obec_school", content.get("items", []), content["scheme"]))
        variant = content.get("variant_ovec_vocational")
        if isinstance(variant, dict) and variant.get("items"):
            found.append((int(year), "ovec", variant["items"], "OVEC"))
    return found


def load_checklists(checklist_model: Any, item_model: Any) -> int:
    """Create or update the shipped checklists; returns the number of items written."""
    data = yaml.safe_load(DATA.read_text(encoding="utf-8"))
    written = 0
    for year, scheme, items, note in _lists(data):
        checklist, _created = checklist_model.objects.update_or_create(
            year=year, scheme=scheme, owner=None, defaults={"note": note[:2000]}
        )
        for order, raw in enumerate(items, start=1):
            code = str(raw["code"])
            number, name = _subindicator(str(raw.get("subindicator", "")))
            title = str(raw.get("title_th") or raw.get("title_en") or code)
            item_model.objects.update_or_create(
                checklist=checklist,
                code=code,
                defaults={
                    "order": order,
                    "title": title[:500],
                    "title_en": str(raw.get("title_en", ""))[:500],
                    "subindicator": number,
                    "subindicator_name": name[:300],
                    "requirements": [str(r) for r in raw.get("requirements", []) or []],
                    "window": window_of(str(year), code),
                    "generator": generator_for_title(title),
                },
            )
            written += 1
    return written
