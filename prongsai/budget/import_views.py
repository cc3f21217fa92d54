"""Import of the plan from the school's sheet: upload → preview with each row's problems →
confirm (all rows or none); the blank template."""

from __future__ import annotations

from django.contrib import messages
from django.core import signing
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from prongsai.agencies.access import staff_view, user_of
from prongsai.agencies.menu import staff_context
from prongsai.agencies.models import Agency
from prongsai.budget import actions, sheet
from prongsai.budget.access import EDITORS, get_plan_for_staff
from prongsai.budget.forms import ImportForm
from prongsai.budget.models import Plan
from prongsai.exports.responses import CONTENT_TYPES, Rendered, file_response

SALT = "prongsai.budget-import"
PREVIEW_SECONDS = 3600


def _back(agency: Agency, plan: Plan) -> HttpResponse:
    return redirect("budget:staff_import", agency=agency.slug, year=plan.year)


@staff_view(*EDITORS)
def staff_import(request: HttpRequest, agency: Agency, year: int) -> HttpResponse:
    plan = get_plan_for_staff(request, year, act=True)
    if plan.is_approved:
        messages.error(
            request,
            _("The plan of %(year)s is approved and can no longer be changed here.")
            % {"year": plan.year},
        )
        return redirect("budget:staff_plan", agency=agency.slug, year=year)
    if request.method == "POST" and "confirm" in request.POST:
        return _confirm(request, agency, plan)
    form = ImportForm(request.POST or None, request.FILES or None)
    rows: list[sheet.SheetRow] | None = None
    token = ""
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["sheet"]
        try:
            rows = sheet.parse_plan(plan, sheet.read_table(upload.name, upload.read()))
        except sheet.SheetError as error:
            form.add_error("sheet", str(error))
        else:
            if not any(row.errors for row in rows):
                token = signing.dumps([row.clean for row in rows], salt=SALT, compress=True)
    context = staff_context(
        request,
        agency,
        plan=plan,
        form=form,
        rows=rows,
        bad_rows=[row for row in rows or [] if row.errors],
        projects=len({row.clean.get("number") for row in rows or []}),
        token=token,
        headings=list(sheet.HEADINGS.values()),
    )
    return render(request, "budget/staff_import.html", context)


def _confirm(request: HttpRequest, agency: Agency, plan: Plan) -> HttpResponse:
    try:
        rows = signing.loads(request.POST.get("token", ""), salt=SALT, max_age=PREVIEW_SECONDS)
    except signing.BadSignature:
        messages.error(request, _("The preview has expired. Please upload the file again."))
        return _back(agency, plan)
    try:
        added = actions.import_plan(plan=plan, rows=rows, by=user_of(request))
    except ValidationError as error:
        messages.error(
            request, _("Nothing was imported: %(reason)s") % {"reason": " ".join(error.messages)}
        )
        return _back(agency, plan)
    messages.success(
        request,
        _("Imported %(projects)s projects with %(rows)s activities. Complete each project's sheet.")
        % {"projects": added, "rows": len(rows)},
    )
    return redirect("budget:staff_plan", agency=agency.slug, year=plan.year)


@staff_view(*EDITORS)
def staff_import_template(request: HttpRequest, agency: Agency, year: int) -> HttpResponse:
    plan = get_plan_for_staff(request, year, act=True)
    rendered = Rendered(
        sheet.template_xlsx(plan), CONTENT_TYPES["xlsx"], f"action-plan-{plan.year}.xlsx"
    )
    return file_response(rendered, inline=False)
