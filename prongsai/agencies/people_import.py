"""Read a sheet of people (CSV or XLSX) into checked rows, with Thai messages per row.

Nothing is saved here: `import_people` in actions saves all rows or none.
"""

import csv
import io
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.utils.translation import gettext as _

from prongsai.accounts.models import User
from prongsai.agencies.models import Agency, Unit
from prongsai.agencies.roles import Role

# Column headings we accept, Thai or English, mapped to our field names.
HEADINGS = {
    "username": "username",
    "ชื่อผู้ใช้": "username",
    "title": "title",
    "คำนำหน้า": "title",
    "first_name": "first_name",
    "ชื่อ": "first_name",
    "last_name": "last_name",
    "นามสกุล": "last_name",
    "email": "email",
    "อีเมล": "email",
    "phone": "phone",
    "โทรศัพท์": "phone",
    "roles": "roles",
    "บทบาท": "roles",
    "unit": "unit",
    "หน่วยงานย่อย": "unit",
    "position": "position",
    "ตำแหน่ง": "position",
}
REQUIRED_COLUMNS = ("username", "first_name", "roles")
TEMPLATE_HEADINGS = [
    "ชื่อผู้ใช้",
    "คำนำหน้า",
    "ชื่อ",
    "นามสกุล",
    "อีเมล",
    "โทรศัพท์",
    "บทบาท",
    "หน่วยงานย่อย",
    "ตำแหน่ง",
]
MAX_ROWS = 2000


@dataclass
class SheetRow:
    line: int
    values: dict[str, str]
    roles: list[str] = field(default_factory=list)
    unit_id: int | None = None
    errors: list[str] = field(default_factory=list)
    invite: bool = False  # an existing account uses the e-mail address: it will be invited


class SheetError(ValueError):
    """The file as a whole cannot be read (wrong type, no heading row, missing columns)."""


def read_table(name: str, content: bytes) -> list[list[str]]:
    """The cells of the first sheet as text, from .csv (UTF-8 or Thai Windows) or .xlsx."""
    lowered = name.lower()
    if lowered.endswith(".xlsx"):
        return _read_xlsx(content)
    if lowered.endswith(".csv"):
        return _read_csv(content)
    raise SheetError(_("Please upload a .csv or .xlsx file."))


def _read_csv(content: bytes) -> list[list[str]]:
    for encoding in ("utf-8-sig", "cp874"):
        try:
            text = content.decode(encoding)
        except UnicodeDecodeError:
            continue
        return [list(row) for row in csv.reader(io.StringIO(text))]
    raise SheetError(_("The CSV file is not in UTF-8 or Thai (TIS-620) encoding."))


def _read_xlsx(content: bytes) -> list[list[str]]:
    from openpyxl import load_workbook  # heavy; only when a sheet is uploaded

    from prongsai.uploads.checks import ZipTooLarge, check_zip

    try:  # the package's directory only: nothing is inflated past the cap
        check_zip(content)
    except ZipTooLarge as error:
        raise SheetError(str(error)) from None
    try:
        workbook = load_workbook(io.BytesIO(content), read_only=True, data_only=True)
        try:
            sheet = workbook.worksheets[0]
            rows = [
                ["" if cell is None else str(cell).strip() for cell in row]
                for row in sheet.iter_rows(values_only=True)
            ]
        finally:
            workbook.close()
    except Exception as exc:  # a damaged file raises zip, XML, key and index errors alike
        raise SheetError(_("The Excel file could not be opened. Save it again as .xlsx.")) from exc
    return rows


def role_lookup() -> dict[str, str]:
    """Role codes and their Thai and English labels, lower-cased, to the code."""
    lookup: dict[str, str] = {}
    for code, label in Role.choices:
        lookup[code] = code
        lookup[str(label).strip().lower()] = code
    thai = {
        "บุคลากร": Role.STAFF,
        "หัวหน้างาน": Role.UNIT_HEAD,
        "หัวหน้าฝ่าย": Role.UNIT_HEAD,
        "ผู้รับผิดชอบ ita": Role.ITA_OFFICER,
        "ผู้รับผิดชอบเรื่องร้องเรียน": Role.COMPLAINT_OFFICER,
        "เจ้าหน้าที่พัสดุ": Role.ASSET_OFFICER,
        "ผู้อำนวยการ": Role.DIRECTOR,
        "ผู้กำกับดูแล": Role.SUPERVISOR,
    }
    lookup.update({key: str(value) for key, value in thai.items()})
    return lookup


