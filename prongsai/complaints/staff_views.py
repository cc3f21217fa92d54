"""The back office of the complaint channel. Content only for those allowed to read it; every
read is in the audit log."""

from collections.abc import Callable
from typing import Any

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.forms import Form
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from prongsai.accounts.models import User
from prongsai.agencies.access import roles_of, staff_view, user_of
from prongsai.agencies.menu import staff_context
from prongsai.agencies.models import Agency
from prongsai.agencies.roles import SITE_ADMIN, Role
from prongsai.complaints import actions, queries, settings_actions
from prongsai.complaints.access import (
    CASE_LIST_ROLES,
    HANDLERS,
    can_handle,
    can_read_content,
    get_attachment_for_staff,
    get_complaint_for_staff,
    settings_for,
)
from prongsai.complaints.forms import (
    AssignForm,
    CloseForm,
    ExcludeForm,
    NoteForm,
    SettingsForm,
    StaffMessageForm,
)
from prongsai.complaints.models import Complaint
from prongsai.files.serve import serve_file
from prongsai.lib.fiscal import fiscal_year


@staff_view(*CASE_LIST_ROLES)
def staff_list(request: HttpRequest, agency: Agency) -> HttpResponse:
    today = timezone.localdate()
    status = request.GET.get("status", "")
    context = staff_context(
        request,
        agency,
        rows=queries.case_rows(agency, user_of(request), status=status, today=today),
        counts=queries.case_counts(agency, user_of(request), today=today),
        statuses=Complaint.Status.choices,
        status=status,
        can_configure=bool(roles_of(request) & {Role.COMPLAINT_OFFICER, SITE_ADMIN}),
        year=fiscal_year(today),
    )
    return render(request, "complaints/staff_list.html", context)


def _action_form(
    action: str, agency: Agency, complaint: Complaint, user: User, data: Any = None
) -> Form:
    """The form of one action of the case page (bound to `data` when given)."""
    if action == "assign":
        return AssignForm(
            data, prefix=action, officers=queries.assignable_officers(agency, complaint)
        )
    if action == "exclude":
        return ExcludeForm(
            data, prefix=action, people=queries.excludable_people(agency, complaint, user)
        )
    form_classes: dict[str, type[Form]] = {
        "message": StaffMessageForm,
        "note": NoteForm,
        "close": CloseForm,
    }
    form_class = form_classes[action]
    return form_class(data, prefix=action)


FORM_ACTIONS = ("message", "note", "assign", "exclude", "close")


def _action_forms(
    agency: Agency, complaint: Complaint, user: User, bound: dict[str, Form] | None = None
) -> dict[str, Form]:
    """One form per action, empty unless `bound` holds the one that was just refused."""
    forms = {action: _action_form(action, agency, complaint, user) for action in FORM_ACTIONS}
    forms.update(bound or {})
    return forms


def _detail(
    request: HttpRequest,
    agency: Agency,
    complaint: Complaint,
    bound: dict[str, Form] | None = None,
    status: int = 200,
) -> HttpResponse:
    user = user_of(request)
    roles = roles_of(request)
    readable = can_read_content(
        roles=roles, complaint=complaint, user_id=user.pk, settings=settings_for(agency.pk)
    )
    context = staff_context(request, agency, complaint=complaint, readable=readable)
    if readable:
        full = queries.case_content(complaint)
        actions.log_read(complaint=full, by=user)
        context.update(
            complaint=full,
            case_messages=queries.case_messages(full),
            attachments=queries.case_files(full),
            handler=can_handle(roles=roles, complaint=full, user_id=user.pk),
            action_forms=_action_forms(agency, full, user, bound),
        )
    return render(request, "complaints/staff_detail.html", context, status=status)


@never_cache
@staff_view(*CASE_LIST_ROLES)
def staff_detail(request: HttpRequest, agency: Agency, pk: int) -> HttpResponse:
    return _detail(request, agency, get_complaint_for_staff(request, pk))


DONE_MESSAGES = {
    "acknowledge": gettext_lazy("The case is accepted for handling."),
    "assign": gettext_lazy("The case is assigned."),
    "message": gettext_lazy("The message was sent to the reporter."),
    "note": gettext_lazy("The action was recorded."),
    "close": gettext_lazy("The case is closed."),
    "exclude": gettext_lazy("The person can no longer see this case."),
}

Do = Callable[[Complaint, User, dict[str, Any]], None]


