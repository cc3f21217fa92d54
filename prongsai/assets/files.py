"""The register written as CSV or XLSX (the export and the blank template): the headings the
import reads, every text through exports.cells (never a formula)."""

import csv
import io
from collections.abc import Iterable, Sequence
from typing import Any

from prongsai.exports.cells import csv_row, safe_xlsx_append
from prongsai.exports.responses import CONTENT_TYPES, Rendered
from prongsai.exports.xlsx import FONT_NAME, FONT_SIZE

FORMATS = ("csv", "xlsx")
WIDTHS = [22, 36, 22, 18, 10, 14, 14, 20, 28, 14, 12, 30]


def render_sheet(
    headings: Sequence[str],
    rows: Iterable[Sequence[Any]],
    *,
    fmt: str,
    filename: str,
    title: str = "ทะเบียนครุภัณฑ์",
) -> Rendered:
    """`rows` under `headings` as `filename`.csv (UTF-8 with BOM: Excel shows the Thai) or
    `filename`.xlsx."""
    if fmt == "csv":
        text = io.StringIO()
        text.write("\ufeff")
        writer = csv.writer(text)
        writer.writerow(csv_row(headings))
        for row in rows:
            writer.writerow(csv_row(row))
        return Rendered(text.getvalue().encode("utf-8"), CONTENT_TYPES["csv"], f"{filename}.csv")
    return Rendered(_xlsx(headings, rows, title), CONTENT_TYPES["xlsx"], f"{filename}.xlsx")


def _xlsx(headings: Sequence[str], rows: Iterable[Sequence[Any]], title: str) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = title
    safe_xlsx_append(sheet, list(headings))
    for row in rows:
        safe_xlsx_append(sheet, list(row))
    bold = Font(name=FONT_NAME, size=FONT_SIZE, bold=True)
    for cell in sheet[1]:
        cell.font = bold
    for index, width in enumerate(WIDTHS[: len(headings)], start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    sheet.freeze_panes = "A2"
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def qr_svg(text: str) -> str:
    """A QR code of `text` as SVG markup (paths only: nothing of ours inside it)."""
    import qrcode
    import qrcode.image.svg

    image = qrcode.make(text, image_factory=qrcode.image.svg.SvgPathImage, box_size=10, border=2)
    svg: str = image.to_string(encoding="unicode")
    return svg
