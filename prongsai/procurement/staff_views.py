"""The officer's pages: the year (plan, notices, purchases by month, the annual report's
notes), and one form per record. Thin: records come through the gates, lists through queries."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.forms import Form
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from prongsai.agencies import modules
from prongsai.agencies.access import staff_view, user_of
from prongsai.agencies.menu import staff_context
from prongsai.agencies.models import Agency
from prongsai.lib.fiscal import current_fiscal_year, is_plausible_year
from prongsai.lib.thai import date_input_text
from prongsai.procurement import actions, queries, rules
from prongsai.procurement.access import (
    EDITORS,
    READERS,
    get_notice_for_staff,
    get_plan_item_for_staff,
    get_purchase_for_staff,
    may_edit,
)
from prongsai.procurement.forms import NoticeForm, PlanItemForm, PurchaseForm, ReportForm
from prongsai.procurement.models import Notice, PlanItem, Purchase


def _year(year: int) -> int:
    if not is_plausible_year(year):
        raise Http404
    return year


def _back(agency: Agency, year: int, anchor: str = "") -> HttpResponse:
    response = redirect("procurement:staff_year", agency=agency.slug, year=year)
    response["Location"] += anchor
    return response


def _refused(form: Form, error: ValidationError) -> None:
    if hasattr(error, "error_dict"):
        for name, errors in error.error_dict.items():
            form.add_error(name if name in form.fields else None, errors)
    else:
        form.add_error(None, error)


def _form_page(
    request: HttpRequest, agency: Agency, year: int, form: Form, title: str, **extra: object
) -> HttpResponse:
    context = staff_context(request, agency, year=year, form=form, title=title, **extra)
    return render(request, "procurement/staff_form.html", context)


@staff_view(*READERS)
def staff_home(request: HttpRequest, agency: Agency) -> HttpResponse:
    """The current fiscal year's page."""
    return _year_page(request, agency, current_fiscal_year())


@staff_view(*READERS)
def staff_year(request: HttpRequest, agency: Agency, year: int) -> HttpResponse:
    return _year_page(request, agency, _year(year))


def _year_page(request: HttpRequest, agency: Agency, year: int) -> HttpResponse:
    plan = queries.plan_of(agency, year)
    items = queries.plan_items(plan)
    purchases = queries.purchases_of_year(agency, year)
    figures = queries.year_figures(agency, year)
    context = staff_context(
        request,
        agency,
        year=year,
        plan=plan,
        items=items,
        plan_total=queries.plan_total(items),
        notices=queries.notices(agency, year),
        by_month=queries.by_month(purchases, figures),
        figures=figures,
        report=queries.report_of(agency, year),
        can_edit=may_edit(request),
        years=sorted({*queries.years(agency), current_fiscal_year(), year}, reverse=True),
    )
    return render(request, "procurement/staff_year.html", context)


# ---------------------------------------------------------------- the plan


@staff_view(*EDITORS)
def plan_item_new(request: HttpRequest, agency: Agency, year: int) -> HttpResponse:
    _year(year)
    form = PlanItemForm(request.POST or None, year=year)
    if request.method == "POST" and form.is_valid():
        try:
            actions.save_plan_item(agency=agency, year=year, data=form.data_object())
        except ValidationError as error:
            _refused(form, error)
        else:
            messages.success(request, _("The item was added to the plan."))
            return _back(agency, year, "#plan")
    return _form_page(request, agency, year, form, _("Add an item to the procurement plan"))


@staff_view(*EDITORS)
def plan_item_edit(request: HttpRequest, agency: Agency, pk: int) -> HttpResponse:
    item: PlanItem = get_plan_item_for_staff(request, pk, act=True)
    year = item.plan.year
    initial = {
        "what": item.what,
        "amount": rules.money(item.amount),
        "method": item.method,
        "planned_month": item.planned_month,
        "egp_number": item.egp_number,
    }
    form = PlanItemForm(request.POST or None, year=year, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            actions.save_plan_item(agency=agency, year=year, data=form.data_object(), item=item)
        except ValidationError as error:
            _refused(form, error)
        else:
            messages.success(request, _("The plan item was saved."))
            return _back(agency, year, "#plan")
    remove = ("procurement:plan_item_remove", item.pk)
    return _form_page(request, agency, year, form, _("Edit a plan item"), remove=remove)


@require_POST
@staff_view(*EDITORS)
def plan_item_remove(request: HttpRequest, agency: Agency, pk: int) -> HttpResponse:
    item = get_plan_item_for_staff(request, pk, act=True)
    year = item.plan.year
    actions.remove_plan_item(item=item)
    messages.success(request, _("The item was removed from the plan."))
    return _back(agency, year, "#plan")


@require_POST
@staff_view(*EDITORS)
def plan_publish(request: HttpRequest, agency: Agency, year: int) -> HttpResponse:
    _year(year)
    if request.POST.get("unpublish"):
        actions.unpublish_plan(agency=agency, year=year)
        messages.success(request, _("The plan is no longer public."))
        return _back(agency, year, "#plan")
    try:
        actions.publish_plan(agency=agency, year=year, today=timezone.localdate())
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("The plan is published on the public page."))
    return _back(agency, year, "#plan")


# ---------------------------------------------------------------- notices


@staff_view(*EDITORS)
def notice_new(request: HttpRequest, agency: Agency, year: int) -> HttpResponse:
    _year(year)
    form = NoticeForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        try:
            notice = actions.save_notice(
                agency=agency, data=form.data_object(), upload=form.cleaned_data["file"]
            )
        except ValidationError as error:
            _refused(form, error)
        else:
            messages.success(request, _("The notice was published."))
            return _back(agency, notice.year, "#notices")
    return _form_page(request, agency, year, form, _("Add a procurement notice"), upload=True)


