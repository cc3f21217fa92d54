from django.utils.translation import gettext_lazy as _

from prongsai.agencies import modules


class NewsConfig(modules.ModuleConfig):
    name = "prongsai.news"
    verbose_name = _("News and announcements")
