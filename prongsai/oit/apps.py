from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OitConfig(AppConfig):
    name = "prongsai.oit"
    verbose_name = _("OIT disclosure")

    def ready(self) -> None:
        from prongsai.agencies import todo
        from prongsai.oit.todo import oit_todo

        todo.register("oit", oit_todo)
        from auditlog.registry import auditlog

        from prongsai.agencies import public_sections
        from prongsai.agencies.menu import MenuItem, has_agencies_below, register
        from prongsai.oit.access import OIT_READERS, OVERVIEW_ROLES
        from prongsai.oit.models import (
            Activity,
            AgencyYear,
            Answer,
            Campaign,
            Checklist,
            Evidence,
            EvidenceFile,
            ItaResult,
            Item,
        )

        for model in (
            Checklist,
            Item,
            AgencyYear,
            Answer,
            Evidence,
            EvidenceFile,
            ItaResult,
            Campaign,
            Activity,
        ):
            auditlog.register(model)
        from prongsai.agencies.reminders import Reminder
        from prongsai.agencies.reminders import register as register_reminder
        from prongsai.oit import reminders

        register_reminder(Reminder("OIT links", reminders.check_links))
        register_reminder(Reminder("OIT owners", reminders.remind_owners))
        from prongsai.agencies.evidence import Generator
        from prongsai.agencies.evidence import register as register_generator
        from prongsai.oit import activities, campaign

        register_reminder(Reminder("ITA campaign", campaign.send_campaign_reminders))
        register_generator(
            Generator("ita_activities", _("Awareness activities"), activities.activities_evidence)
        )
        from prongsai.agencies import demo
        from prongsai.oit.demo import load_oit

        demo.register(load_oit, last=True)  # after the modules whose pages it publishes
        public_sections.open_section("oit", "oit:public_index")
        register(
            MenuItem(
                _("OIT disclosure"),
                "oit:staff_index",
                OIT_READERS,
                _("The ITA checklist of each year, its evidence and the readiness dashboard."),
            )
        )
        register(
            MenuItem(
                _("Schools' ITA readiness"),
                "oit:staff_schools_index",
                OVERVIEW_ROLES,
                _("Every school under this office: items ready, score today, what is overdue."),
                applies=has_agencies_below,
            )
        )
