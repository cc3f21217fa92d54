"""The register as a sheet: reading an upload into checked rows (Thai messages per row), and
the rows of the export and of the blank template. Nothing is saved here."""

import re
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from django.utils.translation import gettext as _

from prongsai.agencies.models import Agency, Unit
from prongsai.agencies.people_import import SheetError, read_table
from prongsai.assets.actions import AssetData
from prongsai.assets.models import Asset
from prongsai.assets.values import (
    CONDITION_THAI,
    KIND_THAI,
    normal_number,
    parse_amount,
    parse_condition,
    parse_kind,
)
from prongsai.lib.thai import date_input_text, parse_thai_date

__all__ = ["HEADINGS", "SheetError", "SheetRow", "parse_assets", "read_table"]

# The columns of the register, in order (what the template and the export write).
HEADINGS = [
    ("number", "เลขครุภัณฑ์"),
    ("name", "รายการ"),
    ("brand_model", "ยี่ห้อ/รุ่น"),
    ("serial", "S/N"),
    ("unit_of_count", "หน่วยนับ"),
    ("acquired_on", "วันที่ได้มา"),
    ("cost", "ราคาทุน"),
    ("fund_source", "แหล่งเงิน"),
    ("location", "ที่ตั้ง/หน่วยงานที่ดูแล"),
    ("condition", "สภาพ"),
    ("kind", "ประเภท"),
    ("notes", "หมายเหตุ"),
]
# Other headings people use for the same columns (compared without spaces, lower-cased).
ALIASES = {
    "เลขทะเบียน": "number",
    "รหัสครุภัณฑ์": "number",
    "หมายเลขครุภัณฑ์": "number",
    "รายการครุภัณฑ์": "name",
    "ชื่อ": "name",
    "ยี่ห้อ": "brand_model",
    "รุ่น": "brand_model",
    "หมายเลขเครื่อง": "serial",
    "sn": "serial",
    "serial": "serial",
    "ราคา": "cost",
    "ราคาต่อหน่วย": "cost",
    "ที่ตั้ง": "location",
    "หน่วยงานที่ดูแล": "location",
}
REQUIRED = ("number", "name")
MAX_ROWS = 5000
EXAMPLE = [
    "7440-001-0001/2567",
    "เครื่องคอมพิวเตอร์โน้ตบุ๊ก",
    "Acer Aspire 5",
    "NXA1B2C3D4",
    "เครื่อง",
    "15/06/2567",
    "๒๒,๐๐๐",
    "เงินงบประมาณ",
    "ห้องปฏิบัติการคอมพิวเตอร์ ๑",
    "ใช้งานได้",
    "ครุภัณฑ์",
    "",
]


def _key(text: str) -> str:
    return "".join(text.split()).lower()


COLUMNS = (
    {_key(thai): name for name, thai in HEADINGS}
    | {_key(name): name for name, _thai in HEADINGS}
    | {_key(alias): name for alias, name in ALIASES.items()}
)
MAX_LENGTHS: dict[str, int] = {
    field.name: field.max_length
    for field in Asset._meta.fields
    if field.max_length and field.name in dict(HEADINGS) and field.name not in ("condition", "kind")
}
_EXCEL_DATETIME = re.compile(r"^(\d{4}-\d{2}-\d{2})[ T]00:00:00$")


@dataclass
class SheetRow:
    line: int
    values: dict[str, str]
    clean: dict[str, Any] = field(default_factory=dict)  # JSON-safe: signed into the preview
    errors: list[str] = field(default_factory=list)
    existing: bool = False  # the number is in the register: the row updates that asset


def parse_assets(agency: Agency, table: list[list[str]], *, today: date) -> list[SheetRow]:
    """Check every row; each carries its own Thai errors. SheetError for the file as a whole."""
    non_empty = [
        (index, row) for index, row in enumerate(table, start=1) if any(c.strip() for c in row)
    ]
    if not non_empty:
        raise SheetError(_("The file is empty."))
    heading_line, heading = non_empty[0]
    columns = [COLUMNS.get(_key(cell), "") for cell in heading]
    if any(name not in columns for name in REQUIRED):
        raise SheetError(
            _("Line %(line)d must be the heading row with the columns %(columns)s.")
            % {"line": heading_line, "columns": ", ".join(thai for _name, thai in HEADINGS)}
        )
    if len(non_empty) - 1 > MAX_ROWS:
        raise SheetError(_("At most %(max)d assets per file.") % {"max": MAX_ROWS})
    units = {_key(unit.name_th): unit.pk for unit in Unit.objects.filter(agency=agency)}
    seen: dict[str, int] = {}
    rows = []
    for line, cells in non_empty[1:]:
        values = {
            column: str(cell).strip()
            for column, cell in zip(columns, cells, strict=False)
            if column
        }
        row = SheetRow(line=line, values=values)
        _check_row(row, units, seen, today)
        rows.append(row)
    if not rows:
        raise SheetError(_("The file has a heading row but no assets under it."))
    _mark_existing(agency, rows)
    return rows


