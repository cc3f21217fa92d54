"""The operating manuals module's manifest (see agencies.modules)."""

from django.utils.translation import gettext_lazy as _

from prongsai.agencies.evidence import Evidence
from prongsai.agencies.menu import MenuItem
from prongsai.agencies.modules import Audited, DemoStep, Module
from prongsai.manuals import oit_evidence, printing
from prongsai.manuals.access import MANUAL_READERS
from prongsai.manuals.demo import load_manuals
from prongsai.manuals.models import Manual, ManualStep, ManualVersion
from prongsai.manuals.todo import manuals_todo

MODULE = Module(
    name="manuals",
    menu=[
        MenuItem(
            _("Operating manuals"),
            "manuals:staff_list",
            MANUAL_READERS,
            _("Manuals of the agency's procedures: steps, who, how long, approval."),
        )
    ],
    evidence=[
        Evidence(
            "operating_manual",
            _("Operating manuals"),
            ("มาตรฐานการปฏิบัติงาน",),
            oit_evidence.operating_manuals,
        )
    ],
    demo=DemoStep(load_manuals),
    todo=manuals_todo,
    audited=[Audited(Manual), Audited(ManualVersion), Audited(ManualStep)],
    print_sources=[(printing.SOURCE, printing.version_html)],
)