def parse_people(agency: Agency, table: list[list[str]]) -> list[SheetRow]:
    """Check every row against the agency; each row carries its own Thai errors."""
    non_empty = [
        (index, row) for index, row in enumerate(table, start=1) if any(c.strip() for c in row)
    ]
    if not non_empty:
        raise SheetError(_("The file is empty."))
    heading_line, heading = non_empty[0]
    columns = [HEADINGS.get(cell.strip().lower(), "") for cell in heading]
    missing = [name for name in REQUIRED_COLUMNS if name not in columns]
    if missing:
        raise SheetError(
            _("Line %(line)d must be the heading row with the columns %(columns)s.")
            % {"line": heading_line, "columns": ", ".join(TEMPLATE_HEADINGS)}
        )
    if len(non_empty) - 1 > MAX_ROWS:
        raise SheetError(_("At most %(max)d people per file.") % {"max": MAX_ROWS})

    roles = role_lookup()
    units = {unit.name_th.strip().lower(): unit.pk for unit in Unit.objects.filter(agency=agency)}
    seen: dict[str, int] = {}
    rows: list[SheetRow] = []
    for line, cells in non_empty[1:]:
        values = {
            column: cell.strip() for column, cell in zip(columns, cells, strict=False) if column
        }
        row = SheetRow(line=line, values=values)
        _check_row(row, roles, units, seen)
        rows.append(row)
    if not rows:
        raise SheetError(_("The file has a heading row but no people under it."))
    _check_accounts(rows)
    return rows


def _check_accounts(rows: list[SheetRow]) -> None:
    """The e-mail address identifies the person: an existing account is invited (never a site
    administrator's); a new one needs a username nobody uses."""
    emails = {row.values.get("email", "").lower() for row in rows} - {""}
    accounts: dict[str, list[User]] = {}
    for user in User.objects.filter(email__in=emails).only("email", "is_superuser"):
        accounts.setdefault(user.email.lower(), []).append(user)
    # Case-insensitive e-mail matches that the `in` above missed.
    for email in emails - set(accounts):
        found = list(User.objects.filter(email__iexact=email).only("email", "is_superuser")[:2])
        if found:
            accounts[email] = found
    usernames = [row.values.get("username", "") for row in rows]
    taken = {
        name.lower()
        for name in User.objects.filter(username__in=usernames).values_list("username", flat=True)
    }
    for row in rows:
        email = row.values.get("email", "").lower()
        if not email:
            row.errors.append(_("the e-mail address is empty (it identifies the person)"))
            continue
        found = accounts.get(email, [])
        if any(user.is_superuser for user in found):
            row.errors.append(
                _("this e-mail address belongs to a site administrator, who cannot be added here")
            )
        elif len(found) > 1:
            row.errors.append(
                _("several accounts use this e-mail address; ask the site administrator")
            )
        elif found:
            row.invite = True
        elif row.values.get("username", "").lower() in taken:
            row.errors.append(
                _("the username “%(value)s” is already taken; choose another for the new account")
                % {"value": row.values.get("username", "")}
            )


def _check_row(
    row: SheetRow, roles: dict[str, str], units: dict[str, int], seen: dict[str, int]
) -> None:
    username = row.values.get("username", "")
    if not username:
        row.errors.append(_("the username is empty"))
    elif not all(ch.isalnum() or ch in "@.+-_" for ch in username) or not username.isascii():
        row.errors.append(
            _("the username “%(value)s” may use only English letters, digits and @ . + - _")
            % {"value": username}
        )
    elif username.lower() in seen:
        row.errors.append(
            _("the username “%(value)s” is already on line %(line)d")
            % {"value": username, "line": seen[username.lower()]}
        )
    else:
        seen[username.lower()] = row.line
    if not row.values.get("first_name"):
        row.errors.append(_("the first name is empty"))
    email = row.values.get("email", "")
    if email:
        try:
            validate_email(email)
        except ValidationError:
            row.errors.append(_("“%(value)s” is not an e-mail address") % {"value": email})
    raw_roles = [part.strip() for part in row.values.get("roles", "").replace(";", ",").split(",")]
    for raw in filter(None, raw_roles):
        code = roles.get(raw.lower())
        if code is None:
            row.errors.append(_("the role “%(value)s” is unknown") % {"value": raw})
        elif code not in row.roles:
            row.roles.append(code)
    if not any(raw_roles):
        row.errors.append(_("no role is given"))
    unit_name = row.values.get("unit", "")
    if unit_name:
        unit_id = units.get(unit_name.lower())
        if unit_id is None:
            row.errors.append(
                _("the unit “%(value)s” does not exist in this agency") % {"value": unit_name}
            )
        row.unit_id = unit_id
