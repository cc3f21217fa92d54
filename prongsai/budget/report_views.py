"""The year's reports: the annual report (O13) and the anti-corruption action plan with its
six-month and annual reports (O36–O38). Staff: the officer writes the narrative and each
project's results, the director publishes. Public: the pages and their PDF, DOCX, XLSX."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from prongsai.agencies.access import get_agency_or_404, roles_of, staff_view, user_of
from prongsai.agencies.menu import staff_context
from prongsai.agencies.models import Agency
from prongsai.budget import (
    downloads,
    queries,
    report_actions,
    report_document,
    report_queries,
    rules,
)
from prongsai.budget.access import (
    APPROVERS,
    READERS,
    edits,
    get_plan_for_approval,
    get_plan_for_public,
    get_plan_for_staff,
)
from prongsai.budget.forms import YearReportForm
from prongsai.budget.models import Plan
from prongsai.exports.responses import file_response
from prongsai.lib.fiscal import is_plausible_year
from prongsai.printing.responses import serve_pdf

PUBLIC_URLS: dict[str, str] = {
    report_queries.ANNUAL: "budget:public_annual",
    report_queries.ANTI: "budget:public_anti_annual",
}
STAFF_URLS: dict[str, str] = {
    report_queries.ANNUAL: "budget:staff_annual",
    report_queries.ANTI: "budget:staff_anti_annual",
}


def _staff_url(agency: Agency, year: int, kind: str) -> str:
    return reverse(STAFF_URLS[kind], kwargs={"agency": agency.slug, "year": year})


@staff_view(*READERS)
def staff_report(request: HttpRequest, agency: Agency, year: int, kind: str) -> HttpResponse:
    """The report's figures and narrative; the editors save it (POST)."""
    may_edit = edits(roles_of(request))
    plan = get_plan_for_staff(request, year, act=request.method == "POST")
    data = report_queries.report_data(plan, kind)
    form = YearReportForm(
        request.POST if request.method == "POST" else None,
        projects=[item.project for item in data.rows],
        initial={
            "summary": data.report.summary if data.report else "",
            "problems": data.report.problems if data.report else "",
            "suggestions": data.report.suggestions if data.report else "",
        },
    )
    if request.method == "POST" and form.is_valid():
        try:
            _report, was_published = report_actions.save_year_report(
                plan=plan, kind=kind, results=form.results(), **_narrative(form)
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            saved = _("The report was saved.")
            if was_published:
                saved += " " + _(
                    "It was published; it is a draft again until the director publishes it."
                )
            messages.success(request, saved)
            return redirect(_staff_url(agency, year, kind))
    context = staff_context(
        request,
        agency,
        plan=plan,
        data=data,
        form=form,
        kind=kind,
        public_url=PUBLIC_URLS[kind],
        can_edit=may_edit and plan.is_approved,
        can_publish=bool(roles_of(request) & APPROVERS)
        and plan.is_approved
        and not (data.report and data.report.is_published),
    )
    return render(request, "budget/staff_report.html", context)


def _narrative(form: YearReportForm) -> dict[str, str]:
    return {key: form.cleaned_data[key] for key in ("summary", "problems", "suggestions")}


@staff_view(*APPROVERS)
@require_POST
def staff_report_publish(
    request: HttpRequest, agency: Agency, year: int, kind: str
) -> HttpResponse:
    plan = get_plan_for_approval(request, year)
    try:
        report_actions.publish_year_report(plan=plan, kind=kind, by=user_of(request))
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("The report is published on the agency's public pages."))
    return redirect(_staff_url(agency, year, kind))


# ---------------------------------------------------------------- public


def _public(agency: str, year: int) -> tuple[Agency, Plan | None]:
    agency_obj = get_agency_or_404(agency)
    plan = get_plan_for_public(agency_obj, year) if is_plausible_year(year) else None
    return agency_obj, plan


def _pending(request: HttpRequest, agency: Agency, year: int, title: str) -> HttpResponse:
    context = {"agency": agency, "year": year, "title": title}
    return render(request, "budget/public_report_pending.html", context)


