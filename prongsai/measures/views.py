"""The measures plan in the back office, and its published reports on the public site."""

from typing import Any

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from prongsai.agencies.access import get_agency_or_404, roles_of, staff_view, units_of, user_of
from prongsai.agencies.menu import staff_context
from prongsai.agencies.models import Agency
from prongsai.exports.responses import Rendered, file_response
from prongsai.measures import actions, queries
from prongsai.measures.access import (
    PLAN_EDITORS,
    PLAN_READERS,
    PROGRESS_WRITERS,
    can_edit_plan,
    can_record_progress,
    get_measure_for_staff,
    get_plan_for_staff,
    get_publication_for_public,
    get_row_for_progress,
    get_row_for_staff,
)
from prongsai.measures.document import from_dict
from prongsai.measures.forms import (
    ImportForm,
    MeasureForm,
    NewMeasureForm,
    NewRowForm,
    ProgressForm,
    PublishForm,
    RowForm,
    StartPlanForm,
)
from prongsai.measures.models import Publication
from prongsai.measures.printing import printed_of, request_publication_pdf
from prongsai.measures.problems import ImportProblem
from prongsai.measures.queries import file_name
from prongsai.measures.rendering import FORMATS, render_report
from prongsai.printing.responses import serve_pdf

IMPORT_SESSION_KEY = "prongsai_measures_import"


def _require_editor(request: HttpRequest) -> None:
    if not can_edit_plan(roles_of(request)):
        raise PermissionDenied


def _plan_url(agency: Agency, year: int, anchor: str = "") -> str:
    url = reverse("measures:staff_plan", kwargs={"agency": agency.slug, "year": year})
    return f"{url}#{anchor}" if anchor else url


# ---------------------------------------------------------------- back office


@staff_view(*PLAN_READERS)
def staff_plans(request: HttpRequest, agency: Agency) -> HttpResponse:
    form = StartPlanForm(request.POST or None, agency=agency)
    if request.method == "POST":
        _require_editor(request)
        if form.is_valid():
            year = form.cleaned_data["year"]
            try:
                if form.cleaned_data["source"] == "copy":
                    plan = actions.copy_plan(source=form.cleaned_data["copy_from"], year=year)
                else:
                    plan = actions.start_standard_plan(agency=agency, year=year)
            except ValidationError as error:
                form.add_error("year", error)
            else:
                messages.success(request, _("The plan of %(year)s was created.") % {"year": year})
                return redirect(_plan_url(agency, plan.fiscal_year))
    context = staff_context(
        request,
        agency,
        plans=list(queries.plans_of(agency)),
        form=form,
        can_edit=can_edit_plan(roles_of(request)),
    )
    return render(request, "measures/staff_plans.html", context)


@staff_view(*PLAN_READERS)
def staff_plan(request: HttpRequest, agency: Agency, year: int) -> HttpResponse:
    plan = get_plan_for_staff(request, year)
    today = timezone.localdate()
    roles = roles_of(request)
    user = user_of(request)
    unit_ids = units_of(user, agency) if roles & PROGRESS_WRITERS else set()
    measures = [
        {
            "measure": measure,
            "rows": [
                {
                    "row": row,
                    "status": queries.row_status(row, today),
                    "can_progress": can_record_progress(
                        user=user, roles=roles, row=row, unit_ids=unit_ids
                    ),
                }
                for row in measure.rows.all()
            ],
        }
        for measure in plan.measures.all()
    ]
    publications = queries.publications_of(plan)
    printed = printed_of(publications)
    for publication in publications:
        publication.printed = printed.get(publication.pk)  # type: ignore[attr-defined]
    context = staff_context(
        request,
        agency,
        plan=plan,
        measures=measures,
        can_edit=can_edit_plan(roles),
        publications=publications,
        publish_form=PublishForm(),
        publish_requests=queries.publish_requests_of(plan),
        new_measure_form=NewMeasureForm(),
        late_count=sum(1 for m in measures for r in m["rows"] if r["status"].late),  # type: ignore[attr-defined,misc]
        formats=FORMATS,
        kinds=Publication.Kind.choices,
    )
    return render(request, "measures/staff_plan.html", context)


@staff_view(*PLAN_EDITORS)
def staff_row_edit(request: HttpRequest, agency: Agency, year: int, pk: int) -> HttpResponse:
    row = get_row_for_staff(request, year, pk, act=True)
    initial = {
        "steps": "\n".join(row.steps),
        "responsible_units": list(row.responsible_units.all()),
        "responsible_text": row.responsible_text,
        "summary": "\n".join(row.summary),
        "outcome": "\n".join(row.outcome),
        "due_text": row.due_text,
    }
    form = RowForm(request.POST or None, initial=initial, agency=agency)
    if request.method == "POST" and form.is_valid():
        try:
            actions.save_row(row=row, data=form.row_data())
        except ValidationError as error:
            form.add_error(None, error)
        else:
            if request.htmx:  # type: ignore[attr-defined]
                return _row_partial(request, agency, year, row.pk)
            messages.success(request, _("The row was saved."))
            return redirect(_plan_url(agency, year, f"row-{row.pk}"))
    context = staff_context(request, agency, form=form, row=row, year=year)
    template = "measures/row_form.html"
    if request.htmx:  # type: ignore[attr-defined]
        template += "#row-form"
    return render(request, template, context)


