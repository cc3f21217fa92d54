"""The public complaint channel: file a case, get a receipt once, follow it up by receipt.

Responses that carry a receipt or a case are never cached; receipts travel only in POST bodies.
"""

from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse, QueryDict
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache

from prongsai.agencies.access import get_agency_or_404
from prongsai.complaints import actions, queries, throttle
from prongsai.complaints.access import get_attachment_for_reporter, settings_for
from prongsai.complaints.forms import ComplaintForm, ReceiptForm, ReplyForm, new_form_token
from prongsai.complaints.guideline import complaint_guideline
from prongsai.complaints.models import Complaint
from prongsai.complaints.receipts import display_receipt
from prongsai.files.serve import serve_file
from prongsai.lib.text import parse_id

PRESETS = {"budget", "asset", "bribe", "corruption", "service", "other"}


def key_reused_message() -> str:
    return _(
        "This form was already sent with different content, so it was not filed again. "
        "Check the text and send the form once more to file it as a new complaint."
    )


@never_cache
def new(request: HttpRequest, agency: str) -> HttpResponse:
    agency_obj = get_agency_or_404(agency)
    if request.method == "POST":
        form = ComplaintForm(request.POST, request.FILES)
        if throttle.is_blocked("file", request, throttle.FILING):
            return _too_many(request, agency_obj)
        if form.is_valid():
            if form.is_probably_bot():
                # Answer like a success, with nothing filed, so bots learn nothing.
                return render(request, "complaints/thanks_bot.html", {"agency": agency_obj})
            try:
                complaint, receipt = actions.file_complaint(
                    agency=agency_obj,
                    data=form.complaint_data(),
                    attachments=form.cleaned_data["attachments"],
                    idempotency_key=form.idempotency_key,
                )
            except actions.AlreadyFiled as already:
                return _receipt_page(request, agency_obj, already.complaint, already.receipt)
            except actions.KeyReused:
                form.add_error(None, key_reused_message())
                data = QueryDict(mutable=True)
                data.update(form.data)
                data["form_token"] = new_form_token()
                form.data = data  # sending again files a new case
            except ValidationError as error:
                _add_errors(form, error)
            else:
                throttle.hit("file", request, throttle.FILING)
                return _receipt_page(request, agency_obj, complaint, receipt)
        files_lost = bool(request.FILES)
    else:
        initial = {"form_token": new_form_token(), "identity": "anonymous"}
        preset = request.GET.get("category", "")
        if preset in PRESETS:
            initial["category"] = preset
        initial["related_to"] = request.GET.get("related", "")[:500]
        form = ComplaintForm(initial=initial)
        files_lost = False
    context = {"agency": agency_obj, "form": form, "files_lost": files_lost}
    return render(request, "complaints/new.html", context)


def _add_errors(form: ComplaintForm, error: ValidationError) -> None:
    if hasattr(error, "error_dict"):
        for field, messages in error.message_dict.items():
            form.add_error(field if field in form.fields else None, messages)
    else:
        form.add_error(None, error)


def _receipt_page(
    request: HttpRequest, agency: object, complaint: Complaint, receipt: str | None
) -> HttpResponse:
    context = {
        "agency": agency,
        "complaint": complaint,
        "receipt": display_receipt(receipt) if receipt else "",
    }
    return render(request, "complaints/receipt.html", context)


def _too_many(request: HttpRequest, agency: object) -> HttpResponse:
    return render(request, "complaints/too_many.html", {"agency": agency}, status=429)


@never_cache
def follow_up(request: HttpRequest, agency: str) -> HttpResponse:
    agency_obj = get_agency_or_404(agency)
    if request.method != "POST":
        return render(
            request, "complaints/follow_up.html", {"agency": agency_obj, "form": ReceiptForm()}
        )
    if throttle.is_blocked("receipt", request, throttle.WRONG_RECEIPTS):
        return _too_many(request, agency_obj)
    form = ReceiptForm(request.POST)
    typed = form.is_valid()
    complaint = actions.find_by_receipt(request.POST.get("receipt", "")) if typed else None
    if complaint is None or complaint.agency_id != agency_obj.pk:
        if typed:
            throttle.hit("receipt", request, throttle.WRONG_RECEIPTS)
            form.add_error(
                "receipt",
                _(
                    "No case has this receipt here. Check the 16 digits and the agency, "
                    "and try again."
                ),
            )
        context = {"agency": agency_obj, "form": form}
        status = 404 if typed else 200
        return render(request, "complaints/follow_up.html", context, status=status)

    if "download" in request.POST:
        return _reporter_file(request, complaint, request.POST.get("download", ""))
    reply = ReplyForm(initial={"receipt": form.cleaned_data["receipt"]})
    sent = False
    if "body" in request.POST:
        reply = ReplyForm(request.POST, request.FILES)
        if throttle.is_blocked("reply", request, throttle.REPLIES):
            return _too_many(request, agency_obj)
        if reply.is_valid():
            try:
                actions.reporter_reply(
                    complaint=complaint,
                    body=reply.cleaned_data["body"],
                    attachments=reply.cleaned_data["attachments"],
                )
            except ValidationError as error:
                for field, messages in error.message_dict.items():
                    reply.add_error(field if field in reply.fields else None, messages)
            else:
                throttle.hit("reply", request, throttle.REPLIES)
                sent = True
                reply = ReplyForm(initial={"receipt": form.cleaned_data["receipt"]})
    context = {
        "agency": agency_obj,
        "complaint": complaint,
        "messages_": queries.reporter_messages(complaint).prefetch_related("attachments"),
        "own_files": queries.reporter_files(complaint),
        "receipt": form.cleaned_data["receipt"],
        "reply": reply,
        "sent": sent,
        "statuses": Complaint.Status.choices,
    }
    return render(request, "complaints/case_public.html", context)


def _reporter_file(request: HttpRequest, complaint: Complaint, file_id: str) -> HttpResponse:
    """A file the reporter attached, inside the receipt session (the receipt in the POST body,
    never in a URL); never a file of another case or one staff added."""
    attachment = get_attachment_for_reporter(complaint, parse_id(file_id) or 0)
    return serve_file(
        request, actions.read_attachment(attachment), filename=attachment.name, inline=False
    )


def guideline(request: HttpRequest, agency: str) -> HttpResponse:
    """How this agency handles complaints (OIT evidence), written from its settings."""
    agency_obj = get_agency_or_404(agency)
    found = complaint_guideline(agency_obj, settings_for(agency_obj.pk))
    return render(request, "complaints/guideline.html", {"agency": agency_obj, "guide": found})
