"""Publishing a measures document: the ITA officer sends it for approval (frozen as
previewed); the director reads the preview and approves it, which publishes it, or sends it
back with a reason (as operating manuals are approved)."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from prongsai.agencies.access import roles_of, staff_view, user_of
from prongsai.agencies.menu import staff_context
from prongsai.agencies.models import Agency
from prongsai.measures import actions
from prongsai.measures.access import (
    PLAN_EDITORS,
    PLAN_READERS,
    PUBLICATION_APPROVERS,
    get_plan_for_staff,
    get_publish_request_for_staff,
)
from prongsai.measures.document import from_dict
from prongsai.measures.forms import PublishForm, ReturnForm
from prongsai.measures.models import PublishRequest

APPROVERS = PUBLICATION_APPROVERS


def _review_url(agency: Agency, year: int, pk: int) -> str:
    return reverse(
        "measures:staff_publish_review", kwargs={"agency": agency.slug, "year": year, "pk": pk}
    )


@staff_view(*PLAN_EDITORS)
@require_POST
def staff_publish(request: HttpRequest, agency: Agency, year: int) -> HttpResponse:
    plan = get_plan_for_staff(request, year, act=True)
    form = PublishForm(request.POST)
    if not form.is_valid():
        messages.error(request, " ".join(str(error) for error in form.errors["kind"]))
        return redirect("measures:staff_plan", agency=agency.slug, year=year)
    try:
        sent = actions.submit_for_approval(
            plan=plan, kind=form.cleaned_data["kind"], by=user_of(request)
        )
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
        return redirect("measures:staff_plan", agency=agency.slug, year=year)
    messages.success(
        request,
        _("%(document)s was sent to the director, who approves it before it is published.")
        % {"document": sent.get_kind_display()},
    )
    return redirect(_review_url(agency, year, sent.pk))


@staff_view(*PLAN_READERS)
def staff_publish_review(request: HttpRequest, agency: Agency, year: int, pk: int) -> HttpResponse:
    """The preview of what was sent; the director approves or sends it back here."""
    sent = get_publish_request_for_staff(request, year, pk, act=request.method == "POST")
    can_decide = bool(roles_of(request) & APPROVERS)
    return_form = ReturnForm(request.POST if request.POST.get("decision") == "return" else None)
    if request.method == "POST":
        decision = request.POST.get("decision", "")
        try:
            if decision == "approve":
                if not request.POST.get("confirm"):
                    raise ValidationError(_("Tick the box to confirm."))
                publication = actions.approve_publication(request=sent, by=user_of(request))
                messages.success(
                    request,
                    _("%(document)s version %(version)s is now on the public site.")
                    % {"document": publication.get_kind_display(), "version": publication.version},
                )
                return redirect("measures:staff_plan", agency=agency.slug, year=year)
            if decision == "return" and return_form.is_valid():
                actions.return_publication(
                    request=sent, by=user_of(request), reason=return_form.cleaned_data["reason"]
                )
                messages.success(request, _("The document was sent back to the ITA officer."))
                return redirect("measures:staff_plan", agency=agency.slug, year=year)
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
            return redirect(_review_url(agency, year, sent.pk))
    context = staff_context(
        request,
        agency,
        sent=sent,
        doc=from_dict(sent.document),
        year=year,
        can_decide=can_decide and sent.status == PublishRequest.Status.PENDING,
        return_form=return_form,
    )
    return render(
        request,
        "measures/publish_review.html",
        context,
        status=400 if request.method == "POST" else 200,
    )
