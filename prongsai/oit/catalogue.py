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


def _components(raw: Any) -> list[tuple[str, str, str]]:
    """(Thai, English, kind of agency or "") of each required component of a shipped item."""
    rows = []
    for entry in raw or []:
        if isinstance(entry, dict):
            thai = str(entry.get("th") or entry.get("en") or "")
            rows.append((thai, str(entry.get("en") or ""), str(entry.get("for") or "")))
        else:
            rows.append((str(entry), str(entry), ""))
    return rows


def _remapped_ticks(
    ticks: list[Any], old: list[str], new: list[tuple[str, str, str]]
) -> list[bool]:
    """Ticks follow their component when the list of components changes (an English component
    ticked before it was written in Thai stays ticked)."""
    position = {text: index for index, text in enumerate(old)}
    remapped = []
    for thai, english, _kind in new:
        index = position.get(thai, position.get(english))
        remapped.append(bool(index is not None and index < len(ticks) and ticks[index]))
    return remapped


def _stamp(item: Any, fields: dict[str, Any], answer_model: Any) -> None:
    """Write the shipped fields onto an installed item; answers' ticks follow their component."""
    components = fields.pop("components")
    old = [str(text) for text in item.requirements or []]
    fields["requirements"] = [thai for thai, _en, _kind in components]
    fields["requirements_en"] = [english for _th, english, _kind in components]
    fields["requirements_for"] = [kind for _th, _en, kind in components]
    if old and old != fields["requirements"] and answer_model is not None:
        for answer in answer_model.objects.filter(item=item):
            answer.ticks = _remapped_ticks(list(answer.ticks or []), old, components)
            answer.save(update_fields=["ticks"])
    for name, value in fields.items():
        setattr(item, name, value)
    item.save()


def _retranslate_copies(
    item_model: Any, answer_model: Any, known: dict[str, tuple[str, str, str]]
) -> None:
    """An office's own lists were copied from the shipped ones: components still in the old
    English words get the Thai text too (an office's own wording is left alone)."""
    for item in item_model.objects.filter(checklist__owner__isnull=False):
        old = [str(text) for text in item.requirements or []]
        if not old or not all(text in known for text in old):
            continue
        components = [known[text] for text in old]
        if [thai for thai, _en, _kind in components] == old:
            continue
        _stamp(item, {"components": components}, answer_model)


def load_checklists(checklist_model: Any, item_model: Any, answer_model: Any = None) -> int:
    """Create or update the shipped checklists; returns the number of items written.

    Installed items are re-stamped (titles, Thai components, windows, generators), so an
    existing database gets the current text; answers keep their ticks.
    """
    data = yaml.safe_load(DATA.read_text(encoding="utf-8"))
    written = 0
    known: dict[str, tuple[str, str, str]] = {}
    for year, scheme, items, note in _lists(data):
        checklist, _created = checklist_model.objects.update_or_create(
            year=year, scheme=scheme, owner=None, defaults={"note": note[:2000]}
        )
        for order, raw in enumerate(items, start=1):
            code = str(raw["code"])
            number, name = _subindicator(str(raw.get("subindicator", "")))
            title = str(raw.get("title_th") or raw.get("title_en") or code)
            components = _components(raw.get("requirements"))
            for component in components:
                known.setdefault(component[1], component)
            item = item_model.objects.filter(checklist=checklist, code=code).first()
            item = item or item_model(checklist=checklist, code=code)
            _stamp(
                item,
                {
                    "order": order,
                    "title": title[:500],
                    "title_en": str(raw.get("title_en", ""))[:500],
                    "subindicator": number,
                    "subindicator_name": name[:300],
                    "components": components,
                    "window": window_of(str(year), code),
                    "generator": str(raw.get("generator") or generator_for_title(title)),
                },
                answer_model,
            )
            written += 1
    _retranslate_copies(item_model, answer_model, known)
    return written
