"""A person's appraisal form as a PDF: for the person (their own, by round), and for the
assessor and the director (by assessment), behind the same gates as the pages."""

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from prongsai.agencies.access import staff_view
from prongsai.agencies.menu import staff_context
from prongsai.agencies.models import Agency
from prongsai.evaluation import printing
from prongsai.evaluation.access import (
    ASSESSORS,
    STAFF,
    get_assessment_for_staff,
    get_own_assessment_for_staff,
)
from prongsai.exports.responses import file_response


@staff_view(*ASSESSORS)
def assessment_pdf(request: HttpRequest, agency: Agency, pk: int) -> HttpResponse:
    return file_response(printing.form_pdf(get_assessment_for_staff(request, pk)))


@staff_view(*STAFF)
def mine_pdf(request: HttpRequest, agency: Agency, pk: int) -> HttpResponse:
    found, assessment = get_own_assessment_for_staff(request, pk)
    if assessment is None:
        context = staff_context(request, agency, round=found)
        return render(request, "evaluation/not_in_round.html", context)
    return file_response(printing.form_pdf(assessment))
