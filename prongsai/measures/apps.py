from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MeasuresConfig(AppConfig):
    name = "prongsai.measures"
    verbose_name = _("Integrity measures")

    def ready(self) -> None:
        from prongsai.agencies import todo
        from prongsai.measures.todo import measures_todo

        todo.register("measures", measures_todo)
        from auditlog.registry import auditlog

        from prongsai.agencies import demo, public_sections
        from prongsai.agencies.menu import MenuItem, register
        from prongsai.measures.access import PLAN_READERS
        from prongsai.measures.demo import load_measures
        from prongsai.measures.models import Measure, MeasureRow, Plan, ProgressUpdate

        demo.register(load_measures)
        from prongsai.agencies.evidence import Generator
        from prongsai.agencies.evidence import register as register_generator
        from prongsai.measures import oit_evidence

        register_generator(
            Generator("measures_plan", _("Measures plan"), oit_evidence.measures_plan)
        )
        register_generator(
            Generator("measures_report", _("Measures results report"), oit_evidence.measures_report)
        )
        public_sections.open_section("measures", "measures:public_index")
        from prongsai.measures.printing import SOURCE, publication_html
        from prongsai.printing.actions import register_source

        register_source(SOURCE, publication_html)
        auditlog.register(Plan)
        auditlog.register(Measure)
        auditlog.register(MeasureRow, m2m_fields={"responsible_units"})
        auditlog.register(ProgressUpdate)
        register(
            MenuItem(
                _("Integrity measures"),
                "measures:staff_plans",
                PLAN_READERS,
                _("The measures plan of each fiscal year, its progress and its reports."),
            )
        )
