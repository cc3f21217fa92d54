from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OutboxConfig(AppConfig):
    name = "prongsai.outbox"
    verbose_name = _("Mail outbox")

    def ready(self) -> None:
        from prongsai.jobs import registry
        from prongsai.outbox.actions import send_pending

        registry.register(registry.Job("outbox", send_pending))
