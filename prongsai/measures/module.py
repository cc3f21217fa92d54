"""The integrity measures module's manifest (see agencies.modules)."""

from django.utils.translation import gettext_lazy as _

from prongsai.agencies.evidence import Evidence
from prongsai.agencies.menu import MenuItem
from prongsai.agencies.modules import Audited, DemoStep, Module
from prongsai.agencies.public_menu import PublicLink
from prongsai.agencies.public_sections import Section
from prongsai.measures import oit_evidence, printing, queries
from prongsai.measures.access import PLAN_READERS
from prongsai.measures.demo import load_measures
from prongsai.measures.models import Measure, MeasureRow, Plan, ProgressUpdate
from prongsai.measures.todo import measures_todo

MODULE = Module(
    name="measures",
    menu_group="programme",
    plan_measures=queries.plan_measures,
    menu=[
        MenuItem(
            _("Integrity measures"),
            "measures:staff_plans",
            PLAN_READERS,
            _("The measures plan of each fiscal year, its progress and its reports."),
        )
    ],
    section=Section(
        "measures",
        _("Integrity measures"),
        _("The agency's measures to promote integrity, their progress and results."),
        "measures:public_index",
        order=20,
    ),
    public_links=[PublicLink(_("Integrity measures"), "measures:public_index", order=20)],
    evidence=[
        Evidence(
            "measures_plan",
            _("Measures plan"),
            (
                "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน",
                "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในสถานศึกษา",
            ),
            oit_evidence.measures_plan,
        ),
        Evidence(
            "measures_report",
            _("Measures results report"),
            (
                "การดำเนินการตามมาตรการส่งเสริมคุณธรรม",
                "รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรม",
            ),
            oit_evidence.measures_report,
        ),
    ],
    demo=DemoStep(load_measures),
    todo=measures_todo,
    audited=[
        Audited(Plan),
        Audited(Measure),
        Audited(MeasureRow, {"m2m_fields": {"responsible_units"}}),
        Audited(ProgressUpdate),
    ],
    print_sources=[(printing.SOURCE, printing.publication_html)],
)
