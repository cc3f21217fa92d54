"""The committee of an assessment: the director names its members; each member scores."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from prongsai.agencies.access import roles_of, staff_view, user_of
from prongsai.agencies.menu import staff_context
from prongsai.agencies.models import Agency
from prongsai.evaluation import actions, committee_actions, queries
from prongsai.evaluation.access import (
    ASSESSORS,
    MANAGERS,
    STAFF,
    get_assessment_for_staff,
    get_seat_for_staff,
)
from prongsai.evaluation.assess_views import evidence_list
from prongsai.evaluation.forms import ScoresForm
from prongsai.evaluation.hr_forms import CommitteeForm

MEMBER_COMMENT = gettext_lazy("Your comment as a member of the committee")


@staff_view(*MANAGERS)
def committee(request: HttpRequest, agency: Agency, pk: int) -> HttpResponse:
    assessment = get_assessment_for_staff(request, pk, act=True)
    seats = queries.committee_of(assessment)
    form = CommitteeForm(
        request.POST or None,
        people=queries.people(agency),
        initial={"members": [str(seat.member_id) for seat in seats]},
    )
    if request.method == "POST" and form.is_valid():
        try:
            committee_actions.name_committee(assessment=assessment, members=form.chosen())
        except ValidationError as error:
            form.add_error("members", error)
        else:
            messages.success(request, _("The committee was saved."))
            return redirect(
                reverse("evaluation:assessment", kwargs={"agency": agency.slug, "pk": pk})
            )
    context = staff_context(request, agency, assessment=assessment, form=form, seats=seats)
    return render(request, "evaluation/committee.html", context)


@staff_view(*STAFF)
def committee_score(request: HttpRequest, agency: Agency, pk: int) -> HttpResponse:
    assessment, seat = get_seat_for_staff(request, pk, act=True)
    if assessment is None or seat is None:
        context = staff_context(request, agency)
        return render(request, "evaluation/not_on_committee.html", context)
    form = ScoresForm(
        request.POST or None,
        structure=actions.structure_of(assessment),
        initial_scores=seat.scores,
        note_label=MEMBER_COMMENT,
        note=seat.comment,
        their_scores=assessment.self_scores,
    )
    if (
        request.method == "POST"
        and form.is_valid()
        and form.check_levels(actions.structure_of(assessment), require_all=True)
    ):
        try:
            committee_actions.score_as_member(
                assessment=assessment,
                member=user_of(request),
                scores=form.scores(),
                comment=form.cleaned_data["note"],
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("Your scores were saved."))
            return redirect(reverse("evaluation:home", kwargs={"agency": agency.slug}))
    context = staff_context(
        request,
        agency,
        assessment=assessment,
        form=form,
        evidence=evidence_list(assessment),
        member=True,
        files=bool(roles_of(request) & ASSESSORS),
    )
    return render(request, "evaluation/score.html", context)
