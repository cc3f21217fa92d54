"""The asset register in the back office: the list, one asset with its history and QR label,
adding and editing by hand. Import and downloads are in import_views."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

from prongsai.agencies.access import roles_of, staff_view, user_of
from prongsai.agencies.menu import staff_context
from prongsai.agencies.models import Agency
from prongsai.assets import actions, check_queries, loan_queries, queries
from prongsai.assets.access import (
    ASSET_MANAGERS,
    ASSET_READERS,
    can_borrow,
    can_manage,
    get_asset_for_staff,
)
from prongsai.assets.files import qr_svg
from prongsai.assets.forms import AssetForm, FilterForm, initial_of
from prongsai.assets.models import Asset


def _detail_url(agency: Agency, asset: Asset) -> str:
    return reverse("assets:staff_detail", kwargs={"agency": agency.slug, "pk": asset.pk})


def filter_form(request: HttpRequest, agency: Agency) -> FilterForm:
    return FilterForm(request.GET, units=queries.units(agency))


@staff_view(*ASSET_READERS)
def staff_list(request: HttpRequest, agency: Agency) -> HttpResponse:
    form = filter_form(request, agency)
    filters = form.filters()
    page = queries.asset_page(agency, filters, request.GET.get("page"))
    kept = request.GET.copy()
    kept.pop("page", None)
    context = staff_context(
        request,
        agency,
        form=form,
        filters=filters,
        page=page,
        query=kept.urlencode(),
        can_manage=can_manage(roles_of(request)),
    )
    return render(request, "assets/staff_list.html", context)


@staff_view(*ASSET_READERS)
def staff_detail(request: HttpRequest, agency: Agency, pk: int) -> HttpResponse:
    asset = get_asset_for_staff(request, pk)
    url = request.build_absolute_uri(_detail_url(agency, asset))
    context = staff_context(
        request,
        agency,
        asset=asset,
        history=queries.history(asset),
        loans=loan_queries.asset_loans(asset),
        qr=mark_safe(qr_svg(url)),  # noqa: S308 -- path data drawn by qrcode, no text of ours
        url=url,
        can_manage=can_manage(roles_of(request)),
        can_borrow=asset.condition == Asset.Condition.USABLE and can_borrow(roles_of(request)),
        # a committee member who scanned the label: straight to this asset's annual check
        check=check_queries.open_check_of(asset, user_of(request), timezone.localdate()),
    )
    return render(request, "assets/staff_detail.html", context)


@staff_view(*ASSET_MANAGERS)
def staff_create(request: HttpRequest, agency: Agency) -> HttpResponse:
    form = AssetForm(request.POST or None, units=queries.units(agency))
    if request.method == "POST" and form.is_valid():
        try:
            asset = actions.create_asset(agency=agency, data=form.data_of(), actor=user_of(request))
        except ValidationError as error:
            form.add_error("number", error)
        else:
            messages.success(request, _("The asset was added to the register."))
            return redirect(_detail_url(agency, asset))
    context = staff_context(request, agency, form=form, asset=None)
    return render(request, "assets/staff_form.html", context)


@staff_view(*ASSET_MANAGERS)
def staff_edit(request: HttpRequest, agency: Agency, pk: int) -> HttpResponse:
    asset = get_asset_for_staff(request, pk, act=True)
    form = AssetForm(request.POST or None, initial=initial_of(asset), units=queries.units(agency))
    if request.method == "POST" and form.is_valid():
        try:
            changed = actions.update_asset(asset=asset, data=form.data_of(), actor=user_of(request))
        except ValidationError as error:
            form.add_error("number", error)
        else:
            if changed:
                messages.success(request, _("The changes were saved."))
            else:
                messages.info(request, _("Nothing was changed."))
            return redirect(_detail_url(agency, asset))
    context = staff_context(request, agency, form=form, asset=asset)
    return render(request, "assets/staff_form.html", context)
