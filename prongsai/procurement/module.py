"""The procurement module's manifest (see agencies.modules): the procurement plan, notices,
purchases with the monthly สขร.1 summary and the annual report (OIT 2566 O19–O22)."""

from django.db.models import OuterRef, Q, QuerySet
from django.utils.translation import gettext_lazy as _

from prongsai.agencies.evidence import Evidence
from prongsai.agencies.menu import MenuItem
from prongsai.agencies.models import Agency
from prongsai.agencies.modules import Audited, DemoStep, Module
from prongsai.agencies.public_menu import PublicLink
from prongsai.agencies.public_sections import Section
from prongsai.procurement import month_print, oit_evidence, report_print
from prongsai.procurement.access import READERS
from prongsai.procurement.demo import load_procurement
from prongsai.procurement.forms import NOTICE_FILE, PURCHASE_SHEET
from prongsai.procurement.models import AnnualReport, Notice, PlanItem, ProcurementPlan, Purchase
from prongsai.procurement.todo import procurement_todo


def _has_procurement() -> QuerySet[Agency]:
    """Shown when the agency has a published plan, a notice or a purchase."""
    return Agency.objects.filter(pk=OuterRef("pk")).filter(
        Q(procurement_plans__published_on__isnull=False)
        | Q(procurement_notices__isnull=False)
        | Q(purchases__isnull=False)
    )


MODULE = Module(
    name="procurement",
    menu_group="money",
    menu=[
        MenuItem(
            _("Procurement"),
            "procurement:staff_home",
            READERS,
            _("The procurement plan, notices, purchases, the monthly สขร.1 and the annual report."),
        )
    ],
    section=Section(
        "procurement",
        _("Procurement"),
        _("The procurement plan, notices, each month's summary (สขร.1) and the annual report."),
        "procurement:latest",
        order=45,
    ),
    public_links=[
        PublicLink(_("Procurement"), "procurement:latest", order=44, shown_if=_has_procurement)
    ],
    evidence=[
        Evidence(
            "procurement_plan",
            _("Procurement plan"),
            oit_evidence.PLAN_WORDS,
            oit_evidence.procurement_plan,
        ),
        Evidence(
            "procurement_notices",
            _("Procurement notices"),
            oit_evidence.NOTICE_WORDS,
            oit_evidence.procurement_notices,
        ),
        Evidence(
            "procurement_monthly",
            _("Monthly procurement summaries (สขร.1)"),
            oit_evidence.MONTHLY_WORDS,
            oit_evidence.procurement_monthly,
        ),
        Evidence(
            "procurement_report",
            _("Annual procurement report"),
            oit_evidence.REPORT_WORDS,
            oit_evidence.procurement_report,
        ),
    ],
    demo=DemoStep(load_procurement, order=60),
    todo=procurement_todo,
    audited=[
        Audited(ProcurementPlan),
        Audited(PlanItem),
        Audited(Notice),
        Audited(Purchase),
        Audited(AnnualReport),
    ],
    print_sources=[
        (month_print.SOURCE, month_print.month_html),
        (report_print.SOURCE, report_print.report_html),
    ],
    body_limits={
        "procurement:notice_new": NOTICE_FILE.body_limit,
        "procurement:notice_edit": NOTICE_FILE.body_limit,
        "procurement:purchase_import": PURCHASE_SHEET.body_limit,
    },
)
