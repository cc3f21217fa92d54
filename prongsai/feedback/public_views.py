"""The public questions page: ask without logging in, read the published answers and figures."""

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.views.decorators.cache import never_cache

from prongsai.agencies.access import get_agency_or_404
from prongsai.agencies.models import Agency
from prongsai.feedback import actions, queries, throttle
from prongsai.feedback.forms import AskForm
from prongsai.lib.fiscal import current_fiscal_year, is_plausible_year
from prongsai.lib.text import parse_id


def _year(request: HttpRequest) -> int:
    year = parse_id(request.GET.get("year"))
    if year is not None and is_plausible_year(year):
        return year
    return current_fiscal_year(timezone.localdate())


def _page(request: HttpRequest, agency: Agency, form: AskForm, status: int = 200) -> HttpResponse:
    year = _year(request)
    context = {
        "agency": agency,
        "form": form,
        "answer_days": queries.answer_days(agency),
        "page": queries.public_page(agency, request.GET.get("page")),
        "figures": queries.figures(agency, year),
        "year_param": f"year={year}" if "year" in request.GET else "",
    }
    return render(request, "feedback/public.html", context, status=status)


@never_cache
def ask(request: HttpRequest, agency: str) -> HttpResponse:
    agency_obj = get_agency_or_404(agency)
    actions.ensure_categories(agency=agency_obj)
    if request.method != "POST":
        return _page(request, agency_obj, AskForm(categories=queries.categories(agency_obj)))
    if throttle.is_blocked("ask", request, throttle.ASKING):
        return render(request, "feedback/too_many.html", {"agency": agency_obj}, status=429)
    form = AskForm(request.POST, categories=queries.categories(agency_obj))
    if not form.is_valid():
        return _page(request, agency_obj, form)
    throttle.hit("ask", request, throttle.ASKING)
    if form.is_probably_bot():  # answer like a success, with nothing filed
        return render(request, "feedback/thanks.html", {"agency": agency_obj, "question": None})
    question = actions.ask_question(agency=agency_obj, asked=form.asked())
    context = {"agency": agency_obj, "question": question}
    return render(request, "feedback/thanks.html", context)
