"""E-services in the back office: define services, work the request queue, log walk-ins."""

from typing import Any

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from prongsai.agencies.access import roles_of, staff_view, units_of, user_of
from prongsai.agencies.menu import staff_context
from prongsai.agencies.models import Agency, Unit
from prongsai.files.serve import serve_file
from prongsai.lib.text import parse_id
from prongsai.services import actions, queries
from prongsai.services.access import (
    QUEUE_ROLES,
    SERVICE_DEFINERS,
    SERVICE_EDITORS,
    get_request_file_for_staff,
    get_request_for_staff,
    get_service_for_staff,
    may_edit_service,
)
from prongsai.services.forms import (
    FieldFormSet,
    MoveForm,
    RequesterMessageForm,
    ServiceForm,
    StepFormSet,
    WalkInForm,
    formset_rows,
)
from prongsai.services.models import Request, Service
from prongsai.services.service_templates import TEMPLATES


@staff_view(*QUEUE_ROLES)
def staff_queue(request: HttpRequest, agency: Agency) -> HttpResponse:
    service_id = request.GET.get("service", "")
    status = request.GET.get("status", "open")
    requests = queries.queue(agency, service_id=parse_id(service_id), status=status)[:300]
    context = staff_context(
        request,
        agency,
        requests=requests,
        counts=queries.queue_counts(agency),
        services=queries.services_of(agency),
        service_id=service_id,
        status=status,
        statuses=Request.Status.choices,
        now=timezone.now(),
        can_edit=bool(roles_of(request) & SERVICE_EDITORS),
        walk_in_form=WalkInForm(agency=agency, initial={"served_on": timezone.localdate()}),
    )
    return render(request, "services/staff_queue.html", context)


@staff_view(*QUEUE_ROLES)
def staff_request(request: HttpRequest, agency: Agency, pk: int) -> HttpResponse:
    doing = request.POST.get("do", "move") if request.method == "POST" else ""
    filed = get_request_for_staff(request, pk, act=bool(doing))
    form = MoveForm(request.POST if doing == "move" else None)
    message_form = RequesterMessageForm(request.POST if doing == "message" else None)
    if doing == "move" and form.is_valid():
        try:
            actions.move_request(
                request=filed,
                to=form.cleaned_data["to"],
                by=user_of(request),
                reason=form.cleaned_data["reason"],
                collect_info=form.cleaned_data["collect_info"],
            )
        except ValidationError as error:
            _add_errors(form, error)
        else:
            messages.success(
                request,
                _("The request is now “%(status)s”.") % {"status": filed.get_status_display()},
            )
            return redirect("services:staff_request", agency=agency.slug, pk=filed.pk)
    if doing == "message" and message_form.is_valid():
        try:
            actions.message_requester(
                request=filed, body=message_form.cleaned_data["body"], by=user_of(request)
            )
        except ValidationError as error:
            _add_errors(message_form, error)
        else:
            messages.success(request, _("The message was sent to the requester."))
            return redirect("services:staff_request", agency=agency.slug, pk=filed.pk)
    context = staff_context(
        request,
        agency,
        filed=filed,
        form=form,
        message_form=message_form,
        sent_messages=filed.messages.select_related("author"),
        now=timezone.now(),
    )
    status = 400 if doing else 200
    return render(request, "services/staff_request.html", context, status=status)


def _add_errors(form: Any, error: ValidationError) -> None:
    for field, errors in getattr(error, "message_dict", {"__all__": error.messages}).items():
        form.add_error(field if field in form.fields else None, errors)


@staff_view(*QUEUE_ROLES)
def staff_request_file(request: HttpRequest, agency: Agency, pk: int, file_pk: int) -> HttpResponse:
    attached = get_request_file_for_staff(request, pk, file_pk)
    return serve_file(request, attached.file, filename=attached.name)


@staff_view(*QUEUE_ROLES)
@require_POST
def staff_walk_in(request: HttpRequest, agency: Agency) -> HttpResponse:
    form = WalkInForm(request.POST, agency=agency)
    if form.is_valid():
        try:
            actions.log_walk_ins(
                service=form.cleaned_data["service"],
                served_on=form.cleaned_data["served_on"],
                count=form.cleaned_data["count"],
                by=user_of(request),
            )
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(
                request,
                _("Recorded %(count)s at the counter.") % {"count": form.cleaned_data["count"]},
            )
    else:
        messages.error(request, _("Choose the service, the date and how many people were served."))
    return redirect("services:staff_queue", agency=agency.slug)


@staff_view(*SERVICE_EDITORS)
def staff_services(request: HttpRequest, agency: Agency) -> HttpResponse:
    if request.method == "POST":
        key = request.POST.get("template", "")
        if key not in TEMPLATES or not (roles_of(request) & SERVICE_DEFINERS):
            raise PermissionDenied
        service = actions.create_from_template(agency=agency, key=key)
        messages.success(
            request,
            _("“%(name)s” was added from the template. Check and adjust it.")
            % {"name": service.name},
        )
        return redirect("services:staff_service_edit", agency=agency.slug, pk=service.pk)
    services = queries.services_of(agency)
    roles, unit_ids = roles_of(request), units_of(user_of(request), agency)
    rows = [
        (
            service,
            may_edit_service(roles=roles, service_unit_id=service.owner_unit_id, unit_ids=unit_ids),
        )
        for service in services
    ]  # a unit head opens only the services of their units
    can_define = bool(roles & SERVICE_DEFINERS)
    templates = [(key, value["label"]) for key, value in TEMPLATES.items()] if can_define else []
    context = staff_context(request, agency, rows=rows, templates=templates)
    return render(request, "services/staff_services.html", context)


def _editable_units(request: HttpRequest, agency: Agency) -> list[Unit] | None:
    if roles_of(request) & SERVICE_DEFINERS:
        return None  # every unit
    return queries.units_among(agency, units_of(user_of(request), agency))


@staff_view(*SERVICE_EDITORS)
def staff_service_new(request: HttpRequest, agency: Agency) -> HttpResponse:
    return _edit(request, agency, Service(agency=agency))


@staff_view(*SERVICE_EDITORS)
def staff_service_edit(request: HttpRequest, agency: Agency, pk: int) -> HttpResponse:
    service = get_service_for_staff(request, pk, act=True)
    return _edit(request, agency, service)


def _edit(request: HttpRequest, agency: Agency, service: Service) -> HttpResponse:
    units = _editable_units(request, agency)
    form = ServiceForm(request.POST or None, instance=service, agency=agency, units=units)
    steps = StepFormSet(request.POST or None, instance=service, prefix="steps")
    fields = FieldFormSet(request.POST or None, instance=service, prefix="fields")
    if request.method == "POST" and form.is_valid() and steps.is_valid() and fields.is_valid():
        if units is not None and form.cleaned_data["owner_unit"] is None:
            form.add_error("owner_unit", _("Choose your unit as the owner."))
        else:
            try:
                with transaction.atomic():
                    saved = actions.save_service(
                        service=form.save(commit=False),
                        steps=formset_rows(steps, ["title", "responsible", "minutes", "output"]),
                        fields=formset_rows(
                            fields, ["label", "kind", "required", "choices", "help_text"]
                        ),
                    )
            except ValidationError as error:
                form.add_error(None, error)
            else:
                messages.success(request, _("“%(name)s” was saved.") % {"name": saved.name})
                return redirect("services:staff_service_edit", agency=agency.slug, pk=saved.pk)
    context = staff_context(request, agency, form=form, steps=steps, fields=fields, service=service)
    return render(request, "services/staff_service_form.html", context)
