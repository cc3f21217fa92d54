"""The gift register's back-office pages: declare, my gifts, the register, a gift, settings."""

from dataclasses import dataclass
from datetime import date

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import Resolver404, reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from prongsai.agencies.access import roles_of, staff_view, user_of
from prongsai.agencies.menu import may_open, staff_context
from prongsai.agencies.models import Agency
from prongsai.exports.responses import file_response
from prongsai.integrity import actions, downloads, queries, rules
from prongsai.integrity.access import (
    DECIDERS,
    DECLARERS,
    GIFT_VIEWERS,
    SETTINGS_EDITORS,
    get_gift_for_staff,
    get_own_gift_for_staff,
    may_decide,
)
from prongsai.integrity.forms import DecisionForm, GiftForm, SettingsForm
from prongsai.integrity.models import Gift
from prongsai.lib.fiscal import is_plausible_year


@dataclass(frozen=True)
class GiftRow:
    gift: Gift
    explanation: str
    overdue: bool


def _rows(gifts: list[Gift], today: date) -> list[GiftRow]:
    return [
        GiftRow(
            gift,
            rules.explanation(gift),
            gift.status == Gift.Status.TO_REPORT
            and gift.deadline is not None
            and rules.is_late(gift.deadline, today),
        )
        for gift in gifts
    ]


def _mine_url(agency: Agency, gift: Gift | None = None) -> str:
    url = reverse("integrity:gifts_mine", kwargs={"agency": agency.slug})
    return f"{url}#gift-{gift.pk}" if gift else url


def _detail_url(agency: Agency, gift: Gift) -> str:
    return reverse("integrity:gift_detail", kwargs={"agency": agency.slug, "pk": gift.pk})


@staff_view(*DECLARERS)
def gifts_mine(request: HttpRequest, agency: Agency) -> HttpResponse:
    today = timezone.localdate()
    rows = _rows(queries.my_gifts(agency, user_of(request)), today)
    context = staff_context(
        request,
        agency,
        rows=rows,
        today=today,
        sees_register=bool(roles_of(request) & GIFT_VIEWERS),
    )
    return render(request, "integrity/gifts_mine.html", context)


@staff_view(*DECLARERS)
def gift_declare(request: HttpRequest, agency: Agency) -> HttpResponse:
    form = GiftForm(request.POST or None)
    options = queries.settings_of(agency)
    if request.method == "POST" and form.is_valid():
        try:
            gift = actions.declare_gift(
                agency=agency,
                declarer=user_of(request),
                data=form.gift_data(),
                report_now=form.cleaned_data["report_now"],
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("The gift was recorded.") + " " + rules.explanation(gift))
            return redirect(_mine_url(agency, gift))
    context = staff_context(request, agency, form=form, options=options)
    return render(request, "integrity/gift_form.html", context)


@staff_view(*DECLARERS)
@require_POST
def gift_report(request: HttpRequest, agency: Agency) -> HttpResponse:
    """Report one's gift above the limit to the head (the gift's number is posted)."""
    key = request.POST.get("gift", "")
    if not key.isdigit():
        messages.error(request, _("Choose a gift to report."))
        return redirect(_mine_url(agency))
    gift = get_own_gift_for_staff(request, int(key), act=True)
    try:
        actions.report_gift(gift=gift, by=user_of(request))
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("The gift was reported to the head, who will decide."))
    return redirect(_mine_url(agency, gift))


def _filters(request: HttpRequest) -> tuple[str, int | None]:
    status = request.GET.get("status", "")
    if status not in Gift.Status.values:
        status = ""
    year_text = request.GET.get("year", "")
    year = int(year_text) if year_text.isdigit() and is_plausible_year(int(year_text)) else None
    return status, year


def _register(request: HttpRequest, agency: Agency) -> tuple[list[Gift], str, int | None]:
    status, year = _filters(request)
    visible = queries.visible_gifts(agency, user_of(request), roles_of(request))
    return queries.filtered(visible, status=status, year=year), status, year


@staff_view(*GIFT_VIEWERS)
def gift_register(request: HttpRequest, agency: Agency) -> HttpResponse:
    today = timezone.localdate()
    gifts, status, year = _register(request, agency)
    query = request.GET.urlencode()
    context = staff_context(
        request,
        agency,
        rows=_rows(gifts, today),
        statuses=Gift.Status.choices,
        years=queries.years_of(agency, today),
        status=status,
        year=year,
        query=f"?{query}" if query else "",
        can_edit_settings=bool(roles_of(request) & SETTINGS_EDITORS),
        can_declare=bool(roles_of(request) & DECLARERS),
    )
    return render(request, "integrity/gift_register.html", context)


