from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PrintingConfig(AppConfig):
    name = "prongsai.printing"
    verbose_name = _("Printed documents")

    def ready(self) -> None:
        from prongsai.jobs import registry
        from prongsai.printing.actions import JOB, print_pending

        registry.register(registry.Job(JOB, print_pending))
