from django.utils.translation import gettext_lazy as _

from prongsai.agencies import modules


class AssetsConfig(modules.ModuleConfig):
    name = "prongsai.assets"
    verbose_name = _("Asset register")