def _row_partial(request: HttpRequest, agency: Agency, year: int, pk: int) -> HttpResponse:
    plan = get_plan_for_staff(request, year, act=True)
    for measure in plan.measures.all():
        for row in measure.rows.all():
            if row.pk == pk:
                context = {
                    "agency": agency,
                    "plan": plan,
                    "item": {
                        "row": row,
                        "status": queries.row_status(row, timezone.localdate()),
                        "can_progress": True,
                    },
                    "can_edit": True,
                }
                return render(request, "measures/staff_plan.html#row", context)
    raise Http404


@staff_view(*PLAN_EDITORS)
def staff_row_add(request: HttpRequest, agency: Agency, year: int, pk: int) -> HttpResponse:
    """A form for a new row of the measure; the row exists once the form is saved with
    something in it."""
    measure = get_measure_for_staff(request, year, pk, act=True)
    form = NewRowForm(request.POST or None, agency=agency)
    if request.method == "POST" and form.is_valid():
        try:
            row = actions.create_row(measure=measure, data=form.row_data())
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("The row was added."))
            return redirect(_plan_url(agency, year, f"row-{row.pk}"))
    context = staff_context(request, agency, form=form, measure=measure, year=year)
    status = 400 if request.method == "POST" else 200
    return render(request, "measures/row_new.html", context, status=status)


@staff_view(*PLAN_EDITORS)
def staff_row_delete(request: HttpRequest, agency: Agency, year: int, pk: int) -> HttpResponse:
    """Asks first: the row, with its progress records and their files, goes for good."""
    row = get_row_for_staff(request, year, pk, act=True)
    if request.method == "POST" and request.POST.get("confirm"):
        actions.delete_row(row=row)
        messages.success(request, _("The row was deleted."))
        return redirect(_plan_url(agency, year))
    context = staff_context(request, agency, row=row, year=year, progress_count=row.updates.count())
    return render(request, "measures/row_delete.html", context)


@staff_view(*PLAN_EDITORS)
def staff_measure_edit(request: HttpRequest, agency: Agency, year: int, pk: int) -> HttpResponse:
    measure = get_measure_for_staff(request, year, pk, act=True)
    form = MeasureForm(
        request.POST or None, initial={"name": measure.name, "heading_tail": measure.heading_tail}
    )
    if request.method == "POST" and form.is_valid():
        measure.name = form.cleaned_data["name"]
        measure.heading_tail = form.cleaned_data["heading_tail"]
        measure.save()
        messages.success(request, _("The measure was saved."))
        return redirect(_plan_url(agency, year, f"measure-{measure.number}"))
    context = staff_context(request, agency, form=form, measure=measure, year=year)
    return render(request, "measures/measure_form.html", context)


@staff_view(*PLAN_EDITORS)
@require_POST
def staff_measure_add(request: HttpRequest, agency: Agency, year: int) -> HttpResponse:
    plan = get_plan_for_staff(request, year, act=True)
    form = NewMeasureForm(request.POST)
    if form.is_valid():
        measure = actions.add_measure(plan=plan, name=form.cleaned_data["name"])
        messages.success(request, _("The measure was added."))
        return redirect(_plan_url(agency, year, f"measure-{measure.number}"))
    messages.error(request, _("Type the name of the measure."))
    return redirect(_plan_url(agency, year))


@staff_view(*PROGRESS_WRITERS)
def staff_progress(request: HttpRequest, agency: Agency, year: int, pk: int) -> HttpResponse:
    row = get_row_for_progress(request, year, pk)
    user = user_of(request)
    form = ProgressForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        try:
            actions.record_progress(
                row=row,
                author=user,
                happened_on=form.cleaned_data["happened_on"],
                text=form.cleaned_data["text"],
                evidence_file=form.cleaned_data["evidence_file"],
                evidence_link=form.cleaned_data["evidence_link"],
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("The progress was recorded."))
            return redirect(_plan_url(agency, year, f"row-{row.pk}"))
    updates = row.updates.select_related("author")
    context = staff_context(request, agency, form=form, row=row, year=year, updates=updates)
    return render(request, "measures/progress_form.html", context)


