from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ComplaintsConfig(AppConfig):
    name = "prongsai.complaints"
    verbose_name = _("Complaints")

    def ready(self) -> None:
        from prongsai.agencies import todo
        from prongsai.complaints.todo import complaint_todo

        todo.register("complaints", complaint_todo)
        from auditlog.registry import auditlog

        from prongsai.agencies import public_sections
        from prongsai.agencies.menu import MenuItem, register
        from prongsai.complaints import checks  # noqa: F401 -- registers the deploy check
        from prongsai.complaints.access import CASE_LIST_ROLES
        from prongsai.complaints.models import Complaint, ComplaintSettings

        # Status changes are audited, never the encrypted content (reads are logged as access).
        auditlog.register(
            Complaint,
            include_fields=["status", "outcome", "assigned_to", "acknowledged_on", "closed_on"],
            m2m_fields={"excluded"},
        )
        auditlog.register(ComplaintSettings)
        from prongsai.agencies.reminders import Reminder
        from prongsai.agencies.reminders import register as register_reminder
        from prongsai.complaints.upkeep import send_deadline_reminders

        register_reminder(Reminder("complaint deadlines", send_deadline_reminders))
        from prongsai.complaints.actions import purge_retry_memory
        from prongsai.jobs import registry

        # Receipts kept for retries are forgotten 15 minutes after filing (run_jobs, every minute).
        registry.register(registry.Job("complaint-retries", purge_retry_memory))
        from prongsai.agencies import demo
        from prongsai.complaints.demo import load_complaints

        demo.register(load_complaints)
        from prongsai.agencies.evidence import Generator
        from prongsai.agencies.evidence import register as register_generator
        from prongsai.complaints import oit_evidence

        register_generator(
            Generator("complaint_channel", _("Complaint channel"), oit_evidence.complaint_channel)
        )
        register_generator(
            Generator(
                "complaint_statistics", _("Complaint statistics"), oit_evidence.complaint_statistics
            )
        )
        public_sections.open_section("complaints", "complaints:new")
        register(
            MenuItem(
                _("Complaints"),
                "complaints:staff_list",
                CASE_LIST_ROLES,
                _("Complaints and reports of bribery: deadlines, handling and outcomes."),
            )
        )
