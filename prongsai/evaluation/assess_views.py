"""An assessment's pages: read it (its person, its assessor, the director), self-assess with
evidence, score it (the assessor), acknowledge the result (the person)."""

from typing import Any

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from prongsai.agencies.access import roles_of, staff_view, user_of
from prongsai.agencies.menu import staff_context
from prongsai.agencies.models import Agency
from prongsai.evaluation import actions, queries, review_actions, scoring
from prongsai.evaluation.access import (
    ASSESSORS,
    MANAGERS,
    STAFF,
    get_assessment_for_staff,
    get_own_assessment_for_staff,
    is_manager,
)
from prongsai.evaluation.forms import (
    AcknowledgeForm,
    EvidenceForm,
    RefusalForm,
    ReopenForm,
    ScoresForm,
)
from prongsai.evaluation.hr_forms import ReviewAnswerForm, ReviewRequestForm
from prongsai.evaluation.models import Assessment, Round, StaffType
from prongsai.files.serve import serve_file


def _url(name: str, agency: Agency, assessment: Assessment) -> str:
    return reverse(f"evaluation:{name}", kwargs={"agency": agency.slug, "pk": assessment.pk})


def _mine_url(agency: Agency, found: Round, name: str = "mine") -> str:
    return reverse(f"evaluation:{name}", kwargs={"agency": agency.slug, "pk": found.pk})


def _summary(assessment: Assessment) -> list[dict[str, Any]]:
    structure = actions.structure_of(assessment)
    own = scoring.component_scores(structure, assessment.self_scores)
    given = scoring.component_scores(structure, assessment.scores)
    return [
        {"name": name, "full": full, "self": mine, "given": theirs}
        for (name, full, mine), (_n, _f, theirs) in zip(own, given, strict=True)
    ]


def _indicator_rows(assessment: Assessment) -> list[dict[str, Any]]:
    evidence: dict[str, list[Any]] = {}
    for item in queries.evidence_of(assessment):
        evidence.setdefault(item.indicator, []).append(item)
    return [
        {
            "indicator": indicator,
            "self": assessment.self_scores.get(indicator.key),
            "given": assessment.scores.get(indicator.key),
            "evidence": evidence.get(indicator.key, []),
        }
        for indicator in scoring.indicators(actions.structure_of(assessment))
    ]


def evidence_list(assessment: Assessment) -> list[Any]:
    names = {i.key: i.name for i in scoring.indicators(actions.structure_of(assessment))}
    found = queries.evidence_of(assessment)
    for item in found:
        item.indicator_name = names.get(item.indicator, "")
    return found


def assessment_page(
    request: HttpRequest, agency: Agency, assessment: Assessment, **extra: Any
) -> HttpResponse:
    user = user_of(request)
    seats = queries.committee_of(assessment)
    deadline = review_actions.review_deadline(assessment)
    context = staff_context(
        request,
        agency,
        assessment=assessment,
        staff_type=StaffType(assessment.staff_type).label,
        form_name=assessment.round.structures.get(assessment.staff_type, {}).get("name", ""),
        summary=_summary(assessment),
        self_total=scoring.total_score(actions.structure_of(assessment), assessment.self_scores),
        rows=_indicator_rows(assessment),
        result=scoring.LEVELS.get(assessment.result, ""),
        is_person=assessment.person_id == user.pk,
        is_assessor=assessment.person_id != user.pk
        and (assessment.assessor_id == user.pk or is_manager(roles_of(request))),
        open=assessment.round.published_on is not None and assessment.round.closed_on is None,
        has_committee=actions.has_committee(assessment),
        seats=seats,
        my_seat=next((seat for seat in seats if seat.member_id == user.pk), None),
        review=queries.review_of(assessment),
        pay=queries.own_pay(assessment),
        review_until=deadline,
        review_open=deadline is not None and timezone.localdate() <= deadline,
        **extra,
    )
    return render(request, "evaluation/assessment.html", context)


def _not_in_round(request: HttpRequest, agency: Agency, found: Round) -> HttpResponse:
    context = staff_context(request, agency, round=found)
    return render(request, "evaluation/not_in_round.html", context)


@staff_view(*ASSESSORS)
def assessment_detail(request: HttpRequest, agency: Agency, pk: int) -> HttpResponse:
    """The assessor's and the director's view of an assessment."""
    found = get_assessment_for_staff(request, pk)
    reopen_form = ReopenForm() if is_manager(roles_of(request)) else None
    return assessment_page(
        request,
        agency,
        found,
        refusal=RefusalForm(),
        reopen=reopen_form,
        answer=ReviewAnswerForm() if reopen_form else None,
    )


@staff_view(*MANAGERS)
@require_POST
def reopen(request: HttpRequest, agency: Agency, pk: int) -> HttpResponse:
    """The director reopens a submitted assessment, with the reason recorded."""
    assessment = get_assessment_for_staff(request, pk)
    form = ReopenForm(request.POST)
    if form.is_valid():
        try:
            actions.reopen_assessment(assessment=assessment, reason=form.cleaned_data["reason"])
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("Reopened: the person can change the self-assessment."))
            return redirect(_url("assessment", agency, assessment))
    return assessment_page(request, agency, assessment, reopen=form)


