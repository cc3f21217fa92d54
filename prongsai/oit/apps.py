from django.utils.translation import gettext_lazy as _

from prongsai.agencies import modules


class OitConfig(modules.ModuleConfig):
    name = "prongsai.oit"
    verbose_name = _("OIT disclosure")
