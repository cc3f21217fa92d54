from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class WorkdaysConfig(AppConfig):
    """Platform: the Thai working-day calendar (public holidays an administrator keeps)."""

    name = "prongsai.workdays"
    verbose_name = _("Working days and holidays")
