from django.utils.translation import gettext_lazy as _

from prongsai.agencies import modules


class FeedbackConfig(modules.ModuleConfig):
    name = "prongsai.feedback"
    verbose_name = _("Questions and suggestions")
