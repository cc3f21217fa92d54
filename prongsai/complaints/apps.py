from django.utils.translation import gettext_lazy as _

from prongsai.agencies import modules


class ComplaintsConfig(modules.ModuleConfig):
    name = "prongsai.complaints"
    verbose_name = _("Complaints")

    def ready(self) -> None:
        super().ready()
        from prongsai.complaints import checks  # noqa: F401 -- registers the deploy check
