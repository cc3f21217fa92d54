from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ServicesConfig(AppConfig):
    name = "prongsai.services"
    verbose_name = _("E-services")

    def ready(self) -> None:
        from prongsai.agencies import todo
        from prongsai.services.todo import services_todo

        todo.register("services", services_todo)
        from auditlog.registry import auditlog

        from prongsai.agencies import demo, public_sections
        from prongsai.agencies.evidence import Generator
        from prongsai.agencies.evidence import register as register_generator
        from prongsai.agencies.menu import MenuItem, register
        from prongsai.services import oit_evidence
        from prongsai.services.access import QUEUE_ROLES
        from prongsai.services.demo import load_services
        from prongsai.services.models import FormField, Request, Service, Step, WalkIn

        for model in (Service, Step, FormField, WalkIn):
            auditlog.register(model)
        auditlog.register(Request, include_fields=["status", "assigned_to", "completed_at"])
        public_sections.open_section("services", "services:catalogue")
        register(
            MenuItem(
                _("E-services"),
                "services:staff_queue",
                QUEUE_ROLES,
                _("Requests to handle, counter tallies and the service catalogue."),
            )
        )
        register_generator(Generator("e_services", _("E-services"), oit_evidence.e_services))
        register_generator(
            Generator("service_manual", _("Service standards"), oit_evidence.service_manual)
        )
        register_generator(
            Generator(
                "service_statistics", _("Service statistics"), oit_evidence.service_statistics
            )
        )
        demo.register(load_services)