@staff_view(*ASSESSORS)
@require_POST
def refusal(request: HttpRequest, agency: Agency, pk: int) -> HttpResponse:
    """The person was told the result and declined to sign: recorded with a witness."""
    assessment = get_assessment_for_staff(request, pk, act=True)
    form = RefusalForm(request.POST)
    if form.is_valid():
        try:
            actions.record_refusal(assessment=assessment, by=user_of(request), **form.cleaned_data)
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("Recorded: the person was told and declined to sign."))
            return redirect(_url("assessment", agency, assessment))
    return assessment_page(request, agency, assessment, refusal=form)


@staff_view(*STAFF)
def mine(request: HttpRequest, agency: Agency, pk: int) -> HttpResponse:
    """The person's own assessment in a round, with the acknowledgement form."""
    found, assessment = get_own_assessment_for_staff(request, pk)
    if assessment is None:
        return _not_in_round(request, agency, found)
    return assessment_page(
        request, agency, assessment, acknowledge=AcknowledgeForm(), ask_review=ReviewRequestForm()
    )


SELF_NOTE = gettext_lazy("Note to the assessor")
COMMENT = gettext_lazy("Assessor's comment")


@staff_view(*STAFF)
def self_assess(request: HttpRequest, agency: Agency, pk: int) -> HttpResponse:
    found, assessment = get_own_assessment_for_staff(request, pk, act=True)
    if assessment is None:
        return _not_in_round(request, agency, found)
    structure = actions.structure_of(assessment)
    form = ScoresForm(
        request.POST or None,
        structure=structure,
        initial_scores=assessment.self_scores,
        note_label=SELF_NOTE,
        note=assessment.self_note,
    )
    submit = "submit" in request.POST
    if (
        request.method == "POST"
        and form.is_valid()
        and form.check_levels(structure, require_all=submit)
    ):
        try:
            actions.save_self_assessment(
                assessment=assessment,
                scores=form.scores(),
                note=form.cleaned_data["note"],
                submit=submit,
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            if submit:
                messages.success(request, _("Your self-assessment was sent to your assessor."))
                return redirect(_mine_url(agency, found))
            messages.success(request, _("Your self-assessment was saved; send it when ready."))
            return redirect(_mine_url(agency, found, "self_assess"))
    context = staff_context(
        request,
        agency,
        assessment=assessment,
        form=form,
        evidence_form=EvidenceForm(structure=structure),
        evidence=evidence_list(assessment),
    )
    return render(request, "evaluation/self_assess.html", context)


@staff_view(*STAFF)
@require_POST
def evidence_add(request: HttpRequest, agency: Agency, pk: int) -> HttpResponse:
    found, assessment = get_own_assessment_for_staff(request, pk, act=True)
    back = redirect(_mine_url(agency, found, "self_assess") + "#evidence")
    if assessment is None:
        messages.error(request, _("You are not in this round."))
        return back
    form = EvidenceForm(request.POST, request.FILES, structure=actions.structure_of(assessment))
    if form.is_valid():
        try:
            actions.add_evidence(
                assessment=assessment,
                indicator=form.cleaned_data["indicator"],
                title=form.cleaned_data["title"],
                file=form.cleaned_data["file"],
                link=form.cleaned_data["link"],
            )
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(request, _("The evidence was added."))
    else:
        problems = [str(e) for errors in form.errors.values() for e in errors]
        messages.error(
            request, _("The evidence was not added: %(why)s") % {"why": " ".join(problems)}
        )
    return back


@staff_view(*ASSESSORS)
def evidence_file(request: HttpRequest, agency: Agency, pk: int, evidence: int) -> HttpResponse:
    assessment = get_assessment_for_staff(request, pk)
    found = next((e for e in queries.evidence_of(assessment) if e.pk == evidence), None)
    if found is None or not found.file:
        raise Http404
    name = found.file.name.rsplit("/", 1)[-1]
    return serve_file(request, found.file, filename=name)


@staff_view(*ASSESSORS)
def score(request: HttpRequest, agency: Agency, pk: int) -> HttpResponse:
    assessment = get_assessment_for_staff(request, pk, act=True)
    form = ScoresForm(
        request.POST or None,
        structure=actions.structure_of(assessment),
        initial_scores=assessment.scores,
        note_label=COMMENT,
        note=assessment.comment,
        their_scores=assessment.self_scores,
    )
    if (
        request.method == "POST"
        and form.is_valid()
        and form.check_levels(actions.structure_of(assessment), require_all=True)
    ):
        try:
            actions.score_assessment(
                assessment=assessment,
                by=user_of(request),
                scores=form.scores(),
                comment=form.cleaned_data["note"],
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(
                request, _("The scores were saved; the person can now read the result.")
            )
            return redirect(_url("assessment", agency, assessment))
    context = staff_context(
        request,
        agency,
        assessment=assessment,
        form=form,
        evidence=evidence_list(assessment),
        files=True,
    )
    return render(request, "evaluation/score.html", context)


@staff_view(*STAFF)
@require_POST
def acknowledge(request: HttpRequest, agency: Agency, pk: int) -> HttpResponse:
    found, assessment = get_own_assessment_for_staff(request, pk, act=True)
    if assessment is None:
        messages.error(request, _("You are not in this round."))
        return redirect(_mine_url(agency, found))
    form = AcknowledgeForm(request.POST)
    if form.is_valid():
        try:
            actions.acknowledge_result(
                assessment=assessment,
                agree=form.cleaned_data["agree"],
                reason=form.cleaned_data["reason"],
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("Your acknowledgement was recorded."))
            return redirect(_mine_url(agency, found))
    return assessment_page(request, agency, assessment, acknowledge=form)
