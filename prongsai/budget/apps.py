from django.utils.translation import gettext_lazy as _

from prongsai.agencies import modules


class BudgetConfig(modules.ModuleConfig):
    name = "prongsai.budget"
    verbose_name = _("Action plan and budget")
