"""The complaints module's manifest (see agencies.modules)."""

from django.utils.translation import gettext_lazy as _

from prongsai.agencies.evidence import Evidence, each_agency
from prongsai.agencies.menu import MenuItem
from prongsai.agencies.modules import Audited, DemoStep, Module
from prongsai.agencies.public_menu import PublicLink
from prongsai.agencies.public_sections import Section
from prongsai.agencies.reminders import Reminder
from prongsai.complaints import oit_evidence
from prongsai.complaints.access import CASE_LIST_ROLES
from prongsai.complaints.actions import purge_retry_memory
from prongsai.complaints.demo import load_complaints
from prongsai.complaints.models import Complaint, ComplaintSettings
from prongsai.complaints.todo import complaint_todo
from prongsai.complaints.upkeep import send_deadline_reminders
from prongsai.jobs.registry import Job
from prongsai.lib.fiscal import current_fiscal_year


def _this_year() -> dict[str, object]:
    return {"year": current_fiscal_year()}


MODULE = Module(
    name="complaints",
    menu_group="public",
    menu=[
        MenuItem(
            _("Complaints"),
            "complaints:staff_list",
            CASE_LIST_ROLES,
            _("Complaints and reports of bribery: deadlines, handling and outcomes."),
        )
    ],
    section=Section(
        "complaints",
        _("Complaints and reports of corruption"),
        _("Report misconduct or a demand for bribes, anonymously if you wish."),
        "complaints:new",
        order=40,
    ),
    public_links=[
        PublicLink(
            _("Complaints"),
            "complaints:new",
            order=50,
            children=[
                PublicLink(_("File a complaint"), "complaints:new"),
                PublicLink(_("Follow up a complaint"), "complaints:follow_up"),
                PublicLink(_("How we handle complaints"), "complaints:guideline"),
                PublicLink(_("Complaint statistics"), "complaints:statistics", kwargs=_this_year),
            ],
        )
    ],
    evidence=[
        Evidence(
            "complaint_guideline",
            _("Complaint-handling guideline"),
            ("แนวปฏิบัติการจัดการเรื่องร้องเรียน",),
            each_agency(oit_evidence.complaint_guideline),
        ),
        Evidence(
            "complaint_channel",
            _("Complaint channel"),
            ("ช่องทางแจ้งเรื่องร้องเรียน",),
            each_agency(oit_evidence.complaint_channel),
        ),
        Evidence(
            "complaint_statistics",
            _("Complaint statistics"),
            ("สถิติเรื่องร้องเรียน",),
            each_agency(oit_evidence.complaint_statistics),
        ),
    ],
    demo=DemoStep(load_complaints),
    reminders=[Reminder("complaint deadlines", send_deadline_reminders)],
    todo=complaint_todo,
    # Status changes are audited, never the encrypted content (reads are logged as access).
    audited=[
        Audited(
            Complaint,
            {
                "include_fields": [
                    "status",
                    "outcome",
                    "assigned_to",
                    "acknowledged_on",
                    "closed_on",
                ],
                "m2m_fields": {"excluded"},
            },
        ),
        Audited(ComplaintSettings),
    ],
    # Receipts kept for retries are forgotten 15 minutes after filing (run_jobs, every minute).
    jobs=[Job("complaint-retries", purge_retry_memory)],
)
