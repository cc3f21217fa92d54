from django.utils.translation import gettext_lazy as _

from prongsai.agencies import modules


class EvaluationConfig(modules.ModuleConfig):
    name = "prongsai.evaluation"
    verbose_name = _("Staff evaluation")
