from django.utils.translation import gettext_lazy as _

from prongsai.agencies import modules


class RisksConfig(modules.ModuleConfig):
    name = "prongsai.risks"
    verbose_name = _("Corruption-risk assessment")
