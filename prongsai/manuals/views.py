"""Operating manuals: written and approved in the back office, published on the public site."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from prongsai.agencies.access import get_agency_or_404, roles_of, staff_view, user_of
from prongsai.agencies.menu import staff_context
from prongsai.agencies.models import Agency
from prongsai.manuals import actions, queries
from prongsai.manuals.access import (
    MANUAL_APPROVERS,
    MANUAL_READERS,
    MANUAL_WRITERS,
    can_approve,
    can_write,
    get_manual_for_approval,
    get_manual_for_staff,
    get_version_for_public,
    writable_unit_ids,
)
from prongsai.manuals.forms import ManualForm, manual_data, step_formset
from prongsai.manuals.models import Manual
from prongsai.manuals.printing import printed_of, request_manual_pdf
from prongsai.printing.responses import serve_pdf


def _unit_ids(request: HttpRequest, agency: Agency) -> set[int] | None:
    return writable_unit_ids(user_of(request), agency, roles_of(request))


def _detail_url(agency: Agency, manual: Manual) -> str:
    return reverse("manuals:staff_detail", kwargs={"agency": agency.slug, "pk": manual.pk})


def _fail(request: HttpRequest, error: ValidationError) -> None:
    messages.error(request, " ".join(error.messages))


# ---------------------------------------------------------------- back office


@staff_view(*MANUAL_READERS)
def staff_list(request: HttpRequest, agency: Agency) -> HttpResponse:
    today = timezone.localdate()
    rows = queries.staff_rows(agency, today)
    roles = roles_of(request)
    context = staff_context(
        request,
        agency,
        rows=rows,
        today=today,
        review_due_count=sum(1 for row in rows if row.review_due),
        pending_count=sum(1 for row in rows if row.latest and row.latest.is_pending),
        can_create=bool(roles & MANUAL_WRITERS),
        can_approve=can_approve(roles),
    )
    return render(request, "manuals/staff_list.html", context)


@staff_view(*MANUAL_WRITERS)
def staff_create(request: HttpRequest, agency: Agency) -> HttpResponse:
    unit_ids = _unit_ids(request, agency)
    if unit_ids is not None and not unit_ids:
        messages.error(
            request,
            _("You are not attached to a unit, so you cannot write its manuals. Ask the director."),
        )
        return redirect("manuals:staff_list", agency=agency.slug)
    form = ManualForm(
        request.POST or None,
        units=queries.units_for_writing(agency, unit_ids),
        unit_required=unit_ids is not None,
    )
    formset = step_formset(request.POST or None, blank_rows=5)
    if request.method == "POST" and form.is_valid() and formset.is_valid():
        try:
            manual = actions.create_manual(
                agency=agency, data=manual_data(form, formset), actor=user_of(request)
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("The manual was saved as a draft."))
            if "continue" in request.POST:
                return redirect("manuals:staff_edit", agency=agency.slug, pk=manual.pk)
            return redirect(_detail_url(agency, manual))
    context = staff_context(request, agency, form=form, formset=formset, manual=None)
    return render(request, "manuals/staff_form.html", context)


@staff_view(*MANUAL_READERS)
def staff_detail(request: HttpRequest, agency: Agency, pk: int) -> HttpResponse:
    manual = get_manual_for_staff(request, pk)
    roles = roles_of(request)
    writable = bool(roles & MANUAL_WRITERS) and can_write(manual, _unit_ids(request, agency))
    versions = list(manual.versions.all())
    open_version = queries.open_version(manual)
    public = queries.public_version(manual)
    shown = open_version or public or (versions[0] if versions else None)
    today = timezone.localdate()
    context = staff_context(
        request,
        agency,
        manual=manual,
        versions=versions,
        open_version=open_version,
        public=public,
        shown=shown,
        total=queries.total_minutes(shown) if shown else 0,
        review_due=bool(public and public.review_on and public.review_on <= today),
        can_write=writable,
        can_approve=can_approve(roles),
        printed=printed_of(public) if public else None,
    )
    return render(request, "manuals/staff_detail.html", context)


@staff_view(*MANUAL_WRITERS)
def staff_edit(request: HttpRequest, agency: Agency, pk: int) -> HttpResponse:
    manual = get_manual_for_staff(request, pk, act=True)
    version = queries.open_version(manual)
    if version is None or not version.is_draft:
        if version is not None:
            messages.info(
                request,
                _("This version waits for the director's approval and cannot be edited now."),
            )
        else:
            messages.info(
                request,
                _("The manual is published. Start a new version to change it."),
            )
        return redirect(_detail_url(agency, manual))
    unit_ids = _unit_ids(request, agency)
    form = ManualForm(
        request.POST or None,
        initial=ManualForm.initial_for(manual, version),
        units=queries.units_for_writing(agency, unit_ids),
        unit_required=unit_ids is not None,
    )
    formset = step_formset(request.POST or None, version=version)
    if request.method == "POST" and form.is_valid() and formset.is_valid():
        try:
            actions.save_draft(version=version, data=manual_data(form, formset))
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("The draft was saved."))
            if "continue" in request.POST:
                return redirect("manuals:staff_edit", agency=agency.slug, pk=manual.pk)
            return redirect(_detail_url(agency, manual))
    context = staff_context(
        request, agency, form=form, formset=formset, manual=manual, version=version
    )
    return render(request, "manuals/staff_form.html", context)


@staff_view(*MANUAL_WRITERS)
@require_POST
def staff_submit(request: HttpRequest, agency: Agency, pk: int) -> HttpResponse:
    manual = get_manual_for_staff(request, pk, act=True)
    version = queries.open_version(manual)
    try:
        if version is None:
            raise ValidationError(_("Only a draft can be submitted for approval."))
        actions.submit_version(version=version, actor=user_of(request))
    except ValidationError as error:
        _fail(request, error)
    else:
        messages.success(request, _("The manual was sent to the director for approval."))
    return redirect(_detail_url(agency, manual))


@staff_view(*MANUAL_APPROVERS)
@require_POST
def staff_approve(request: HttpRequest, agency: Agency, pk: int) -> HttpResponse:
    manual = get_manual_for_approval(request, pk)
    version = queries.open_version(manual)
    try:
        if version is None:
            raise ValidationError(_("Only a version waiting for approval can be approved."))
        actions.approve_version(version=version, actor=user_of(request))
    except ValidationError as error:
        _fail(request, error)
    else:
        messages.success(
            request,
            _("Version %(number)s was approved and is now on the public site.")
            % {"number": version.number},
        )
    return redirect(_detail_url(agency, manual))


@staff_view(*MANUAL_APPROVERS)
@require_POST
def staff_return(request: HttpRequest, agency: Agency, pk: int) -> HttpResponse:
    manual = get_manual_for_approval(request, pk)
    version = queries.open_version(manual)
    try:
        if version is None:
            raise ValidationError(_("Only a version waiting for approval can be sent back."))
        actions.return_version(version=version)
    except ValidationError as error:
        _fail(request, error)
    else:
        messages.success(request, _("The version was sent back to its writers as a draft."))
    return redirect(_detail_url(agency, manual))


@staff_view(*MANUAL_WRITERS)
@require_POST
def staff_new_version(request: HttpRequest, agency: Agency, pk: int) -> HttpResponse:
    manual = get_manual_for_staff(request, pk, act=True)
    try:
        version = actions.start_new_version(manual=manual, actor=user_of(request))
    except ValidationError as error:
        _fail(request, error)
        return redirect(_detail_url(agency, manual))
    messages.success(
        request,
        _(
            "Version %(number)s was started as a copy of the published one, which stays on the "
            "public site until the new version is approved."
        )
        % {"number": version.number},
    )
    return redirect("manuals:staff_edit", agency=agency.slug, pk=manual.pk)


# ---------------------------------------------------------------- public


def public_list(request: HttpRequest, agency: str) -> HttpResponse:
    agency_obj = get_agency_or_404(agency)
    context = {"agency": agency_obj, "rows": queries.published_manuals(agency_obj)}
    return render(request, "manuals/public_list.html", context)


def public_detail(request: HttpRequest, agency: str, pk: int) -> HttpResponse:
    agency_obj = get_agency_or_404(agency)
    version = get_version_for_public(agency_obj, pk)
    context = {
        "agency": agency_obj,
        "manual": version.manual,
        "version": version,
        "steps": list(version.steps.all()),
        "total": queries.total_minutes(version),
        "review_due": bool(version.review_on and version.review_on <= timezone.localdate()),
    }
    return render(request, "manuals/public_detail.html", context)


def public_pdf(request: HttpRequest, agency: str, pk: int) -> HttpResponse:
    agency_obj = get_agency_or_404(agency)
    version = get_version_for_public(agency_obj, pk)
    filename = f"manual-{agency_obj.slug}-{version.manual_id}-v{version.number}.pdf"
    back_url = reverse("manuals:public_detail", kwargs={"agency": agency_obj.slug, "pk": pk})
    return serve_pdf(  # printed once per published version, off the request path
        request,
        request_manual_pdf(version),
        filename=filename,
        context={"agency": agency_obj, "back_url": back_url},
    )
