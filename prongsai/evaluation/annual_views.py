"""The training record (each person's own) and the annual HR report: the director reads it in
full, the area office's supervisor as aggregates only; as a page, a PDF and a Word file."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from prongsai.agencies.access import roles_of, staff_view, user_of
from prongsai.agencies.menu import staff_context
from prongsai.agencies.models import Agency
from prongsai.evaluation import annual_document, queries, report_queries, training_actions
from prongsai.evaluation.access import (
    MANAGERS,
    REPORT_READERS,
    STAFF,
    get_training_for_staff,
    is_manager,
)
from prongsai.evaluation.hr_forms import TrainingForm
from prongsai.exports.responses import CONTENT_TYPES, Rendered, file_response
from prongsai.files.serve import serve_file
from prongsai.lib.fiscal import fiscal_year, is_plausible_year
from prongsai.printing.responses import serve_pdf


@staff_view(*STAFF)
def training(request: HttpRequest, agency: Agency) -> HttpResponse:
    user = user_of(request)
    form = TrainingForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        try:
            training_actions.add_training(
                agency=agency,
                person=user,
                course=form.cleaned_data["course"],
                started_on=form.cleaned_data["started_on"],
                ended_on=form.cleaned_data["ended_on"],
                hours=form.cleaned_data["hours"],
                certificate=form.cleaned_data["certificate"],
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("The course was recorded."))
            return redirect(reverse("evaluation:training", kwargs={"agency": agency.slug}))
    context = staff_context(
        request, agency, form=form, rows=report_queries.trainings_of(agency, user)
    )
    return render(request, "evaluation/training.html", context)


@staff_view(*MANAGERS)
def training_certificate(request: HttpRequest, agency: Agency, pk: int) -> HttpResponse:
    found = get_training_for_staff(request, pk)
    if not found.certificate:
        raise Http404
    return serve_file(request, found.certificate, filename=found.certificate.name.rsplit("/")[-1])


def _report(request: HttpRequest, agency: Agency, year: int) -> dict:  # type: ignore[type-arg]
    if not is_plausible_year(year):
        raise Http404
    return report_queries.annual_report(agency, year, names=is_manager(roles_of(request)))


@staff_view(*REPORT_READERS)
def annual_latest(request: HttpRequest, agency: Agency) -> HttpResponse:
    """The newest fiscal year with a round, else this fiscal year."""
    years = queries.years_with_rounds(agency)
    return _annual_page(request, agency, years[0] if years else fiscal_year(timezone.localdate()))


@staff_view(*REPORT_READERS)
def annual(request: HttpRequest, agency: Agency, year: int) -> HttpResponse:
    return _annual_page(request, agency, year)


def _annual_page(request: HttpRequest, agency: Agency, year: int) -> HttpResponse:
    context = staff_context(
        request,
        agency,
        report=_report(request, agency, year),
        year=year,
        other_years=[other for other in queries.years_with_rounds(agency) if other != year],
    )
    return render(request, "evaluation/annual.html", context)


@staff_view(*REPORT_READERS)
def annual_pdf(request: HttpRequest, agency: Agency, year: int) -> HttpResponse:
    if not is_plausible_year(year):
        raise Http404
    names = is_manager(roles_of(request))
    document = annual_document.request_annual_pdf(agency, year, names=names)
    back = reverse("evaluation:annual", kwargs={"agency": agency.slug, "year": year})
    response = serve_pdf(
        request,
        document,
        filename=f"hr-report-{agency.slug}-{year}.pdf",
        fallback=True,
        context={"agency": agency, "back_url": back},
    )
    if response.status_code == 200:  # names of staff: no shared cache keeps it
        response["Cache-Control"] = "private, no-cache"
    return response


@staff_view(*REPORT_READERS)
def annual_docx(request: HttpRequest, agency: Agency, year: int) -> HttpResponse:
    content = annual_document.annual_docx(_report(request, agency, year))
    return file_response(
        Rendered(content, CONTENT_TYPES["docx"], f"hr-report-{agency.slug}-{year}.docx")
    )
