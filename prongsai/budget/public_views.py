"""The public side: the approved plan of a year (no login), its plan book as PDF and DOCX, the
quarterly spending report and the six-month monitoring report (O11, O12)."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import NoReverseMatch, reverse
from django.utils import timezone
from django.utils.http import urlencode
from django.utils.translation import gettext as _

from prongsai.agencies.access import get_agency_or_404
from prongsai.agencies.models import Agency
from prongsai.budget import document, downloads, queries, report_queries, rules
from prongsai.budget.access import get_plan_for_public
from prongsai.budget.models import Plan, Project
from prongsai.exports.responses import CONTENT_TYPES, Rendered, file_response
from prongsai.lib.fiscal import QUARTERS, current_fiscal_year, is_plausible_year, quarter_label
from prongsai.printing.responses import serve_pdf


def _missing(request: HttpRequest, agency: Agency, year: int | None) -> HttpResponse:
    """A year without an approved plan: say so and offer the years there are."""
    context = {"agency": agency, "year": year, "years": queries.approved_years(agency)}
    return render(request, "budget/public_missing.html", context)


def _plan(request: HttpRequest, agency: str, year: int) -> tuple[Agency, Plan | None]:
    agency_obj = get_agency_or_404(agency)
    plan = get_plan_for_public(agency_obj, year) if is_plausible_year(year) else None
    return agency_obj, plan


def _misuse_base(agency: Agency) -> str | None:
    """The complaint form's address, by URL name only (a module never imports another); None
    where the complaints module is not installed."""
    try:
        return reverse("complaints:new", kwargs={"agency": agency.slug})
    except NoReverseMatch:
        return None


def _with_misuse_links(agency: Agency, plan: Plan, projects: list[dict[str, Any]]) -> None:
    """Each activity line gets the link that opens the complaint form on "misuse of the budget"
    with the line named (the reporter's protections are the form's own)."""
    base = _misuse_base(agency)
    for item in projects:
        project = item["project"]
        lines = []
        for activity, when in item["activities"]:
            url = None
            if base is not None:
                named = _("Action plan %(year)s, project %(number)s %(project)s: %(activity)s") % {
                    "year": plan.year,
                    "number": project.number,
                    "project": project.name,
                    "activity": activity.name,
                }
                url = f"{base}?{urlencode({'category': 'budget', 'related': named[:500]})}"
            lines.append((activity, when, url))
        item["lines"] = lines


def public_index(request: HttpRequest, agency: str) -> HttpResponse:
    agency_obj = get_agency_or_404(agency)
    year = queries.newest_approved_year(agency_obj)
    if year is None:
        return _missing(request, agency_obj, None)
    return redirect("budget:public_plan", agency=agency_obj.slug, year=year)


def public_plan(request: HttpRequest, agency: str, year: int) -> HttpResponse:
    agency_obj, plan = _plan(request, agency, year)
    if plan is None:
        return _missing(request, agency_obj, year)
    today = timezone.localdate()
    book = document.context(plan)
    _with_misuse_links(agency_obj, plan, book["projects"])
    context = {
        "agency": agency_obj,
        "plan": plan,
        **book,
        "years": queries.approved_years(agency_obj),
        "area_labels": [label for _value, label in Project.Area.choices],
        "quarters": [(q, quarter_label(plan.year, q)) for q in QUARTERS],
        "current": plan.year == current_fiscal_year(today),
        "published": report_queries.published_kinds(plan),
        "anti_corruption": report_queries.has_anti_corruption(plan),
    }
    return render(request, "budget/public_plan.html", context)


def public_plan_pdf(request: HttpRequest, agency: str, year: int) -> HttpResponse:
    agency_obj, plan = _plan(request, agency, year)
    if plan is None:
        return _missing(request, agency_obj, year)
    back = reverse("budget:public_plan", kwargs={"agency": agency_obj.slug, "year": year})
    return serve_pdf(  # printed once per approval, off the request path
        request,
        document.request_plan_pdf(plan),
        filename=f"action-plan-{agency_obj.slug}-{year}.pdf",
        context={"agency": agency_obj, "back_url": back},
    )


def public_plan_docx(request: HttpRequest, agency: str, year: int) -> HttpResponse:
    agency_obj, plan = _plan(request, agency, year)
    if plan is None:
        return _missing(request, agency_obj, year)
    rendered = Rendered(
        document.plan_docx(plan),
        CONTENT_TYPES["docx"],
        f"action-plan-{agency_obj.slug}-{year}.docx",
    )
    return file_response(rendered)


def public_quarter(request: HttpRequest, agency: str, year: int, quarter: int) -> HttpResponse:
    agency_obj, plan = _plan(request, agency, year)
    if plan is None:
        return _missing(request, agency_obj, year)
    if quarter not in QUARTERS:
        return redirect("budget:public_quarter", agency=agency_obj.slug, year=year, quarter=1)
    report = queries.quarter_report(plan, quarter)
    allocation = queries.allocation(plan)
    against = [
        (
            row.name,
            planned.by_quarter[quarter - 1],
            row.spent,
            rules.percent(row.spent, planned.by_quarter[quarter - 1]),
        )
        for planned, row in zip(allocation.rows, report.rows, strict=True)
    ]
    planned_total = allocation.total.by_quarter[quarter - 1]
    context = {
        "against": against,
        "against_total": (
            planned_total,
            report.total.spent,
            rules.percent(report.total.spent, planned_total),
        ),
        "agency": agency_obj,
        "plan": plan,
        "report": report,
        "label": quarter_label(plan.year, quarter),
        "quarters": [(q, quarter_label(plan.year, q)) for q in QUARTERS],
        "quarter": quarter,
    }
    return render(request, "budget/public_quarter.html", context)


def public_half_year(request: HttpRequest, agency: str, year: int) -> HttpResponse:
    agency_obj, plan = _plan(request, agency, year)
    if plan is None:
        return _missing(request, agency_obj, year)
    first, last = rules.half_year(plan.year)
    rows, total = queries.progress(plan, first, last)
    context = {
        "agency": agency_obj,
        "plan": plan,
        "rows": rows,
        "total": total,
        "first": first,
        "last": last,
    }
    return render(request, "budget/public_half_year.html", context)


def public_quarter_xlsx(request: HttpRequest, agency: str, year: int, quarter: int) -> HttpResponse:
    agency_obj, plan = _plan(request, agency, year)
    if plan is None:
        return _missing(request, agency_obj, year)
    if quarter not in QUARTERS:
        return redirect("budget:public_quarter", agency=agency_obj.slug, year=year, quarter=1)
    return file_response(downloads.quarter_xlsx(agency_obj, plan, quarter))


def public_half_year_xlsx(request: HttpRequest, agency: str, year: int) -> HttpResponse:
    agency_obj, plan = _plan(request, agency, year)
    if plan is None:
        return _missing(request, agency_obj, year)
    return file_response(downloads.half_year_xlsx(agency_obj, plan))