def _filename(agency: Agency, year: int | None) -> str:
    return f"gifts-{agency.slug}" + (f"-{year}" if year else "")


@staff_view(*GIFT_VIEWERS)
def gift_register_csv(request: HttpRequest, agency: Agency) -> HttpResponse:
    gifts, _status, year = _register(request, agency)
    return file_response(downloads.register_csv(gifts, _filename(agency, year)), inline=False)


@staff_view(*GIFT_VIEWERS)
def gift_register_xlsx(request: HttpRequest, agency: Agency) -> HttpResponse:
    gifts, _status, year = _register(request, agency)
    title = _("Gift register of %(agency)s") % {"agency": agency.name_th}
    rendered = downloads.register_xlsx(gifts, _filename(agency, year), title)
    return file_response(rendered, inline=False)


def _asset_link(gift: Gift, roles: frozenset[str]) -> str:
    """The asset's staff page, for those whose roles open it (others see the number only)."""
    if not gift.asset_url:
        return ""
    try:
        return gift.asset_url if may_open(gift.asset_url, roles) else ""
    except Resolver404:  # the asset register is no longer installed
        return ""


def _detail(
    request: HttpRequest, agency: Agency, gift: Gift, form: DecisionForm | None = None
) -> HttpResponse:
    user = user_of(request)
    decides = gift.status == Gift.Status.REPORTED and may_decide(gift, roles_of(request), user.pk)
    context = staff_context(
        request,
        agency,
        gift=gift,
        explanation=rules.explanation(gift),
        late=gift.reported_late,
        overdue=_rows([gift], timezone.localdate())[0].overdue,
        form=(form or DecisionForm()) if decides else None,
        own=gift.declarer_id == user.pk,
        asset_link=_asset_link(gift, roles_of(request)),
    )
    return render(request, "integrity/gift_detail.html", context)


@staff_view(*GIFT_VIEWERS)
def gift_detail(request: HttpRequest, agency: Agency, pk: int) -> HttpResponse:
    gift = get_gift_for_staff(request, pk)
    actions.log_read(gift=gift, by=user_of(request))
    return _detail(request, agency, gift)


@staff_view(*DECIDERS)
@require_POST
def gift_decide(request: HttpRequest, agency: Agency, pk: int) -> HttpResponse:
    gift = get_gift_for_staff(request, pk, act=True)
    form = DecisionForm(request.POST)
    if gift.status != Gift.Status.REPORTED:
        messages.error(request, _("Only a gift reported to the head can be decided."))
        return redirect(_detail_url(agency, gift))
    if not form.is_valid():
        return _detail(request, agency, gift, form)
    try:
        decided = actions.decide_gift(
            gift=gift,
            by=user_of(request),
            decision=form.cleaned_data["decision"],
            reason=form.cleaned_data["reason"],
        )
    except ValidationError as error:
        # Shown by the form with what was typed; nothing was recorded (the asset register's
        # refusal of a hand-over rolls the decision back too).
        form.add_error(None, error)
        return _detail(request, agency, gift, form)
    if decided.asset_number:
        messages.success(
            request,
            _("The decision was recorded. The gift is now asset %(number)s of the agency.")
            % {"number": decided.asset_number},
        )
    else:
        messages.success(request, _("The decision was recorded."))
    return redirect(_detail_url(agency, gift))


@staff_view(*SETTINGS_EDITORS)
def gift_settings(request: HttpRequest, agency: Agency) -> HttpResponse:
    options = queries.settings_of(agency)
    initial = {
        "limit_baht": f"{options.limit_baht:.2f}",
        "report_days": options.report_days,
        "remind_days": options.remind_days,
    }
    form = SettingsForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            actions.save_settings(agency=agency, **form.cleaned_data)
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("The gift rules were saved. They apply to new gifts."))
            return redirect("integrity:gift_settings", agency=agency.slug)
    context = staff_context(
        request,
        agency,
        form=form,
        law_source=rules.LAW_SOURCE,
        limit_source=rules.LIMIT_SOURCE,
        days_source=rules.DAYS_SOURCE,
    )
    return render(request, "integrity/gift_settings.html", context)