def _act(request: HttpRequest, agency: Agency, pk: int, action: str, do: Do) -> HttpResponse:
    """One action of the case page: done and back to the case with a message; a refused form
    re-renders the case page (400) with its errors and what was typed; a post that carries
    nothing of the form goes back to the case, asking what to do."""
    complaint = get_complaint_for_staff(request, pk, act=True)
    user = user_of(request)
    back = redirect("complaints:staff_detail", agency=agency.slug, pk=complaint.pk)
    form = (
        None
        if action == "acknowledge"
        else _action_form(action, agency, complaint, user, request.POST)
    )
    if form is not None and not any(name.startswith(f"{action}-") for name in request.POST):
        messages.error(request, _("Choose what to do with the case."))
        return back
    if form is not None and not form.is_valid():
        return _detail(request, agency, complaint, bound={action: form}, status=400)
    try:
        do(complaint, user, form.cleaned_data if form is not None else {})
    except ValidationError as error:
        if form is None:
            messages.error(request, " ".join(error.messages))
            return back
        errors = getattr(error, "message_dict", {"__all__": error.messages})
        for field, field_errors in errors.items():
            form.add_error(field if field in form.fields else None, field_errors)
        return _detail(request, agency, complaint, bound={action: form}, status=400)
    messages.success(request, str(DONE_MESSAGES[action]))
    return back


@never_cache
@staff_view(*HANDLERS)
@require_POST
def staff_acknowledge(request: HttpRequest, agency: Agency, pk: int) -> HttpResponse:
    def do(complaint: Complaint, user: User, _data: dict[str, Any]) -> None:
        actions.acknowledge(complaint=complaint, by=user)

    return _act(request, agency, pk, "acknowledge", do)


@never_cache
@staff_view(*HANDLERS)
@require_POST
def staff_assign(request: HttpRequest, agency: Agency, pk: int) -> HttpResponse:
    def do(complaint: Complaint, user: User, data: dict[str, Any]) -> None:
        actions.assign(complaint=complaint, to=data["officer"], by=user)

    return _act(request, agency, pk, "assign", do)


@never_cache
@staff_view(*HANDLERS)
@require_POST
def staff_message(request: HttpRequest, agency: Agency, pk: int) -> HttpResponse:
    def do(complaint: Complaint, user: User, data: dict[str, Any]) -> None:
        actions.message_reporter(complaint=complaint, body=data["body"], by=user)

    return _act(request, agency, pk, "message", do)


@never_cache
@staff_view(*HANDLERS)
@require_POST
def staff_note(request: HttpRequest, agency: Agency, pk: int) -> HttpResponse:
    def do(complaint: Complaint, user: User, data: dict[str, Any]) -> None:
        actions.add_note(complaint=complaint, body=data["body"], by=user)

    return _act(request, agency, pk, "note", do)


@never_cache
@staff_view(*HANDLERS)
@require_POST
def staff_close(request: HttpRequest, agency: Agency, pk: int) -> HttpResponse:
    def do(complaint: Complaint, user: User, data: dict[str, Any]) -> None:
        actions.close_case(
            complaint=complaint, outcome=data["outcome"], reason=data["reason"], by=user
        )

    return _act(request, agency, pk, "close", do)


@never_cache
@staff_view(*HANDLERS)
@require_POST
def staff_exclude(request: HttpRequest, agency: Agency, pk: int) -> HttpResponse:
    def do(complaint: Complaint, user: User, data: dict[str, Any]) -> None:
        actions.exclude_officer(
            complaint=complaint, officer=data["person"], by=user, reason=data["reason"]
        )

    return _act(request, agency, pk, "exclude", do)


@never_cache
@staff_view(*CASE_LIST_ROLES)
def staff_file(request: HttpRequest, agency: Agency, pk: int, file_pk: int) -> HttpResponse:
    attachment = get_attachment_for_staff(request, pk, file_pk)
    actions.log_read(complaint=attachment.complaint, by=user_of(request))
    return serve_file(
        request, actions.read_attachment(attachment), filename=attachment.name, inline=False
    )


@staff_view(Role.COMPLAINT_OFFICER, SITE_ADMIN)
def staff_settings(request: HttpRequest, agency: Agency) -> HttpResponse:
    options = settings_for(agency.pk)
    form = SettingsForm(
        request.POST or None, instance=options, site_admin=SITE_ADMIN in roles_of(request)
    )
    if request.method == "POST" and form.is_valid():
        settings_actions.save_settings(options=form.save(commit=False), by=user_of(request))
        messages.success(request, _("The complaint settings were saved."))
        return redirect("complaints:staff_list", agency=agency.slug)
    return render(
        request, "complaints/staff_settings.html", staff_context(request, agency, form=form)
    )
