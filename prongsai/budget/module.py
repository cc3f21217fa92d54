"""The action plan and budget module's manifest (see agencies.modules)."""

from django.db.models import OuterRef
from django.db.models.query import QuerySet
from django.utils.translation import gettext_lazy as _

from prongsai.agencies.evidence import Evidence
from prongsai.agencies.menu import MenuItem
from prongsai.agencies.modules import Audited, DemoStep, Module
from prongsai.agencies.public_menu import PublicLink
from prongsai.agencies.public_sections import Section
from prongsai.budget import document, oit_evidence, report_document
from prongsai.budget.access import READERS
from prongsai.budget.demo import load_plan
from prongsai.budget.limits import PLAN_IMPORT
from prongsai.budget.models import (
    Activity,
    Commitment,
    Fund,
    Plan,
    Project,
    Receipt,
    Spending,
    Strategy,
    Transfer,
    YearReport,
)
from prongsai.budget.todo import plan_todo


def has_approved_plan() -> QuerySet[Plan]:
    return Plan.objects.filter(agency=OuterRef("pk"), status=Plan.Status.APPROVED)


MODULE = Module(
    name="budget",
    menu_group="money",
    menu=[
        MenuItem(
            _("Action plan and budget"),
            "budget:staff_home",
            READERS,
            _("The annual action plan, its projects and budget, spending and reports."),
        )
    ],
    section=Section(
        "budget",
        _("Action plan and budget"),
        _("The annual action plan, its budget, and how the money is spent."),
        "budget:public_index",
        order=40,
    ),
    public_links=[
        PublicLink(
            _("Action plan and budget"),
            "budget:public_index",
            order=30,
            shown_if=has_approved_plan,
        )
    ],
    evidence=[
        Evidence(
            "budget_plan",
            _("Action plan and budget"),
            oit_evidence.PLAN_WORDS,
            oit_evidence.action_plan,
        ),
        Evidence(
            "budget_half_year",
            _("Six-month monitoring report"),
            oit_evidence.HALF_YEAR_WORDS,
            oit_evidence.half_year_report,
        ),
        Evidence(
            "budget_annual",
            _("Annual report of the action plan"),
            oit_evidence.ANNUAL_WORDS,
            oit_evidence.annual_report,
        ),
        Evidence(
            "budget_anti_plan",
            _("Anti-corruption action plan"),
            oit_evidence.ANTI_PLAN_WORDS,
            oit_evidence.anti_corruption_plan,
        ),
        Evidence(
            "budget_anti_half_year",
            _("Anti-corruption six-month monitoring report"),
            oit_evidence.ANTI_HALF_WORDS,
            oit_evidence.anti_corruption_half_year,
        ),
        Evidence(
            "budget_anti_annual",
            _("Anti-corruption annual report"),
            oit_evidence.ANTI_ANNUAL_WORDS,
            oit_evidence.anti_corruption_annual,
        ),
    ],
    demo=DemoStep(load_plan),
    todo=plan_todo,
    audited=[
        Audited(Plan, {"include_fields": ["status", "approved_by", "approved_at"]}),
        Audited(Strategy),
        Audited(Fund),
        Audited(Project),
        Audited(Activity),
        Audited(Spending),
        Audited(Receipt),
        Audited(YearReport),
        Audited(Commitment),
        Audited(Transfer),
    ],
    print_sources=[
        (document.SOURCE, document.plan_source),
        (report_document.SOURCE, report_document.report_source),
    ],
    body_limits={"budget:staff_import": PLAN_IMPORT.body_limit},
)
