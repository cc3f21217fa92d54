"""The annual asset check (ข้อ 213) in the back office: the checks of the years, the director
appoints the committee, the committee walks the rooms (search or scan, one tap a finding),
sends the report; the documents as PDF (printed off the request path) and DOCX."""

from urllib.parse import urlencode

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from prongsai.agencies.access import roles_of, staff_view, user_of
from prongsai.agencies.menu import staff_context
from prongsai.agencies.models import Agency
from prongsai.assets import check_actions as actions
from prongsai.assets import check_documents as documents
from prongsai.assets import check_queries as queries
from prongsai.assets import check_rules as rules
from prongsai.assets.access import (
    ASSET_READERS,
    CHECK_APPOINTERS,
    get_check_for_staff,
    is_check_member,
)
from prongsai.assets.check_forms import CommitteeForm, ReportForm, ResultForm
from prongsai.assets.models import AssetCheck
from prongsai.lib.thai import thai_date


def _check_url(agency: Agency, check: AssetCheck, **query: str) -> str:
    url = reverse("assets:check_detail", kwargs={"agency": agency.slug, "pk": check.pk})
    shown = {key: value for key, value in query.items() if value}
    return f"{url}?{urlencode(shown)}" if shown else url


@staff_view(*ASSET_READERS)
def check_list(request: HttpRequest, agency: Agency) -> HttpResponse:
    context = staff_context(
        request,
        agency,
        checks=queries.checks_of(agency),
        appoints=bool(roles_of(request) & CHECK_APPOINTERS),
        today=timezone.localdate(),
    )
    return render(request, "assets/check_list.html", context)


@staff_view(*CHECK_APPOINTERS)
def check_appoint(request: HttpRequest, agency: Agency) -> HttpResponse:
    today = timezone.localdate()
    year = rules.year_to_appoint(today)
    if year in queries.years_appointed(agency):
        year += 1  # this year's committee is appointed: offer the next
    form = CommitteeForm(
        request.POST or None,
        initial={"fiscal_year": str(year), "appointed_on": today},
        people=queries.candidates(agency),
        officers=queries.asset_officers(agency),
    )
    if request.method == "POST" and form.is_valid():
        try:
            check = actions.appoint_committee(
                agency=agency, actor=user_of(request), data=form.committee()
            )
        except ValidationError as error:
            for field, problems in error.message_dict.items():
                form.add_error(field if field in form.fields else None, problems)
        else:
            messages.success(
                request,
                _("The committee is appointed. The check starts on %(day)s.")
                % {"day": thai_date(check.starts_on)},
            )
            return redirect(_check_url(agency, check))
    context = staff_context(request, agency, form=form, starts_on=rules.starts_on(year), year=year)
    return render(request, "assets/check_appoint.html", context)


@staff_view(*ASSET_READERS)
def check_detail(request: HttpRequest, agency: Agency, pk: int) -> HttpResponse:
    check = get_check_for_staff(request, pk)
    q = request.GET.get("q", "")[:100]
    todo = request.GET.get("todo") == "1"
    today = timezone.localdate()
    member = is_check_member(request, check)
    context = staff_context(
        request,
        agency,
        check=check,
        members=queries.members_of(check),
        progress=queries.progress(check),
        page=queries.assets_page(check, q=q, todo=todo, page=_page(request)),
        q=q,
        todo=todo,
        query=urlencode(
            {key: value for key, value in (("q", q), ("todo", "1" if todo else "")) if value}
        ),
        is_member=member,
        records=member
        and not rules.recording_error(
            starts=check.starts_on,
            reported=check.status == AssetCheck.Status.REPORTED,
            today=today,
        ),
        before_start=today < check.starts_on,
        late=check.status != AssetCheck.Status.REPORTED and today > check.due_on,
        working_days_left=queries.working_days_left(check, today),
        findings=ResultForm.base_fields["condition"].choices,  # type: ignore[attr-defined]
    )
    return render(request, "assets/check_detail.html", context)


def _page(request: HttpRequest) -> int:
    text = request.GET.get("page", "1")
    return int(text) if text.isdigit() else 1


@staff_view(*ASSET_READERS)
def check_asset(request: HttpRequest, agency: Agency, pk: int, asset: int) -> HttpResponse:
    """One asset of the check: its result for everyone who reads; the form for the committee
    (a plain POST from the check's list too, without JavaScript)."""
    check = get_check_for_staff(request, pk, act=request.method == "POST")
    found = queries.asset_in_check(check, asset)
    result = queries.result_of(check, found)
    back = {
        "q": request.POST.get("q", request.GET.get("q", ""))[:100],
        "todo": "1" if request.POST.get("todo", request.GET.get("todo")) == "1" else "",
    }
    form = ResultForm(
        request.POST or None,
        initial={"condition": result.condition, "note": result.note} if result else None,
    )
    if request.method == "POST" and form.is_valid():
        try:
            actions.record_result(
                check=check,
                asset=found,
                condition=form.cleaned_data["condition"],
                note=form.cleaned_data["note"],
                actor=user_of(request),
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(
                request, _("%(number)s: the result is saved.") % {"number": found.number}
            )
            return redirect(_check_url(agency, check, **back))
    member = is_check_member(request, check)
    context = staff_context(
        request,
        agency,
        check=check,
        asset=found,
        result=result,
        form=form,
        back=_check_url(agency, check, **back),
        q=back["q"],
        todo=back["todo"],
        is_member=member,
        committee=[] if member else queries.members_of(check),
    )
    return render(request, "assets/check_asset.html", context)


@staff_view(*ASSET_READERS)
def check_report(request: HttpRequest, agency: Agency, pk: int) -> HttpResponse:
    """The committee's report: the findings, for everyone who reads; the form for the committee
    until it is sent."""
    check = get_check_for_staff(request, pk, act=request.method == "POST")
    form = ReportForm(request.POST or None)
    if request.method == "POST":
        if check.status == AssetCheck.Status.REPORTED:
            raise PermissionDenied
        if form.is_valid():
            try:
                actions.send_report(check=check, data=form.findings_of(), actor=user_of(request))
            except ValidationError as error:
                form.add_error(None, error)
            else:
                messages.success(request, _("The report is sent to the director."))
                return redirect(_check_url(agency, check))
    context = staff_context(
        request,
        agency,
        check=check,
        form=form,
        progress=queries.progress(check),
        is_member=is_check_member(request, check),
        reported=check.status == AssetCheck.Status.REPORTED,
    )
    return render(request, "assets/check_report.html", context)


@staff_view(*ASSET_READERS)
def check_documents(request: HttpRequest, agency: Agency, pk: int, fmt: str) -> HttpResponse:
    from prongsai.exports.responses import CONTENT_TYPES, Rendered, file_response
    from prongsai.printing.responses import serve_pdf

    check = get_check_for_staff(request, pk)
    if fmt == "docx":
        from prongsai.assets.check_docx import check_docx

        content = check_docx(documents.docx_context(check))
        return file_response(
            Rendered(content, CONTENT_TYPES["docx"], documents.file_name(check, "docx"))
        )
    response = serve_pdf(
        request,
        documents.request_check_pdf(check),
        filename=documents.file_name(check, "pdf"),
        context={"agency": agency, "back_url": _check_url(agency, check)},
    )
    if response.status_code == 200:  # names of staff: no shared cache keeps it
        response["Cache-Control"] = "private, no-cache"
    return response
