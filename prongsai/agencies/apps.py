from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AgenciesConfig(AppConfig):
    name = "prongsai.agencies"
    verbose_name = _("Agencies")

    def ready(self) -> None:
        from auditlog.registry import auditlog

        from prongsai.agencies.models import Agency, Membership, Unit

        auditlog.register(Agency)
        auditlog.register(Unit)
        auditlog.register(Membership)
