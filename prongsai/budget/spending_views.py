"""Spending against the plan: record what was paid per activity and what was received per
fund; the reports are computed from these (public_views)."""

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
from prongsai.budget import actions, ledger_queries, queries
from prongsai.budget.access import (
    EDITORS,
    READERS,
    edits,
    get_plan_for_staff,
    get_spending_for_staff,
)
from prongsai.budget.forms import ReceiptForm, SpendingForm
from prongsai.budget.models import Plan
from prongsai.lib.fiscal import QUARTERS


def _url(agency: Agency, year: int) -> str:
    return reverse("budget:staff_spending", kwargs={"agency": agency.slug, "year": year})


def _page(
    request: HttpRequest,
    agency: Agency,
    plan: Plan,
    spending_form: SpendingForm | None = None,
    receipt_form: ReceiptForm | None = None,
) -> HttpResponse:
    activities = queries.activities(plan)
    funds = queries.funds(plan)
    rows, total = ledger_queries.status(plan, timezone.localdate())
    orders = ledger_queries.order_choices(plan)
    context = staff_context(
        request,
        agency,
        plan=plan,
        spending_form=spending_form
        or SpendingForm(activities=activities, year=plan.year, orders=orders),
        receipt_form=receipt_form or ReceiptForm(funds=funds, year=plan.year),
        spendings=queries.spendings(plan, request.GET.get("page")),
        all_spendings="page" in request.GET,
        receipts=queries.receipts(plan),
        progress=rows,
        total=total,
        quarters=QUARTERS,
        can_record=edits(roles_of(request)),
    )
    return render(request, "budget/staff_spending.html", context)


@staff_view(*READERS)
def staff_spending(request: HttpRequest, agency: Agency, year: int) -> HttpResponse:
    """Plan against spent per project, the latest spending and receipts; the editors record
    a payment here (POST)."""
    if request.method != "POST":
        return _page(request, agency, get_plan_for_staff(request, year))
    plan = get_plan_for_staff(request, year, act=True)
    form = SpendingForm(
        request.POST,
        activities=queries.activities(plan),
        year=plan.year,
        orders=ledger_queries.order_choices(plan),
    )
    if form.is_valid():
        data = form.cleaned_data
        try:
            actions.record_spending(
                plan=plan,
                activity=data["activity"],
                paid_on=data["paid_on"],
                amount=data["amount"],
                document_no=data["document_no"],
                description=data["description"],
                commitment=data.get("commitment"),
                by=user_of(request),
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("The payment was recorded."))
            return redirect(_url(agency, year))
    return _page(request, agency, plan, spending_form=form)


@staff_view(*EDITORS)
@require_POST
def staff_receipt_new(request: HttpRequest, agency: Agency, year: int) -> HttpResponse:
    plan = get_plan_for_staff(request, year, act=True)
    form = ReceiptForm(request.POST, funds=queries.funds(plan), year=plan.year)
    if form.is_valid():
        data = form.cleaned_data
        try:
            actions.record_receipt(
                plan=plan,
                fund=data["fund"],
                received_on=data["received_on"],
                amount=data["amount"],
                description=data["description"],
                by=user_of(request),
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("The receipt was recorded."))
            return redirect(_url(agency, year) + "#receipts")
    return _page(request, agency, plan, receipt_form=form)


@staff_view(*EDITORS)
def staff_spending_delete(request: HttpRequest, agency: Agency, year: int, pk: int) -> HttpResponse:
    """GET asks to confirm; POST deletes a payment recorded by mistake."""
    spending = get_spending_for_staff(request, year, pk, act=True)
    if request.method != "POST":
        what = f"{spending.activity.name} {spending.amount:,.2f}"
        context = staff_context(
            request, agency, plan=spending.activity.project.plan, what=what, back=_url(agency, year)
        )
        return render(request, "budget/staff_delete.html", context)
    actions.delete_spending(spending=spending)
    messages.success(request, _("The payment was deleted."))
    return redirect(_url(agency, year))
