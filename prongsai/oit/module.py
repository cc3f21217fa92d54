"""The OIT disclosure module's manifest (see agencies.modules)."""

from django.utils.translation import gettext_lazy as _

from prongsai.agencies.evidence import Evidence
from prongsai.agencies.menu import MenuItem, has_agencies_below
from prongsai.agencies.modules import Audited, DemoStep, Module
from prongsai.agencies.public_menu import PublicLink
from prongsai.agencies.public_sections import Section
from prongsai.agencies.reminders import Reminder
from prongsai.oit import campaign, oit_evidence, reminders
from prongsai.oit.access import OIT_READERS, OVERVIEW_ROLES
from prongsai.oit.demo import load_oit
from prongsai.oit.models import (
    Activity,
    AgencyYear,
    Answer,
    Campaign,
    Checklist,
    EvidenceFile,
    ItaResult,
    Item,
)
from prongsai.oit.models import (
    Evidence as EvidenceRow,
)
from prongsai.oit.todo import oit_todo

MODULE = Module(
    name="oit",
    menu_group="programme",
    menu=[
        MenuItem(
            _("OIT disclosure"),
            "oit:staff_index",
            OIT_READERS,
            _("The ITA checklist of each year, its evidence and the readiness dashboard."),
        ),
        MenuItem(
            _("Schools' ITA readiness"),
            "oit:staff_schools_index",
            OVERVIEW_ROLES,
            _("Every school under this office: items ready, score today, what is overdue."),
            applies=has_agencies_below,
        ),
    ],
    section=Section(
        "oit",
        _("Public disclosure (OIT)"),
        _("Plans, reports, budgets and every item the ITA assessment checks."),
        "oit:public_index",
        order=10,
    ),
    public_links=[PublicLink(_("Public disclosure (OIT)"), "oit:public_index", order=10)],
    evidence=[
        Evidence(
            "ita_activities",
            _("Awareness activities"),
            # No title of its own: the No Gift culture item (2566 O32) is answered by the
            # integrity module's culture activities; a list may still name this page by its
            # `generator`.
            (),
            oit_evidence.activities_evidence,
        )
    ],
    demo=DemoStep(load_oit, order=90),  # after the modules whose pages it publishes
    reminders=[
        Reminder("OIT links", reminders.check_links),
        Reminder("OIT owners", reminders.remind_owners),
        Reminder("ITA campaign", campaign.send_campaign_reminders),
    ],
    todo=oit_todo,
    audited=[
        Audited(model)
        for model in (
            Checklist,
            Item,
            AgencyYear,
            Answer,
            EvidenceRow,
            EvidenceFile,
            ItaResult,
            Campaign,
            Activity,
        )
    ],
)
