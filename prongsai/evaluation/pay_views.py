"""The director's pay-for-performance tables of a round (one per staff type)."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from prongsai.agencies.access import staff_view, user_of
from prongsai.agencies.menu import staff_context
from prongsai.agencies.models import Agency
from prongsai.evaluation import pay, pay_actions, queries
from prongsai.evaluation.access import MANAGERS, get_round_for_staff
from prongsai.evaluation.hr_forms import PayForm
from prongsai.evaluation.models import StaffType

DEFAULT_SHARES = {"outstanding": 4, "very_good": 3, "good": 2, "fair": 1, "improve": 0}


def _address(agency: Agency, pk: int, staff_type: str) -> str:
    url = reverse("evaluation:pay", kwargs={"agency": agency.slug, "pk": pk})
    return f"{url}?type={staff_type}"


@staff_view(*MANAGERS)
def pay_table(request: HttpRequest, agency: Agency, pk: int) -> HttpResponse:
    found = get_round_for_staff(request, pk, act=True)
    kinds = queries.round_staff_types(found)
    wanted = request.POST.get("staff_type") or request.GET.get("type") or ""
    staff_type = wanted if wanted in kinds else (kinds[0] if kinds else StaffType.TEACHER)
    saved = queries.pay_table_of(found, staff_type)
    shares = saved.shares if saved else DEFAULT_SHARES
    initial: dict[str, object] = {"staff_type": staff_type, "pool": saved.pool if saved else ""}
    initial |= {f"share_{code}": value for code, value in shares.items()}
    form = PayForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            pay_actions.save_pay_table(
                round_=found,
                staff_type=staff_type,
                pool=form.cleaned_data["pool"],
                shares=form.shares(),
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("The table was computed: check it, then approve it."))
            return redirect(_address(agency, found.pk, staff_type))
    rows = queries.pay_rows(found, staff_type)
    computed = (
        pay.table([(item.person, level) for item, level in rows], saved.pool, saved.shares)
        if saved
        else None
    )
    context = staff_context(
        request,
        agency,
        round=found,
        kinds=[(kind, StaffType(kind).label) for kind in kinds],
        staff_type=staff_type,
        label=StaffType(staff_type).label,
        form=form,
        saved=saved,
        table=computed,
        waiting=queries.without_result(found, staff_type),
    )
    return render(request, "evaluation/pay.html", context)


@staff_view(*MANAGERS)
@require_POST
def pay_approve(request: HttpRequest, agency: Agency, pk: int) -> HttpResponse:
    found = get_round_for_staff(request, pk, act=True)
    staff_type = request.POST.get("staff_type", "")
    saved = queries.pay_table_of(found, staff_type)
    if saved is None:
        messages.error(request, _("Compute the table before approving it."))
    else:
        try:
            pay_actions.approve_pay_table(table=saved, by=user_of(request))
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(request, _("The table was approved."))
    return redirect(_address(agency, found.pk, staff_type or StaffType.TEACHER))
