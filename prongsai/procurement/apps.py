from django.utils.translation import gettext_lazy as _

from prongsai.agencies import modules


class ProcurementConfig(modules.ModuleConfig):
    name = "prongsai.procurement"
    verbose_name = _("Procurement")
