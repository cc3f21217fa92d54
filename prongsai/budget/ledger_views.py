"""Purchase orders (money committed, not yet paid) and transfers between activities with the
director's approval."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from prongsai.agencies.access import roles_of, staff_view, user_of
from prongsai.agencies.menu import staff_context
from prongsai.agencies.models import Agency
from prongsai.budget import ledger_actions, ledger_queries, queries, rules
from prongsai.budget.access import (
    APPROVERS,
    EDITORS,
    READERS,
    edits,
    get_order_for_staff,
    get_plan_for_staff,
    get_transfer_for_staff,
)
from prongsai.budget.ledger_forms import CommitmentForm, TransferForm
from prongsai.budget.models import Plan


def _url(name: str, agency: Agency, year: int) -> str:
    return reverse(f"budget:{name}", kwargs={"agency": agency.slug, "year": year})


@staff_view(*READERS)
def staff_orders(request: HttpRequest, agency: Agency, year: int) -> HttpResponse:
    """The plan's purchase orders and what each still commits; the editors record one (POST)."""
    posting = request.method == "POST"
    plan = get_plan_for_staff(request, year, act=posting)
    activities = queries.activities(plan)
    form = CommitmentForm(request.POST if posting else None, activities=activities, year=plan.year)
    if posting and form.is_valid():
        try:
            ledger_actions.record_commitment(plan=plan, by=user_of(request), **form.cleaned_data)
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("The purchase order was recorded."))
            return redirect(_url("staff_orders", agency, year))
    context = staff_context(
        request,
        agency,
        plan=plan,
        form=form,
        orders=ledger_queries.open_orders(plan),
        can_record=edits(roles_of(request)),
    )
    return render(request, "budget/staff_orders.html", context)


@staff_view(*EDITORS)
@require_POST
def staff_order_cancel(request: HttpRequest, agency: Agency, year: int, pk: int) -> HttpResponse:
    order = get_order_for_staff(request, year, pk, act=True)
    try:
        ledger_actions.cancel_commitment(commitment=order)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("The order was cancelled; what it still committed is free."))
    return redirect(_url("staff_orders", agency, year))


def _transfers_page(
    request: HttpRequest, agency: Agency, plan: Plan, form: TransferForm
) -> HttpResponse:
    roles = roles_of(request)
    context = staff_context(
        request,
        agency,
        plan=plan,
        form=form,
        transfers=ledger_queries.transfers(plan),
        can_request=edits(roles) and plan.is_approved,
        can_decide=bool(roles & APPROVERS),
    )
    return render(request, "budget/staff_transfers.html", context)


@staff_view(*READERS)
def staff_transfers(request: HttpRequest, agency: Agency, year: int) -> HttpResponse:
    """The plan's transfers between activities; the editors record one (POST), which waits
    for the director."""
    posting = request.method == "POST"
    plan = get_plan_for_staff(request, year, act=posting)
    today = timezone.localdate()
    form = TransferForm(
        request.POST if posting else None,
        activities=queries.activities(plan),
        year=plan.year,
        initial={"on": today} if rules.in_year(today, plan.year) else {},
    )
    if posting and form.is_valid():
        try:
            ledger_actions.request_transfer(plan=plan, by=user_of(request), **form.cleaned_data)
        except ValidationError as error:
            form.add_error("amount", error)
        else:
            messages.success(request, _("The transfer was recorded; it waits for the director."))
            return redirect(_url("staff_transfers", agency, year))
    return _transfers_page(request, agency, plan, form)


def _decide(
    request: HttpRequest, agency: Agency, year: int, pk: int, approve: bool
) -> HttpResponse:
    transfer = get_transfer_for_staff(request, year, pk, act=True)
    try:
        ledger_actions.decide_transfer(transfer=transfer, approve=approve, by=user_of(request))
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        done = _("The transfer is approved; the money has moved.") if approve else None
        messages.success(request, done or _("The transfer is refused."))
    return redirect(_url("staff_transfers", agency, year))


@staff_view(*APPROVERS)
@require_POST
def staff_transfer_approve(
    request: HttpRequest, agency: Agency, year: int, pk: int
) -> HttpResponse:
    return _decide(request, agency, year, pk, True)


@staff_view(*APPROVERS)
@require_POST
def staff_transfer_refuse(request: HttpRequest, agency: Agency, year: int, pk: int) -> HttpResponse:
    return _decide(request, agency, year, pk, False)
