"""The public e-service catalogue: each service's standard, its online form and tracking."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse, QueryDict
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache

from prongsai.accounts import throttle
from prongsai.agencies.access import effective_roles, get_agency_or_404
from prongsai.agencies.models import Agency
from prongsai.services import actions, queries
from prongsai.services.access import get_request_for_public, get_service_for_public
from prongsai.services.forms import RatingForm, RequestForm, TrackingForm, new_request_token
from prongsai.services.models import Service
from prongsai.services.tracking import normalise_tracking

# Requests filed per client per hour: enough for a family, not for a flood of mail.
REQUESTS_PER_CLIENT = (20, 60 * 60)


def _visible_service(request: HttpRequest, agency: Agency, pk: int) -> Service:
    member = bool(effective_roles(request.user, agency))  # staff-only services: members only
    return get_service_for_public(agency, pk, member=member)


def catalogue(
    request: HttpRequest,
    agency: str,
    tracking_form: TrackingForm | None = None,
    status: int = 200,
) -> HttpResponse:
    agency_obj = get_agency_or_404(agency)
    is_member = bool(effective_roles(request.user, agency_obj))
    services = queries.catalogue(agency_obj, include_staff=is_member)
    context = {
        "agency": agency_obj,
        "services": services,
        "tracking_form": tracking_form or TrackingForm(),
    }
    return render(request, "services/catalogue.html", context, status=status)


def detail(request: HttpRequest, agency: str, pk: int) -> HttpResponse:
    agency_obj = get_agency_or_404(agency)
    service = _visible_service(request, agency_obj, pk)
    form = RequestForm(service=service) if service.online else None
    if request.method == "POST" and service.online:
        form = RequestForm(request.POST, request.FILES, service=service)
        if throttle.is_blocked("service-request", request, REQUESTS_PER_CLIENT):
            form.add_error(
                None, _("Too many requests from here. Please wait an hour and try again.")
            )
            return render(
                request,
                "services/detail.html",
                _detail_context(agency_obj, service, form),
                status=429,
            )
        if form.is_valid():
            try:
                filed = actions.submit_request(
                    service=service,
                    requester=form.requester(),
                    answers=form.answers(),
                    files=form.files_by_field(),
                    idempotency_key=form.idempotency_key(),
                )
            except actions.KeyReused:
                form.add_error(
                    None,
                    _(
                        "This form was already sent with different answers, so it was not "
                        "filed again. Check your answers and send the form once more to file "
                        "a new request."
                    ),
                )
                data = QueryDict(mutable=True)
                data.update(form.data)
                data["form_token"] = new_request_token()
                form.data = data
            except ValidationError as error:
                for field, errors in getattr(
                    error, "message_dict", {"__all__": error.messages}
                ).items():
                    form.add_error(field if field in form.fields else None, errors)
            else:
                throttle.hit("service-request", request, REQUESTS_PER_CLIENT)
                messages.success(
                    request,
                    _("Your request was received. Keep the tracking number %(tracking)s.")
                    % {"tracking": filed.tracking},
                )
                return redirect("services:status", agency=agency_obj.slug, tracking=filed.tracking)
    return render(request, "services/detail.html", _detail_context(agency_obj, service, form))


def _detail_context(
    agency: Agency, service: Service, form: RequestForm | None
) -> dict[str, object]:
    return {
        "agency": agency,
        "service": service,
        "steps": list(service.steps.all()),
        "total_minutes": sum(step.minutes for step in service.steps.all()),
        "documents": [line for line in service.documents.splitlines() if line.strip()],
        "legal_basis": [line for line in service.legal_basis.splitlines() if line.strip()],
        "form": form,
    }


@never_cache
def status(request: HttpRequest, agency: str, tracking: str) -> HttpResponse:
    agency_obj = get_agency_or_404(agency)
    wanted = normalise_tracking(tracking)
    if wanted != tracking:  # "s70sxzm4n" in an address: the canonical one
        return redirect("services:status", agency=agency_obj.slug, tracking=wanted)
    filed = get_request_for_public(agency_obj, wanted)
    rating_form = RatingForm()
    if request.method == "POST":
        rating_form = RatingForm(request.POST)
        if rating_form.is_valid():
            try:
                actions.rate_request(
                    request=filed,
                    rating=rating_form.cleaned_data["rating"],
                    comment=rating_form.cleaned_data["comment"],
                )
            except ValidationError as error:
                rating_form.add_error(None, error)
            else:
                throttle.hit("service-request", request, REQUESTS_PER_CLIENT)
                messages.success(request, _("Thank you for rating the service."))
                return redirect("services:status", agency=agency_obj.slug, tracking=filed.tracking)
    context = {"agency": agency_obj, "filed": filed, "rating_form": rating_form}
    return render(request, "services/status.html", context)


def track(request: HttpRequest, agency: str) -> HttpResponse:
    """The small "follow my request" form of the catalogue page: what was typed is read as
    people type it (spaces, no hyphen, lower case, Thai numerals or the Thai keyboard) and,
    when nothing matches, kept in the box with the reason."""
    agency_obj = get_agency_or_404(agency)
    if "tracking" not in request.GET:
        return redirect("services:catalogue", agency=agency_obj.slug)
    form = TrackingForm(request.GET)
    if form.is_valid():
        tracking = normalise_tracking(form.cleaned_data["tracking"])
        if queries.tracking_exists(agency_obj, tracking):
            return redirect("services:status", agency=agency_obj.slug, tracking=tracking)
        form.add_error(
            "tracking",
            _(
                "No request of this agency has the tracking number “%(typed)s”. Check it against "
                "the e-mail or the page you kept (it looks like S70-K7Q9PX) and try again."
            )
            % {"typed": form.cleaned_data["tracking"].strip()},
        )
    return catalogue(request, agency, tracking_form=form, status=404)
