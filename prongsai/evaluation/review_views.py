"""Review requests: the person asks (from their own page), the director answers."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from prongsai.agencies.access import staff_view, user_of
from prongsai.agencies.models import Agency
from prongsai.evaluation import queries, review_actions
from prongsai.evaluation.access import (
    MANAGERS,
    STAFF,
    get_assessment_for_staff,
    get_own_assessment_for_staff,
)
from prongsai.evaluation.assess_views import assessment_page
from prongsai.evaluation.forms import (
    AcknowledgeForm,
    RefusalForm,
    ReopenForm,
)
from prongsai.evaluation.hr_forms import ReviewAnswerForm, ReviewRequestForm


@staff_view(*STAFF)
@require_POST
def request_review(request: HttpRequest, agency: Agency, pk: int) -> HttpResponse:
    found, assessment = get_own_assessment_for_staff(request, pk, act=True)
    mine = reverse("evaluation:mine", kwargs={"agency": agency.slug, "pk": found.pk})
    if assessment is None:
        messages.error(request, _("You are not in this round."))
        return redirect(mine)
    form = ReviewRequestForm(request.POST)
    if form.is_valid():
        try:
            review_actions.request_review(assessment=assessment, reason=form.cleaned_data["reason"])
        except ValidationError as error:
            form.add_error("reason", error)
        else:
            messages.success(request, _("Your request was sent to the director."))
            return redirect(mine + "#review")
    return assessment_page(
        request, agency, assessment, acknowledge=AcknowledgeForm(), ask_review=form
    )


@staff_view(*MANAGERS)
@require_POST
def answer_review(request: HttpRequest, agency: Agency, pk: int) -> HttpResponse:
    assessment = get_assessment_for_staff(request, pk, act=True)
    page = reverse("evaluation:assessment", kwargs={"agency": agency.slug, "pk": pk})
    review = queries.review_of(assessment)
    if review is None:
        messages.error(request, _("Nobody asked for a review of this result."))
        return redirect(page)
    form = ReviewAnswerForm(request.POST)
    if form.is_valid():
        try:
            review_actions.answer_review(
                review=review,
                by=user_of(request),
                outcome=form.cleaned_data["outcome"],
                answer=form.cleaned_data["answer"],
                new_total=form.cleaned_data["new_total"],
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("The answer was recorded; the person can read it."))
            return redirect(page + "#review")
    return assessment_page(
        request, agency, assessment, refusal=RefusalForm(), reopen=ReopenForm(), answer=form
    )