@staff_view(*EDITORS)
def notice_edit(request: HttpRequest, agency: Agency, pk: int) -> HttpResponse:
    notice: Notice = get_notice_for_staff(request, pk, act=True)
    initial = {
        "kind": notice.kind,
        "title": notice.title,
        "dated_on": date_input_text(notice.dated_on),
        "egp_number": notice.egp_number,
        "link": notice.link,
    }
    form = NoticeForm(request.POST or None, request.FILES or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            actions.save_notice(
                agency=agency,
                data=form.data_object(),
                upload=form.cleaned_data["file"],
                notice=notice,
            )
        except ValidationError as error:
            _refused(form, error)
        else:
            messages.success(request, _("The notice was saved."))
            return _back(agency, notice.year, "#notices")
    return _form_page(
        request,
        agency,
        notice.year,
        form,
        _("Edit a procurement notice"),
        upload=True,
        remove=("procurement:notice_remove", notice.pk),
    )


@require_POST
@staff_view(*EDITORS)
def notice_remove(request: HttpRequest, agency: Agency, pk: int) -> HttpResponse:
    notice = get_notice_for_staff(request, pk, act=True)
    year = notice.year
    actions.remove_notice(notice=notice)
    messages.success(request, _("The notice was removed."))
    return _back(agency, year, "#notices")


# ---------------------------------------------------------------- purchases


def _purchase_initial(purchase: Purchase) -> dict[str, object]:
    bidders = [rules.BidderLine(b.name, b.price) for b in purchase.bidders.all()]
    return {
        "purchased_on": date_input_text(purchase.purchased_on),
        "what": purchase.what,
        "ceiling": rules.money(purchase.ceiling),
        "reference_price": rules.money(purchase.reference_price),
        "method": purchase.method,
        "bidders": rules.bidders_text(bidders),
        "supplier": purchase.supplier,
        "agreed_price": rules.money(purchase.agreed_price),
        "reason": purchase.reason,
        "contract_number": purchase.contract_number,
        "contract_date": (
            date_input_text(purchase.contract_date) if purchase.contract_date else ""
        ),
        "egp_number": purchase.egp_number,
        "durable": purchase.durable,
    }


@staff_view(*EDITORS)
def purchase_new(request: HttpRequest, agency: Agency, year: int) -> HttpResponse:
    _year(year)
    form = PurchaseForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            purchase = actions.save_purchase(agency=agency, data=form.data_object(), year=year)
        except ValidationError as error:
            _refused(form, error)
        else:
            messages.success(request, _("The purchase was recorded."))
            return _back(agency, year, f"#month-{purchase.purchased_on.month}")
    return _form_page(request, agency, year, form, _("Record a purchase"))


@staff_view(*READERS)
def purchase_edit(request: HttpRequest, agency: Agency, pk: int) -> HttpResponse:
    """The purchase (read by everyone who reads the year; changed by the editors)."""
    can_edit = may_edit(request)
    purchase: Purchase = get_purchase_for_staff(request, pk, act=request.method == "POST")
    form = PurchaseForm(request.POST or None, initial=_purchase_initial(purchase))
    if request.method == "POST" and form.is_valid():
        try:
            actions.save_purchase(
                agency=agency, data=form.data_object(), year=purchase.year, purchase=purchase
            )
        except ValidationError as error:
            _refused(form, error)
        else:
            messages.success(request, _("The purchase was saved."))
            return _back(agency, purchase.year, f"#month-{purchase.purchased_on.month}")
    if not can_edit:
        for field in form.fields.values():
            field.disabled = True
    return _form_page(
        request,
        agency,
        purchase.year,
        form,
        _("Purchase"),
        purchase=purchase,
        can_edit=can_edit,
        offer_asset=can_edit
        and purchase.durable
        and not purchase.asset_number
        and modules.asset_intake() is not None,
        remove=("procurement:purchase_remove", purchase.pk) if can_edit else None,
    )


@require_POST
@staff_view(*EDITORS)
def purchase_remove(request: HttpRequest, agency: Agency, pk: int) -> HttpResponse:
    purchase = get_purchase_for_staff(request, pk, act=True)
    year = purchase.year
    actions.remove_purchase(purchase=purchase)
    messages.success(request, _("The purchase was removed."))
    return _back(agency, year, "#purchases")


@require_POST
@staff_view(*EDITORS)
def purchase_to_assets(request: HttpRequest, agency: Agency, pk: int) -> HttpResponse:
    purchase = get_purchase_for_staff(request, pk, act=True)
    try:
        done = actions.add_to_assets(purchase=purchase, actor=user_of(request))
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(
            request,
            _("Added to the asset register as %(number)s.") % {"number": done.number},
        )
    return redirect("procurement:purchase_edit", agency=agency.slug, pk=purchase.pk)


# ---------------------------------------------------------------- the annual report


@staff_view(*EDITORS)
def report_edit(request: HttpRequest, agency: Agency, year: int) -> HttpResponse:
    _year(year)
    found = queries.report_of(agency, year)
    initial = {"problems": found.problems, "suggestions": found.suggestions} if found else {}
    form = ReportForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        publish = "publish" in request.POST
        actions.save_report(
            agency=agency,
            year=year,
            problems=form.cleaned_data["problems"].strip(),
            suggestions=form.cleaned_data["suggestions"].strip(),
            publish=publish,
            today=timezone.localdate(),
        )
        messages.success(
            request,
            _("The annual report was published.") if publish else _("The notes were saved."),
        )
        return _back(agency, year, "#report")
    context = staff_context(
        request,
        agency,
        year=year,
        form=form,
        found=found,
        figures=queries.year_figures(agency, year),
    )
    return render(request, "procurement/staff_report.html", context)
