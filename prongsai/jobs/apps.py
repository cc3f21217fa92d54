from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class JobsConfig(AppConfig):
    name = "prongsai.jobs"
    verbose_name = _("Background work")

    def ready(self) -> None:
        from prongsai.jobs import checks  # noqa: F401 -- registers the deploy check
