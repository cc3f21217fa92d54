"""Import of the register from a sheet (upload → preview → confirm, all rows or none), the
blank template and the export, as CSV or XLSX."""

from django.contrib import messages
from django.core import signing
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from prongsai.agencies.access import staff_view, user_of
from prongsai.agencies.menu import staff_context
from prongsai.agencies.models import Agency
from prongsai.assets import actions, queries, sheet
from prongsai.assets.access import ASSET_MANAGERS, ASSET_READERS
from prongsai.assets.files import render_sheet
from prongsai.assets.forms import ImportForm
from prongsai.assets.models import Asset
from prongsai.assets.views import filter_form
from prongsai.exports.responses import Rendered, file_response

IMPORT_SALT = "prongsai.assets-import"
PREVIEW_HOURS = 1


@staff_view(*ASSET_MANAGERS)
def staff_import(request: HttpRequest, agency: Agency) -> HttpResponse:
    """Upload → preview with each row's problems → confirm. The preview carries the rows signed."""
    if request.method == "POST" and "confirm" in request.POST:
        return _confirm(request, agency)
    form = ImportForm(request.POST or None, request.FILES or None)
    rows = None
    token = ""
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["sheet"]
        try:
            table = sheet.read_table(upload.name, upload.read())
            rows = sheet.parse_assets(agency, table, today=timezone.localdate())
        except sheet.SheetError as error:
            form.add_error("sheet", str(error))
        else:
            if not any(row.errors for row in rows):
                token = signing.dumps([row.clean for row in rows], salt=IMPORT_SALT, compress=True)
    context = staff_context(
        request,
        agency,
        form=form,
        rows=rows,
        token=token,
        bad_rows=[row for row in rows or [] if row.errors],
        new_count=sum(1 for row in rows or [] if not row.existing),
        update_count=sum(1 for row in rows or [] if row.existing),
        headings=sheet.heading_row(),
    )
    return render(request, "assets/staff_import.html", context)


def _confirm(request: HttpRequest, agency: Agency) -> HttpResponse:
    try:
        payload = signing.loads(
            request.POST.get("token", ""), salt=IMPORT_SALT, max_age=PREVIEW_HOURS * 3600
        )
    except signing.BadSignature:
        messages.error(request, _("The preview has expired. Please upload the file again."))
        return redirect("assets:staff_import", agency=agency.slug)
    units = queries.units_by_pk(agency)
    rows = [sheet.asset_data(clean, units) for clean in payload]
    try:
        done = actions.import_assets(agency=agency, rows=rows, actor=user_of(request))
    except ValidationError as error:
        messages.error(
            request, _("Nothing was imported: %(reason)s") % {"reason": " ".join(error.messages)}
        )
        return redirect("assets:staff_import", agency=agency.slug)
    messages.success(
        request,
        _("Imported: %(created)d assets added, %(updated)d updated, %(unchanged)d unchanged.")
        % {"created": done.created, "updated": done.updated, "unchanged": done.unchanged},
    )
    return redirect("assets:staff_list", agency=agency.slug)


@staff_view(*ASSET_MANAGERS)
def staff_template(request: HttpRequest, agency: Agency, fmt: str) -> HttpResponse:
    """The headings and one example row, to fill in and import."""
    rendered = render_sheet(
        sheet.heading_row(), [sheet.EXAMPLE], fmt=fmt, filename="asset-register-template"
    )
    return file_response(rendered, inline=False)


@staff_view(*ASSET_READERS)
def staff_export(request: HttpRequest, agency: Agency, fmt: str) -> HttpResponse:
    """The register (as the list's search and filters show it), readable again by the import."""
    filters = filter_form(request, agency).filters()
    rows = (sheet.export_row(asset) for asset in queries.export_assets(agency, filters))
    rendered = render_sheet(
        sheet.heading_row(), rows, fmt=fmt, filename=f"asset-register-{agency.slug}"
    )
    return file_response(rendered, inline=False)


@staff_view(*ASSET_MANAGERS)
def staff_labels(request: HttpRequest, agency: Agency) -> HttpResponse:
    """The QR labels of the assets the list shows (its filters; the first 480), as an A4 PDF."""
    from prongsai.assets.labels import MAX_LABELS, labels_html
    from prongsai.exports.pdf import PrinterBusy, PrintRefused, preview_pdf

    assets = list(queries.filtered(agency, filter_form(request, agency).filters())[:MAX_LABELS])

    def url_of(asset: Asset) -> str:
        return request.build_absolute_uri(
            reverse("assets:staff_detail", kwargs={"agency": agency.slug, "pk": asset.pk})
        )

    try:
        content = preview_pdf(labels_html(agency, assets, url_of))
    except (PrinterBusy, PrintRefused):
        messages.error(request, _("The printer is busy. Try again in a moment."))
        return redirect(reverse("assets:staff_list", kwargs={"agency": agency.slug}))
    return file_response(Rendered(content, "application/pdf", "asset-labels.pdf"))