@staff_view(*PLAN_READERS)
def staff_draft(request: HttpRequest, agency: Agency, year: int, fmt: str) -> HttpResponse:
    """The current data as a document, before publishing (not on the public site)."""
    if fmt not in FORMATS:
        raise Http404
    kind = request.GET.get("kind", "full")
    if kind not in Publication.Kind.values:
        raise Http404
    plan = get_plan_for_staff(request, year)
    document = queries.report_document(plan, kind)
    if fmt == "pdf":
        return _preview_pdf(request, agency, document)
    return file_response(render_report(document, fmt))


def _preview_pdf(request: HttpRequest, agency: Agency, document: Any) -> HttpResponse:
    """A draft printed on request for its editors: one print at a time, within the limits."""
    from prongsai.exports.pdf import PrinterBusy, PrintRefused, preview_pdf
    from prongsai.measures.report_html import render_report_html

    try:
        content = preview_pdf(render_report_html(document, web=False))
    except PrinterBusy:
        response = render(
            request,
            "printing/preparing.html",
            {"agency": agency, "retry_after": 10, "busy": True},
            status=503,
        )
        response["Retry-After"] = "10"
        return response
    except PrintRefused as refused:
        messages.error(request, str(refused))
        return redirect(_plan_url(agency, document.fiscal_year))
    return file_response(Rendered(content, "application/pdf", file_name(document, "pdf")))


@staff_view(*PLAN_EDITORS)
def staff_import(request: HttpRequest, agency: Agency) -> HttpResponse:
    """Upload → preview → confirm; the parsed report waits in the session between steps."""
    form = ImportForm(request.POST or None, request.FILES or None)
    preview = None
    if request.method == "POST" and "confirm" in request.POST:
        return _confirm_import(request, agency)
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        try:
            from prongsai.measures.importing import read_report

            document = read_report(upload.name, upload.read())
        except ImportProblem as problem:
            form.add_error("file", str(problem))
        else:
            from prongsai.measures.document import to_dict

            request.session[IMPORT_SESSION_KEY] = {
                "document": to_dict(document),
                "year": form.cleaned_data["year"],
                "replace": form.cleaned_data["replace"],
            }
            preview = document
    elif request.method == "GET":
        request.session.pop(IMPORT_SESSION_KEY, None)
    context = staff_context(
        request,
        agency,
        form=form,
        preview=preview,
        exists=bool(preview and queries.plan_exists(agency, form.cleaned_data["year"])),
    )
    return render(request, "measures/import.html", context)


def _confirm_import(request: HttpRequest, agency: Agency) -> HttpResponse:
    pending: dict[str, Any] | None = request.session.pop(IMPORT_SESSION_KEY, None)
    if pending is None:
        messages.error(request, _("The preview has expired. Please upload the file again."))
        return redirect("measures:staff_import", agency=agency.slug)
    try:
        plan = actions.import_plan(
            agency=agency,
            year=pending["year"],
            document=from_dict(pending["document"]),
            replace=pending["replace"],
        )
    except ValidationError as error:
        messages.error(
            request, _("Nothing was imported: %(reason)s") % {"reason": " ".join(error.messages)}
        )
        return redirect("measures:staff_import", agency=agency.slug)
    messages.success(
        request, _("The report was imported as the plan of %(year)s.") % {"year": plan.fiscal_year}
    )
    return redirect(_plan_url(agency, plan.fiscal_year))


# ---------------------------------------------------------------- public


def public_index(request: HttpRequest, agency: str) -> HttpResponse:
    agency_obj = get_agency_or_404(agency)
    context = {"agency": agency_obj, "years": queries.published_years(agency_obj)}
    return render(request, "measures/public_index.html", context)


def public_report(request: HttpRequest, agency: str, year: int) -> HttpResponse:
    agency_obj = get_agency_or_404(agency)
    publication = get_publication_for_public(agency_obj, year, request.GET.get("kind"))
    document = from_dict(publication.document)
    kinds = queries.published_kinds(publication.plan)
    context = {
        "agency": agency_obj,
        "publication": publication,
        "doc": document,
        "year": year,
        "kinds": [(kind, Publication.Kind(kind).label) for kind in kinds],
        "formats": FORMATS,
    }
    return render(request, "measures/public_report.html", context)


def public_report_file(request: HttpRequest, agency: str, year: int, fmt: str) -> HttpResponse:
    if fmt not in FORMATS:
        raise Http404
    agency_obj = get_agency_or_404(agency)
    publication = get_publication_for_public(agency_obj, year, request.GET.get("kind"))
    if fmt == "pdf":  # printed once per version, off the request path
        return serve_pdf(
            request,
            request_publication_pdf(publication),
            filename=file_name(from_dict(publication.document), "pdf"),
            context={
                "agency": agency_obj,
                "back_url": reverse(
                    "measures:public_report", kwargs={"agency": agency_obj.slug, "year": year}
                )
                + f"?kind={publication.kind}",
            },
        )
    response = file_response(render_report(from_dict(publication.document), fmt))
    response["Last-Modified"] = publication.published_at.strftime("%a, %d %b %Y %H:%M:%S GMT")
    return response
