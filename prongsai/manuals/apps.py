from typing import cast

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ManualsConfig(AppConfig):
    name = "prongsai.manuals"
    verbose_name = _("Operating manuals")

    def ready(self) -> None:
        from prongsai.agencies import todo
        from prongsai.manuals.todo import manuals_todo

        todo.register("manuals", manuals_todo)
        from auditlog.registry import auditlog

        from prongsai.agencies import demo
        from prongsai.agencies.evidence import Generator
        from prongsai.agencies.evidence import register as register_generator
        from prongsai.agencies.menu import MenuItem, register
        from prongsai.manuals import oit_evidence
        from prongsai.manuals.access import MANUAL_READERS
        from prongsai.manuals.demo import load_manuals
        from prongsai.manuals.models import Manual, ManualStep, ManualVersion

        auditlog.register(Manual)
        auditlog.register(ManualVersion)
        auditlog.register(ManualStep)
        register(
            MenuItem(
                _("Operating manuals"),
                "manuals:staff_list",
                MANUAL_READERS,
                _("Manuals of the agency's procedures: steps, who, how long, approval."),
            )
        )
        label = cast(str, _("Operating manuals"))  # lazy: translated where it is shown
        register_generator(Generator("operating_manual", label, oit_evidence.operating_manuals))
        demo.register(load_manuals)
        from prongsai.manuals.printing import SOURCE, version_html
        from prongsai.printing.actions import register_source

        register_source(SOURCE, version_html)
