"""Import of purchases from a sheet: upload → preview with each row's problems → confirm,
every row or none; and the blank template to fill in."""

import csv
import io

from django.contrib import messages
from django.core import signing
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from prongsai.agencies.access import staff_view
from prongsai.agencies.menu import staff_context
from prongsai.agencies.models import Agency
from prongsai.exports.cells import csv_row, safe_xlsx_append
from prongsai.exports.responses import CONTENT_TYPES, Rendered, file_response
from prongsai.lib.fiscal import is_plausible_year
from prongsai.procurement import actions, sheet
from prongsai.procurement.access import EDITORS
from prongsai.procurement.forms import ImportForm

IMPORT_SALT = "prongsai.procurement-import"
PREVIEW_HOURS = 1


@staff_view(*EDITORS)
def purchase_import(request: HttpRequest, agency: Agency, year: int) -> HttpResponse:
    if not is_plausible_year(year):
        raise Http404
    if request.method == "POST" and "confirm" in request.POST:
        return _confirm(request, agency, year)
    form = ImportForm(request.POST or None, request.FILES or None)
    rows = None
    token = ""
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["sheet"]
        try:
            table = sheet.read_table(upload.name, upload.read())
            rows = sheet.parse_purchases(table, year=year)
        except sheet.SheetError as error:
            form.add_error("sheet", str(error))
        else:
            if not any(row.errors for row in rows):
                payload = {"year": year, "rows": [row.clean for row in rows]}
                token = signing.dumps(payload, salt=IMPORT_SALT, compress=True)
    context = staff_context(
        request,
        agency,
        year=year,
        form=form,
        rows=rows,
        token=token,
        bad_rows=[row for row in rows or [] if row.errors],
        headings=sheet.heading_row(),
    )
    return render(request, "procurement/staff_import.html", context)


def _confirm(request: HttpRequest, agency: Agency, year: int) -> HttpResponse:
    try:
        payload = signing.loads(
            request.POST.get("token", ""), salt=IMPORT_SALT, max_age=PREVIEW_HOURS * 3600
        )
    except signing.BadSignature:
        payload = None
    if not payload or payload.get("year") != year:
        messages.error(request, _("The preview has expired. Please upload the file again."))
        return redirect("procurement:purchase_import", agency=agency.slug, year=year)
    rows = [sheet.purchase_data(clean) for clean in payload["rows"]]
    try:
        count = actions.import_purchases(agency=agency, year=year, rows=rows)
    except ValidationError as error:
        messages.error(
            request, _("Nothing was imported: %(reason)s") % {"reason": " ".join(error.messages)}
        )
        return redirect("procurement:purchase_import", agency=agency.slug, year=year)
    messages.success(request, _("%(count)d purchases were imported.") % {"count": count})
    return redirect("procurement:staff_year", agency=agency.slug, year=year)


@staff_view(*EDITORS)
def import_template(request: HttpRequest, agency: Agency, fmt: str) -> HttpResponse:
    headings = sheet.heading_row()
    if fmt == "csv":
        text = io.StringIO()
        writer = csv.writer(text)
        writer.writerow(csv_row(headings))
        writer.writerow(csv_row(sheet.EXAMPLE))
        content = ("\ufeff" + text.getvalue()).encode("utf-8")
        rendered = Rendered(content, CONTENT_TYPES["csv"], "purchases-template.csv")
    elif fmt == "xlsx":
        content = _one_sheet(headings, sheet.EXAMPLE)
        rendered = Rendered(content, CONTENT_TYPES["xlsx"], "purchases-template.xlsx")
    else:
        raise Http404
    return file_response(rendered, inline=False)


def _one_sheet(headings: list[str], example: list[str]) -> bytes:
    """One sheet (the import reads the first): the headings and the example row."""
    from openpyxl import Workbook

    workbook = Workbook()
    first = workbook.active
    assert first is not None
    first.title = "สขร.1"
    safe_xlsx_append(first, headings)
    safe_xlsx_append(first, example)
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()
