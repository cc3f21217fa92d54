"""Loans in the back office: request (phone first), my loans, a loan with its next step, the
officer's board, hand-over and return, damage records, the director's delegate."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from prongsai.agencies.access import roles_of, staff_view, user_of
from prongsai.agencies.menu import staff_context
from prongsai.agencies.models import Agency
from prongsai.agencies.roles import Role
from prongsai.assets import loan_actions as actions
from prongsai.assets import loan_queries as queries
from prongsai.assets import loan_rules as rules
from prongsai.assets.access import (
    ASSET_READERS,
    BORROWERS,
    LOAN_EXPORTERS,
    LOAN_KEEPERS,
    SETTINGS_EDITORS,
    get_damage_for_staff,
    get_loan_for_staff,
    get_loan_to_cancel,
    get_loan_to_decide,
    may_cancel,
    may_decide,
)
from prongsai.assets.loan_forms import (
    DamageForm,
    DecisionForm,
    LoanForm,
    SettingsForm,
    StepForm,
    merge_picks,
)
from prongsai.assets.models import Loan
from prongsai.assets.values import normal_number

DECIDERS = (Role.DIRECTOR, Role.UNIT_HEAD)


def _loan_url(agency: Agency, loan: Loan) -> str:
    return reverse("assets:loan_detail", kwargs={"agency": agency.slug, "pk": loan.pk})


def _refused(request: HttpRequest, error: ValidationError) -> None:
    messages.error(request, " ".join(error.messages))


@staff_view(*BORROWERS)
def loans_mine(request: HttpRequest, agency: Agency) -> HttpResponse:
    context = staff_context(
        request,
        agency,
        loans=queries.my_loans(agency, user_of(request)),
        today=timezone.localdate(),
        keeps=bool(roles_of(request) & LOAN_KEEPERS),
        sets=bool(roles_of(request) & SETTINGS_EDITORS),
    )
    return render(request, "assets/loans_mine.html", context)


@staff_view(*BORROWERS)
def loan_request(request: HttpRequest, agency: Agency) -> HttpResponse:
    """The request form, with a picker of assets by name: a plain search (the "Find" button
    re-shows the form with what was typed, no JavaScript needed); with htmx the results follow
    the search box. Ticked results join the typed numbers when the request is sent."""
    source = request.POST if request.method == "POST" else request.GET
    picks = [normal_number(p)[:60] for p in source.getlist("pick")[:50]]
    find = source.get("find", "")[:100]
    initial: dict[str, object] = {"kind": Loan.Kind.INSIDE, "starts_on": timezone.localdate()}
    if request.GET.get("asset"):
        initial["assets"] = normal_number(request.GET["asset"])[:60]
    finder = lambda numbers: queries.assets_by_number(agency, numbers)  # noqa: E731
    searching = request.method == "POST" and "search" in request.POST
    if request.method == "POST" and not searching:
        data = request.POST.copy()
        data["assets"] = merge_picks(data.get("assets", ""), picks)
        form = LoanForm(data, initial=initial, find=finder)
        picks = []  # they are in the typed list now
    elif searching:
        kept = {key: request.POST.get(key, "") for key in LoanForm.base_fields}
        form = LoanForm(initial={**initial, **kept}, find=finder)
    else:
        form = LoanForm(initial=initial, find=finder)
    if request.method == "POST" and not searching and form.is_valid():
        try:
            loan = actions.request_loan(
                agency=agency, borrower=user_of(request), data=form.data_of()
            )
        except ValidationError as error:
            form.add_error("assets", error)
        else:
            messages.success(
                request,
                _(
                    "Your request was sent. The asset officer checks the items, "
                    "then it goes to %(who)s."
                )
                % {"who": loan.get_approver_display()},
            )
            return redirect(_loan_url(agency, loan))
    context = staff_context(
        request,
        agency,
        form=form,
        find=find,
        picks=picks,
        found=queries.find_to_borrow(agency, find, picked=picks),
        searched=bool(find.strip()),
    )
    return render(request, "assets/loan_form.html", context)


@staff_view(*ASSET_READERS)
def loan_detail(request: HttpRequest, agency: Agency, pk: int) -> HttpResponse:
    loan = get_loan_for_staff(request, pk)
    keeps = bool(roles_of(request) & LOAN_KEEPERS)
    today = timezone.localdate()
    context = staff_context(
        request,
        agency,
        loan=loan,
        items=list(loan.items.all()),
        keeps=keeps,
        borrows=bool(roles_of(request) & BORROWERS),
        decides=loan.status == Loan.Status.CHECKED and may_decide(request, loan),
        cancels=loan.status in rules.OPEN and may_cancel(request, loan),
        overdue=rules.is_overdue(loan, today),
        decision_form=DecisionForm(),
        damage_forms={
            item.damage.pk: DamageForm(
                initial={
                    "remedy": item.damage.remedy,
                    "value": f"{item.damage.value:,.2f}" if item.damage.value is not None else "",
                    "outcome": item.damage.outcome,
                    "settled_on": item.damage.settled_on,
                },
                prefix=f"damage{item.damage.pk}",
            )
            for item in loan.items.all()
            if getattr(item, "damage", None) is not None
        }
        if keeps
        else {},
    )
    return render(request, "assets/loan_detail.html", context)


@require_POST
@staff_view(*LOAN_KEEPERS)
def loan_check(request: HttpRequest, agency: Agency, pk: int) -> HttpResponse:
    """The asset officer's answer to a request: the items are there (→ the approver), or not
    (refused, with the reason)."""
    loan = get_loan_for_staff(request, pk, act=True)
    answer = request.POST.get("answer", "")
    try:
        if answer == "available":
            actions.check_loan(loan=loan, actor=user_of(request))
            messages.success(
                request,
                _("Checked: the loan now waits for %(who)s.")
                % {"who": loan.get_approver_display()},
            )
        elif answer == "refuse":
            actions.refuse_loan(
                loan=loan, actor=user_of(request), note=request.POST.get("note", "")
            )
            messages.success(request, _("The loan was refused."))
        else:
            messages.error(request, _("Choose “Available” or “Not available”."))
    except ValidationError as error:
        _refused(request, error)
    return redirect(_loan_url(agency, loan))


@require_POST
@staff_view(*DECIDERS)
def loan_decide(request: HttpRequest, agency: Agency, pk: int) -> HttpResponse:
    loan = get_loan_to_decide(request, pk)
    form = DecisionForm(request.POST)
    answer = request.POST.get("answer", "")
    note = form.cleaned_data["note"] if form.is_valid() else ""
    try:
        if answer == "approve":
            actions.approve_loan(loan=loan, actor=user_of(request), note=note)
            messages.success(request, _("The loan is approved; the items are reserved."))
        elif answer == "refuse":
            actions.refuse_loan(loan=loan, actor=user_of(request), note=note)
            messages.success(request, _("The loan was refused."))
        else:
            messages.error(request, _("Choose “Approve” or “Refuse”."))
    except ValidationError as error:
        _refused(request, error)
    return redirect(_loan_url(agency, loan))


@require_POST
@staff_view(*BORROWERS)
def loan_cancel(request: HttpRequest, agency: Agency, pk: int) -> HttpResponse:
    loan = get_loan_to_cancel(request, pk)
    try:
        actions.cancel_loan(loan=loan, actor=user_of(request))
        messages.success(request, _("The loan was cancelled."))
    except ValidationError as error:
        _refused(request, error)
    return redirect(_loan_url(agency, loan))


def _step(request: HttpRequest, agency: Agency, pk: int, *, returning: bool) -> HttpResponse:
    loan = get_loan_for_staff(request, pk, act=True)
    items = list(loan.items.all())
    form = StepForm(request.POST or None, request.FILES or None, items=items, returning=returning)
    if request.method == "POST" and form.is_valid():
        try:
            if returning:
                damages = actions.take_back(
                    loan=loan,
                    actor=user_of(request),
                    on=form.cleaned_data["on"],
                    conditions=form.conditions(),
                    photo=form.cleaned_data.get("photo") or None,
                )
                messages.success(request, _("The items are back in the register."))
                if damages:
                    messages.warning(
                        request,
                        _("Returned in worse condition: a damage record was opened (ข้อ 209)."),
                    )
            else:
                actions.hand_over(
                    loan=loan,
                    actor=user_of(request),
                    on=form.cleaned_data["on"],
                    conditions=form.conditions(),
                )
                messages.success(request, _("Handed over."))
        except ValidationError as error:
            _refused(request, error)
        return redirect(_loan_url(agency, loan))
    context = staff_context(request, agency, loan=loan, form=form, returning=returning)
    return render(request, "assets/loan_step.html", context)


@staff_view(*LOAN_KEEPERS)
def loan_hand_over(request: HttpRequest, agency: Agency, pk: int) -> HttpResponse:
    return _step(request, agency, pk, returning=False)


@staff_view(*LOAN_KEEPERS)
def loan_return(request: HttpRequest, agency: Agency, pk: int) -> HttpResponse:
    return _step(request, agency, pk, returning=True)


@require_POST
@staff_view(*LOAN_KEEPERS)
def loan_damage(request: HttpRequest, agency: Agency, pk: int, damage: int) -> HttpResponse:
    record = get_damage_for_staff(request, pk, damage)
    form = DamageForm(request.POST, prefix=f"damage{record.pk}")
    if form.is_valid():
        data = form.cleaned_data
        actions.settle_damage(
            damage=record,
            remedy=data["remedy"],
            value=data["value"],
            outcome=data["outcome"],
            settled_on=data["settled_on"],
        )
        messages.success(request, _("The damage record was saved."))
    else:
        for field, errors in form.errors.items():
            label = form.fields[field].label if field in form.fields else ""
            messages.error(request, f"{label}: {' '.join(str(error) for error in errors)}")
    return redirect(_loan_url(agency, get_loan_for_staff(request, pk)) + f"#damage-{record.pk}")


@staff_view(*LOAN_KEEPERS)
def loan_board(request: HttpRequest, agency: Agency) -> HttpResponse:
    today = timezone.localdate()
    context = staff_context(request, agency, board=queries.board(agency, today), today=today)
    return render(request, "assets/loan_board.html", context)


@staff_view(*SETTINGS_EDITORS)
def loan_settings(request: HttpRequest, agency: Agency) -> HttpResponse:
    current = queries.settings_of(agency)
    form = SettingsForm(
        request.POST or None,
        initial={"delegate": current.delegate_id},
        people=queries.unit_heads(agency),
    )
    if request.method == "POST" and form.is_valid():
        actions.save_settings(agency=agency, delegate=form.cleaned_data["delegate"])
        messages.success(request, _("The changes were saved."))
        return redirect(reverse("assets:loan_settings", kwargs={"agency": agency.slug}))
    return render(request, "assets/loan_settings.html", staff_context(request, agency, form=form))


@staff_view(*ASSET_READERS)
def loan_slip(request: HttpRequest, agency: Agency, pk: int, fmt: str) -> HttpResponse:
    """The loan slip as a PDF (printed on request, one at a time) or a DOCX."""
    from prongsai.assets import slip
    from prongsai.exports.pdf import PrinterBusy, PrintRefused, preview_pdf
    from prongsai.exports.responses import CONTENT_TYPES, Rendered, file_response

    loan = get_loan_for_staff(request, pk)
    url = request.build_absolute_uri(_loan_url(agency, loan))
    if fmt == "docx":
        from prongsai.assets.slip_docx import slip_docx

        content = slip_docx(loan, url)
        return file_response(Rendered(content, CONTENT_TYPES["docx"], slip.file_name(loan, "docx")))
    try:
        content = preview_pdf(slip.slip_html(loan, url))
    except PrinterBusy:
        response = render(
            request,
            "printing/preparing.html",
            {"agency": agency, "retry_after": 10, "busy": True},
            status=503,
        )
        response["Retry-After"] = "10"
        return response
    except PrintRefused as refused:
        messages.error(request, str(refused))
        return redirect(_loan_url(agency, loan))
    return file_response(Rendered(content, "application/pdf", slip.file_name(loan, "pdf")))


@staff_view(*ASSET_READERS)
def loan_photo(request: HttpRequest, agency: Agency, pk: int) -> HttpResponse:
    """The photo taken at the return, for those who may read the loan."""
    from prongsai.files.serve import serve_file

    loan = get_loan_for_staff(request, pk)
    if not loan.return_photo:
        raise Http404
    suffix = loan.return_photo.name.rsplit(".", 1)[-1]
    return serve_file(request, loan.return_photo, filename=f"loan-{loan.pk}-return.{suffix}")


@staff_view(*LOAN_EXPORTERS)
def loan_export(request: HttpRequest, agency: Agency, fmt: str) -> HttpResponse:
    """Every loan of the agency (or of the status asked) as CSV or XLSX."""
    from prongsai.assets.files import render_sheet
    from prongsai.assets.loan_export import HEADINGS, loan_row
    from prongsai.exports.responses import file_response

    loans = queries.loans_to_export(agency, request.GET.get("status", ""))
    rendered = render_sheet(
        HEADINGS,
        (loan_row(loan) for loan in loans),
        fmt=fmt,
        filename=f"asset-loans-{agency.slug}",
        title="การยืมพัสดุ",
    )
    return file_response(rendered, inline=False)
