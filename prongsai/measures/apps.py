from django.utils.translation import gettext_lazy as _

from prongsai.agencies import modules


class MeasuresConfig(modules.ModuleConfig):
    name = "prongsai.measures"
    verbose_name = _("Integrity measures")
