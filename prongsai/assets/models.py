"""The asset register (ทะเบียนคุมทรัพย์สิน): one row per durable or consumable item of an
agency, and the history of what happened to it (ระเบียบกระทรวงการคลังฯ พ.ศ. 2560 ข้อ 203)."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from prongsai.agencies.models import Agency, Unit


class Asset(models.Model):
    class Kind(models.TextChoices):
        DURABLE = "durable", _("Durable")
        CONSUMABLE = "consumable", _("Consumable")

    class Condition(models.TextChoices):
        # The five findings of the annual check (ข้อ 213): usable, damaged, deteriorated,
        # lost, no longer needed.
        USABLE = "usable", _("Usable")
        DAMAGED = "damaged", _("Damaged")
        DETERIORATED = "deteriorated", _("Deteriorated")
        LOST = "lost", _("Lost")
        NOT_NEEDED = "not_needed", _("No longer needed")

    agency = models.ForeignKey(Agency, on_delete=models.CASCADE, related_name="assets")
    number = models.CharField(_("asset number"), max_length=60)
    name = models.CharField(_("item"), max_length=255)
    brand_model = models.CharField(_("brand/model"), max_length=200, blank=True)
    serial = models.CharField(_("serial number"), max_length=120, blank=True)
    unit_of_count = models.CharField(_("unit of count"), max_length=40, blank=True)
    acquired_on = models.DateField(_("acquired on"), null=True, blank=True)
    cost = models.DecimalField(
        _("cost (baht)"), max_digits=14, decimal_places=2, null=True, blank=True
    )
    fund_source = models.CharField(_("fund source"), max_length=200, blank=True)
    location = models.CharField(_("location"), max_length=200, blank=True)
    responsible_unit = models.ForeignKey(
        Unit,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="assets",
        verbose_name=_("responsible unit"),
    )
    condition = models.CharField(
        _("condition"), max_length=20, choices=Condition.choices, default=Condition.USABLE
    )
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default=Kind.DURABLE)
    notes = models.TextField(_("notes"), blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["number"]
        verbose_name = _("asset")
        verbose_name_plural = _("assets")
        constraints = [
            models.UniqueConstraint(fields=["agency", "number"], name="asset_number_per_agency")
        ]
        indexes = [models.Index(fields=["agency", "condition"], name="asset_agency_condition")]

    def __str__(self) -> str:
        return f"{self.number} {self.name}"


class AssetEvent(models.Model):
    """One line of an asset's history: who did what, when, and which fields changed."""

    class Kind(models.TextChoices):
        CREATED = "created", _("Added to the register")
        EDITED = "edited", _("Edited")
        CONDITION = "condition", _("Condition changed")
        IMPORTED = "imported", _("Imported from a sheet")

    asset = models.ForeignKey(Asset, on_delete=models.CASCADE, related_name="events")
    kind = models.CharField(_("event"), max_length=20, choices=Kind.choices)
    # [{"field": name, "old": text, "new": text}, …] as they read at the time
    changes = models.JSONField(default=list, blank=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("by"),
    )
    at = models.DateTimeField(_("when"), auto_now_add=True)

    class Meta:
        ordering = ["-at", "-pk"]
        verbose_name = _("asset event")
        verbose_name_plural = _("asset events")

    def __str__(self) -> str:
        return f"{self.asset_id} {self.kind}"
