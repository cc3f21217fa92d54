from django.utils.translation import gettext_lazy as _

from prongsai.agencies import modules


class AgenciesConfig(modules.ModuleConfig):
    name = "prongsai.agencies"
    verbose_name = _("Agencies")
