"""The action plan's back-office pages: the years, a plan, its strategies, funds, projects and
activities, and the director's approval."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

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
from prongsai.agencies.roles import Role
from prongsai.budget import actions, ledger_queries, queries
from prongsai.budget.access import (
    APPROVERS,
    EDITORS,
    PROJECT_WRITERS,
    READERS,
    edits,
    get_activity_for_staff,
    get_fund_for_staff,
    get_plan_for_approval,
    get_plan_for_staff,
    get_project_for_staff,
    get_strategy_for_staff,
    may_write_project,
    own_units,
)
from prongsai.budget.forms import ActivityForm, FundForm, PlanForm, ProjectForm, StrategyForm
from prongsai.budget.ledger import Figures, Status
from prongsai.budget.models import Plan, Project
from prongsai.lib.fiscal import QUARTERS, current_fiscal_year, fiscal_year_bounds, quarter_label


def _plan_url(agency: Agency, year: int, anchor: str = "") -> str:
    url = reverse("budget:staff_plan", kwargs={"agency": agency.slug, "year": year})
    return f"{url}#{anchor}" if anchor else url


def _project_url(agency: Agency, project: Project) -> str:
    kwargs = {"agency": agency.slug, "year": project.plan.year, "pk": project.pk}
    return reverse("budget:staff_project", kwargs=kwargs)


def ledger_rows(plan: Plan, status: Status) -> list[tuple[str, Figures]]:
    """The rows of the plan-committed-spent table: the four quarters, to date, the year."""
    rows = [(quarter_label(plan.year, q), status.quarters[q - 1]) for q in QUARTERS]
    return [*rows, (_("To date"), status.to_date), (_("The whole year"), status.year)]


def _locked(request: HttpRequest, plan: Plan) -> bool:
    """An approved plan is not edited here: say so (True) so the view sends the person back."""
    if plan.is_approved:
        messages.error(
            request,
            _("The plan of %(year)s is approved and can no longer be changed here.")
            % {"year": plan.year},
        )
        return True
    return False


@staff_view(*READERS)
def staff_home(request: HttpRequest, agency: Agency) -> HttpResponse:
    """The plans of the agency by year, and (for the editors) the form to start a year."""
    plans = queries.plans_of(agency)
    form = PlanForm(initial={"year": current_fiscal_year(timezone.localdate())})
    context = staff_context(
        request, agency, plans=plans, form=form, can_edit=edits(roles_of(request))
    )
    return render(request, "budget/staff_home.html", context)


@staff_view(*EDITORS)
@require_POST
def staff_plan_new(request: HttpRequest, agency: Agency) -> HttpResponse:
    form = PlanForm(request.POST)
    if form.is_valid():
        year = form.cleaned_data["year"]
        try:
            actions.create_plan(agency=agency, year=year)
        except ValidationError as error:
            form.add_error("year", error)
        else:
            messages.success(
                request, _("The plan of fiscal year %(year)s was started.") % {"year": year}
            )
            return redirect(_plan_url(agency, year))
    context = staff_context(
        request, agency, plans=queries.plans_of(agency), form=form, can_edit=True
    )
    return render(request, "budget/staff_home.html", context)


@staff_view(*READERS)
def staff_plan(request: HttpRequest, agency: Agency, year: int) -> HttpResponse:
    plan = get_plan_for_staff(request, year)
    roles = roles_of(request)
    projects = queries.projects(plan)
    mine = own_units(request) if Role.UNIT_HEAD in roles else set()
    context = staff_context(
        request,
        agency,
        plan=plan,
        strategies=queries.strategies(plan),
        funds=queries.funds(plan),
        projects=projects,
        table=queries.allocation(plan),
        area_labels=[label for _value, label in Project.Area.choices],
        can_edit=edits(roles) and not plan.is_approved,
        can_propose=bool(roles & PROJECT_WRITERS) and not plan.is_approved,
        can_approve=bool(roles & APPROVERS) and not plan.is_approved,
        my_units=mine,
    )
    return render(request, "budget/staff_plan.html", context)


@staff_view(*APPROVERS)
@require_POST
def staff_approve(request: HttpRequest, agency: Agency, year: int) -> HttpResponse:
    plan = get_plan_for_approval(request, year)
    try:
        actions.approve_plan(plan=plan, by=user_of(request))
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(
            request, _("The plan is approved and published on the agency's public pages.")
        )
    return redirect(_plan_url(agency, year))


def _form_page(request: HttpRequest, agency: Agency, plan: Plan, **extra: Any) -> HttpResponse:
    context = staff_context(request, agency, plan=plan, **extra)
    return render(request, "budget/staff_form.html", context)


def _strategy(request: HttpRequest, agency: Agency, year: int, pk: int | None) -> HttpResponse:
    plan = get_plan_for_staff(request, year, act=True)
    strategy = get_strategy_for_staff(request, year, pk, act=True) if pk else None
    if _locked(request, plan):
        return redirect(_plan_url(agency, year))
    initial = (
        {"level": strategy.level, "number": strategy.number, "title": strategy.title}
        if strategy
        else {}
    )
    form = StrategyForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            actions.save_strategy(plan=plan, strategy=strategy, **form.cleaned_data)
        except ValidationError as error:
            form.add_error("number", error)
        else:
            messages.success(request, _("The strategy was saved."))
            return redirect(_plan_url(agency, year, "strategies"))
    title = _("Edit a strategy") if strategy else _("Add a strategy or goal")
    return _form_page(request, agency, plan, form=form, title=title, back="strategies")


@staff_view(*EDITORS)
def staff_strategy_new(request: HttpRequest, agency: Agency, year: int) -> HttpResponse:
    return _strategy(request, agency, year, None)


@staff_view(*EDITORS)
def staff_strategy(request: HttpRequest, agency: Agency, year: int, pk: int) -> HttpResponse:
    return _strategy(request, agency, year, pk)


def _fund(request: HttpRequest, agency: Agency, year: int, pk: int | None) -> HttpResponse:
    plan = get_plan_for_staff(request, year, act=True)
    fund = get_fund_for_staff(request, year, pk, act=True) if pk else None
    if _locked(request, plan):
        return redirect(_plan_url(agency, year))
    initial = (
        {"name": fund.name, "estimate": fund.estimate, "brought_forward": fund.brought_forward}
        if fund
        else {}
    )
    form = FundForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            actions.save_fund(
                plan=plan,
                fund=fund,
                name=data["name"],
                estimate=data["estimate"] or Decimal(0),
                brought_forward=data["brought_forward"] or Decimal(0),
            )
        except ValidationError as error:
            form.add_error("name", error)
        else:
            messages.success(request, _("The kind of money was saved."))
            return redirect(_plan_url(agency, year, "funds"))
    title = _("Edit a kind of money") if fund else _("Add a kind of money")
    return _form_page(request, agency, plan, form=form, title=title, back="funds")


@staff_view(*EDITORS)
def staff_fund_new(request: HttpRequest, agency: Agency, year: int) -> HttpResponse:
    return _fund(request, agency, year, None)


@staff_view(*EDITORS)
def staff_fund(request: HttpRequest, agency: Agency, year: int, pk: int) -> HttpResponse:
    return _fund(request, agency, year, pk)


def _project_form(request: HttpRequest, plan: Plan, project: Project | None) -> ProjectForm:
    roles = roles_of(request)
    units = queries.units(plan.agency)
    if not edits(roles):  # a unit head proposes for their own unit(s)
        mine = own_units(request)
        units = [unit for unit in units if unit.pk in mine]
    if project is not None:
        initial = ProjectForm.initial_of(project)
    else:
        initial = {
            "number": queries.next_project_number(plan),
            "starts_on": fiscal_year_bounds(plan.year)[0],
            "ends_on": fiscal_year_bounds(plan.year)[1],
            "unit": units[0].pk if units and not edits(roles) else None,
        }
    return ProjectForm(
        request.POST or None,
        initial=initial,
        strategies=queries.strategies(plan),
        units=units,
        unit_required=not edits(roles),
    )


def _save_project(
    request: HttpRequest, agency: Agency, plan: Plan, project: Project | None
) -> HttpResponse:
    form = _project_form(request, plan, project)
    if request.method == "POST" and form.is_valid():
        try:
            saved = actions.save_project(
                plan=plan, project=project, data=form.project_data(), by=user_of(request)
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("The project was saved."))
            return redirect(_project_url(agency, saved))
    title = _("Edit the project") if project else _("Add a project")
    return _form_page(request, agency, plan, form=form, title=title, back="projects", wide=True)


@staff_view(*PROJECT_WRITERS)
def staff_project_new(request: HttpRequest, agency: Agency, year: int) -> HttpResponse:
    plan = get_plan_for_staff(request, year)
    if _locked(request, plan):
        return redirect(_plan_url(agency, year))
    return _save_project(request, agency, plan, None)


@staff_view(*READERS)
def staff_project(request: HttpRequest, agency: Agency, year: int, pk: int) -> HttpResponse:
    """The project sheet: its fields, its activities and their budget."""
    project = get_project_for_staff(request, year, pk)
    plan = project.plan
    writes = may_write_project(request, project) and not plan.is_approved
    activities = list(project.activities.select_related("fund"))
    rows, _total = ledger_queries.status(plan, timezone.localdate(), project=project)
    context = staff_context(
        request,
        agency,
        plan=plan,
        project=project,
        activities=activities,
        total=sum((a.amount for a in activities), 0),
        can_write=writes,
        ledger_rows=ledger_rows(plan, rows[0].status),
    )
    return render(request, "budget/staff_project.html", context)


@staff_view(*PROJECT_WRITERS)
def staff_project_edit(request: HttpRequest, agency: Agency, year: int, pk: int) -> HttpResponse:
    project = get_project_for_staff(request, year, pk, act=True)
    if _locked(request, project.plan):
        return redirect(_project_url(agency, project))
    return _save_project(request, agency, project.plan, project)


def _save_activity(
    request: HttpRequest, agency: Agency, project: Project, activity: Any
) -> HttpResponse:
    plan = project.plan
    initial = (
        ActivityForm.initial_of(activity)
        if activity
        else {
            "starts_on": project.starts_on,
            "ends_on": project.ends_on,
            "responsible": project.responsible,
        }
    )
    form = ActivityForm(request.POST or None, initial=initial, funds=queries.funds(plan))
    if request.method == "POST" and form.is_valid():
        try:
            actions.save_activity(project=project, activity=activity, data=form.activity_data())
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("The activity was saved."))
            return redirect(_project_url(agency, project) + "#activities")
    title = _("Edit the activity") if activity else _("Add an activity")
    delete_url = (
        reverse(
            "budget:staff_activity_delete",
            kwargs={"agency": agency.slug, "year": plan.year, "pk": activity.pk},
        )
        if activity
        else ""
    )
    return _form_page(
        request,
        agency,
        plan,
        form=form,
        title=title,
        project=project,
        back="projects",
        delete_url=delete_url,
    )


@staff_view(*PROJECT_WRITERS)
def staff_activity_new(request: HttpRequest, agency: Agency, year: int, pk: int) -> HttpResponse:
    project = get_project_for_staff(request, year, pk, act=True)
    if _locked(request, project.plan):
        return redirect(_project_url(agency, project))
    return _save_activity(request, agency, project, None)


@staff_view(*PROJECT_WRITERS)
def staff_activity(request: HttpRequest, agency: Agency, year: int, pk: int) -> HttpResponse:
    activity = get_activity_for_staff(request, year, pk, act=True)
    project = activity.project
    if _locked(request, project.plan):
        return redirect(_project_url(agency, project))
    return _save_activity(request, agency, project, activity)


def _confirm_delete(
    request: HttpRequest, agency: Agency, plan: Plan, what: str, back: str
) -> HttpResponse:
    context = staff_context(request, agency, plan=plan, what=what, back=back)
    return render(request, "budget/staff_delete.html", context)


@staff_view(*PROJECT_WRITERS)
def staff_activity_delete(request: HttpRequest, agency: Agency, year: int, pk: int) -> HttpResponse:
    """GET asks to confirm; POST deletes the activity (a draft plan's, without payments)."""
    activity = get_activity_for_staff(request, year, pk, act=True)
    project = activity.project
    back = _project_url(agency, project) + "#activities"
    if request.method != "POST":
        return _confirm_delete(request, agency, project.plan, activity.name, back)
    try:
        actions.delete_activity(activity=activity)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("The activity was deleted."))
    return redirect(back)


@staff_view(*PROJECT_WRITERS)
def staff_project_delete(request: HttpRequest, agency: Agency, year: int, pk: int) -> HttpResponse:
    """GET asks to confirm; POST deletes the project with its activities."""
    project = get_project_for_staff(request, year, pk, act=True)
    if request.method != "POST":
        return _confirm_delete(
            request, agency, project.plan, str(project), _project_url(agency, project)
        )
    try:
        actions.delete_project(project=project)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
        return redirect(_project_url(agency, project))
    messages.success(request, _("The project was deleted."))
    return redirect(_plan_url(agency, year, "projects"))