def _mark_existing(agency: Agency, rows: list[SheetRow], chunk: int = 500) -> None:
    numbers = [row.clean["number"] for row in rows if row.clean.get("number")]
    found: set[str] = set()
    for start in range(0, len(numbers), chunk):
        found.update(
            Asset.objects.filter(
                agency=agency, number__in=numbers[start : start + chunk]
            ).values_list("number", flat=True)
        )
    for row in rows:
        row.existing = row.clean.get("number") in found


def _check_row(row: SheetRow, units: dict[str, int], seen: dict[str, int], today: date) -> None:
    values, clean, errors = row.values, row.clean, row.errors
    number = normal_number(values.get("number", ""))
    if not number:
        errors.append(_("the asset number (เลขครุภัณฑ์) is empty"))
    elif number in seen:
        errors.append(
            _("the asset number %(number)s is already on row %(line)d")
            % {"number": number, "line": seen[number]}
        )
    else:
        seen[number] = row.line
    clean["number"] = number
    if not values.get("name"):
        errors.append(_("the item (รายการ) is empty"))
    for name in ("name", "brand_model", "serial", "unit_of_count", "fund_source", "location"):
        clean[name] = " ".join(values.get(name, "").split())
    clean["notes"] = values.get("notes", "")
    for name, limit in MAX_LENGTHS.items():
        if len(clean.get(name, "")) > limit:
            errors.append(
                _("“%(column)s” is longer than %(max)d characters")
                % {"column": dict(HEADINGS)[name], "max": limit}
            )
    _check_date(values.get("acquired_on", ""), clean, errors, today)
    try:
        cost = parse_amount(values.get("cost", ""))
    except ValueError:
        errors.append(
            _("the cost “%(value)s” is not an amount in baht (for example 3,500 or 3500.50)")
            % {"value": values.get("cost", "")}
        )
    else:
        clean["cost"] = None if cost is None else str(cost)
    condition = parse_condition(values.get("condition", ""))
    if condition is None:
        errors.append(
            _("the condition “%(value)s” is unknown; write one of: %(choices)s")
            % {"value": values["condition"], "choices": ", ".join(CONDITION_THAI.values())}
        )
    clean["condition"] = condition
    kind = parse_kind(values.get("kind", ""))
    if kind is None:
        errors.append(
            _("the kind “%(value)s” is unknown; write ครุภัณฑ์ or วัสดุ") % {"value": values["kind"]}
        )
    clean["kind"] = kind
    clean["responsible_unit"] = units.get(_key(clean["location"]))


def _check_date(text: str, clean: dict[str, Any], errors: list[str], today: date) -> None:
    clean["acquired_on"] = None
    if not text:
        return
    excel = _EXCEL_DATETIME.match(text)
    parsed = parse_thai_date(excel[1] if excel else text)
    if parsed is None:
        errors.append(
            _(
                "the date acquired “%(value)s” is not a date; write day/month/Buddhist-era "
                "year, for example 15/06/2567"
            )
            % {"value": text}
        )
    elif parsed > today:
        errors.append(
            _("the date acquired %(value)s is in the future") % {"value": date_input_text(parsed)}
        )
    else:
        clean["acquired_on"] = parsed.isoformat()


def asset_data(clean: dict[str, Any], units: dict[int, Unit]) -> AssetData:
    """The checked row (as signed into the preview) as what the import saves."""
    unit_id = clean.get("responsible_unit")
    return AssetData(
        number=clean["number"],
        name=clean["name"],
        brand_model=clean["brand_model"],
        serial=clean["serial"],
        unit_of_count=clean["unit_of_count"],
        acquired_on=date.fromisoformat(clean["acquired_on"]) if clean["acquired_on"] else None,
        cost=Decimal(clean["cost"]) if clean["cost"] is not None else None,
        fund_source=clean["fund_source"],
        location=clean["location"],
        responsible_unit=units.get(unit_id) if unit_id else None,
        condition=clean["condition"],
        kind=clean["kind"],
        notes=clean["notes"],
    )


def export_row(asset: Asset) -> list[Any]:
    """One asset as the sheet writes it: readable again by the import."""
    return [
        asset.number,
        asset.name,
        asset.brand_model,
        asset.serial,
        asset.unit_of_count,
        date_input_text(asset.acquired_on) if asset.acquired_on else "",
        asset.cost if asset.cost is not None else "",
        asset.fund_source,
        asset.location,
        CONDITION_THAI[Asset.Condition(asset.condition)],
        KIND_THAI[Asset.Kind(asset.kind)],
        asset.notes,
    ]


def heading_row() -> list[str]:
    return [thai for _name, thai in HEADINGS]
