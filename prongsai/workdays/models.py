"""Platform: the Thai working-day calendar (see docs/architecture.md).

A site administrator keeps the public holidays (Django admin → Working days and holidays);
weekends are never working days. The functions in `calendar.py` read this table.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Holiday(models.Model):
    """One day off for government offices: a public holiday, a substitute day (วันหยุดชดเชย)
    or a special day the cabinet announces."""

    date = models.DateField(_("date"), unique=True)
    name_th = models.CharField(_("name in Thai"), max_length=200)
    name_en = models.CharField(_("name in English"), max_length=200, blank=True)

    class Meta:
        ordering = ["date"]
        verbose_name = _("holiday")
        verbose_name_plural = _("holidays")

    def __str__(self) -> str:
        return f"{self.date.isoformat()} {self.name_th}"