def _published(
    request: HttpRequest, agency: str, year: int, kind: str
) -> tuple[Agency, report_queries.ReportData | None, HttpResponse | None]:
    agency_obj, plan = _public(agency, year)
    report = report_queries.published_report(plan, kind) if plan else None
    if plan is None or report is None:
        title = report_queries.document_title(kind, year)
        return agency_obj, None, _pending(request, agency_obj, year, title)
    return agency_obj, report_queries.report_data(plan, kind, report), None


def public_report(request: HttpRequest, agency: str, year: int, kind: str) -> HttpResponse:
    agency_obj, data, pending = _published(request, agency, year, kind)
    if data is None:
        assert pending is not None
        return pending
    context = {"agency": agency_obj, "plan": data.plan, "data": data, "kind": kind}
    return render(request, "budget/public_report.html", context)


def public_report_pdf(request: HttpRequest, agency: str, year: int, kind: str) -> HttpResponse:
    agency_obj, data, pending = _published(request, agency, year, kind)
    if data is None or data.report is None:
        assert pending is not None
        return pending
    back = reverse(PUBLIC_URLS[kind], kwargs={"agency": agency_obj.slug, "year": year})
    return serve_pdf(
        request,
        report_document.request_report_pdf(data.report),
        filename=f"{report_queries.SLUGS[kind]}-report-{agency_obj.slug}-{year}.pdf",
        context={"agency": agency_obj, "back_url": back},
    )


def public_report_file(
    request: HttpRequest, agency: str, year: int, kind: str, fmt: str
) -> HttpResponse:
    _agency, data, pending = _published(request, agency, year, kind)
    if data is None:
        assert pending is not None
        return pending
    return file_response(report_document.rendered(data, fmt))


def public_anti_plan(request: HttpRequest, agency: str, year: int) -> HttpResponse:
    """The anti-corruption action plan (O36): the approved plan's projects marked corruption
    prevention, with their activities, budget and period."""
    agency_obj, plan = _public(agency, year)
    if plan is None:
        title = _("Anti-corruption action plan of fiscal year %(year)s") % {"year": year}
        return _pending(request, agency_obj, year, title)
    projects = report_queries.anti_corruption_projects(plan)
    total = sum(
        (activity.amount for project in projects for activity in project.activities.all()),
        rules.ZERO,
    )
    context = {"agency": agency_obj, "plan": plan, "projects": projects, "total": total}
    return render(request, "budget/public_anti_plan.html", context)


def public_anti_plan_file(request: HttpRequest, agency: str, year: int, fmt: str) -> HttpResponse:
    """The anti-corruption action plan as Word or Excel."""
    agency_obj, plan = _public(agency, year)
    if plan is None:
        title = _("Anti-corruption action plan of fiscal year %(year)s") % {"year": year}
        return _pending(request, agency_obj, year, title)
    projects = report_queries.anti_corruption_projects(plan)
    return file_response(report_document.anti_plan_file(plan, projects, fmt))


def public_anti_half(request: HttpRequest, agency: str, year: int) -> HttpResponse:
    """The anti-corruption plan's six-month monitoring report (O37): 1 October – 31 March."""
    agency_obj, plan = _public(agency, year)
    if plan is None:
        title = _("Anti-corruption six-month monitoring report of fiscal year %(year)s") % {
            "year": year
        }
        return _pending(request, agency_obj, year, title)
    first, last = rules.half_year(plan.year)
    rows, total = queries.progress(plan, first, last, anti_corruption=True)
    context = {
        "agency": agency_obj,
        "plan": plan,
        "rows": rows,
        "total": total,
        "first": first,
        "last": last,
    }
    return render(request, "budget/public_anti_half.html", context)


def public_anti_half_xlsx(request: HttpRequest, agency: str, year: int) -> HttpResponse:
    agency_obj, plan = _public(agency, year)
    if plan is None:
        title = _("Anti-corruption six-month monitoring report of fiscal year %(year)s") % {
            "year": year
        }
        return _pending(request, agency_obj, year, title)
    return file_response(downloads.half_year_xlsx(agency_obj, plan, anti_corruption=True))
