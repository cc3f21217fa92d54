from django.utils.translation import gettext_lazy as _

from prongsai.agencies import modules


class ManualsConfig(modules.ModuleConfig):
    name = "prongsai.manuals"
    verbose_name = _("Operating manuals")
