from django.utils.translation import gettext_lazy as _

from prongsai.agencies import modules


class ServicesConfig(modules.ModuleConfig):
    name = "prongsai.services"
    verbose_name = _("E-services")
