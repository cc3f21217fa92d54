from django.utils.translation import gettext_lazy as _

from prongsai.agencies import modules


class IntegrityConfig(modules.ModuleConfig):
    name = "prongsai.integrity"
    verbose_name = _("Integrity")
