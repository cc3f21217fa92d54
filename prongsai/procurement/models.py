"""Procurement disclosure (issue 15; THAI-RULES.md §4.4–4.5): the year's procurement plan, the
notices (invitations, award announcements), each purchase with the สขร.1 fields recorded at the
time of purchase, and the officer's notes of the annual report.

Money is stored as exact decimals (baht and satang); a purchase's fiscal year follows its date.
"""

import uuid
from decimal import Decimal
from pathlib import PurePath
from typing import Any

from django.db import models
from django.utils.translation import gettext_lazy as _

from prongsai.agencies.models import Agency

MONEY: dict[str, Any] = {"max_digits": 14, "decimal_places": 2}
ZERO = Decimal("0.00")


class Method(models.TextChoices):
    """How a purchase is made under the Public Procurement Act 2560 (column 5 of สขร.1)."""

    SPECIFIC = "specific", _("Specific method (เฉพาะเจาะจง)")
    E_MARKET = "e_market", _("e-market")
    E_BIDDING = "e_bidding", _("e-bidding")
    SELECTION = "selection", _("Selection (คัดเลือก)")


class ProcurementPlan(models.Model):
    agency = models.ForeignKey(Agency, on_delete=models.CASCADE, related_name="procurement_plans")
    year = models.PositiveIntegerField()  # fiscal year, B.E.
    published_on = models.DateField(null=True, blank=True)  # None while a draft
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["agency", "year"], name="procurement_plan_once_a_year")
        ]

    def __str__(self) -> str:
        return f"procurement plan {self.year} of {self.agency_id}"


class PlanItem(models.Model):
    plan = models.ForeignKey(ProcurementPlan, on_delete=models.CASCADE, related_name="items")
    what = models.CharField(max_length=300)
    amount = models.DecimalField(**MONEY)
    method = models.CharField(max_length=20, choices=Method.choices)
    planned_month = models.PositiveSmallIntegerField()  # calendar month 1–12 in the fiscal year
    egp_number = models.CharField(max_length=30, blank=True)

    class Meta:
        ordering = ["pk"]

    def __str__(self) -> str:
        return f"plan item {self.pk} of plan {self.plan_id}"

    @property
    def month_title(self) -> str:
        from prongsai.procurement.rules import month_title

        return month_title(self.plan.year, self.planned_month)


def notice_path(instance: "Notice", filename: str) -> str:
    """A random name under the agency's folder: the uploader's file name is never a path."""
    suffix = PurePath(filename).suffix.lower()[:6]
    return f"procurement/notices/{instance.agency_id}/{uuid.uuid4().hex}{suffix}"


class Notice(models.Model):
    class Kind(models.TextChoices):
        INVITATION = "invitation", _("Invitation to bid")
        AWARD = "award", _("Award announcement")
        OTHER = "other", _("Other notice")

    agency = models.ForeignKey(Agency, on_delete=models.CASCADE, related_name="procurement_notices")
    kind = models.CharField(max_length=20, choices=Kind.choices)
    title = models.CharField(max_length=300)
    dated_on = models.DateField()
    year = models.PositiveIntegerField()  # the fiscal year of dated_on
    egp_number = models.CharField(max_length=30, blank=True)
    file = models.FileField(upload_to=notice_path, max_length=300, blank=True)
    link = models.URLField(max_length=500, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-dated_on", "-pk"]
        indexes = [models.Index(fields=["agency", "year"])]

    def __str__(self) -> str:
        return f"notice {self.pk} of {self.agency_id}"

    @property
    def filename(self) -> str:
        return f"procurement-notice-{self.pk}{PurePath(self.file.name).suffix}"


class Purchase(models.Model):
    """One line of the monthly สขร.1, recorded when the purchase is made."""

    agency = models.ForeignKey(Agency, on_delete=models.CASCADE, related_name="purchases")
    year = models.PositiveIntegerField()  # the fiscal year of purchased_on
    purchased_on = models.DateField()
    what = models.CharField(max_length=300)
    ceiling = models.DecimalField(**MONEY)
    reference_price = models.DecimalField(**MONEY, null=True, blank=True)
    method = models.CharField(max_length=20, choices=Method.choices)
    supplier = models.CharField(max_length=200)
    agreed_price = models.DecimalField(**MONEY)
    reason = models.CharField(max_length=300)
    contract_number = models.CharField(max_length=60, blank=True)
    contract_date = models.DateField(null=True, blank=True)
    egp_number = models.CharField(max_length=30, blank=True)
    durable = models.BooleanField(default=False)  # ครุภัณฑ์: may go into the asset register
    asset_number = models.CharField(max_length=60, blank=True)  # once taken into the register
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["purchased_on", "pk"]
        indexes = [models.Index(fields=["agency", "year", "purchased_on"])]

    def __str__(self) -> str:
        return f"purchase {self.pk} of {self.agency_id}"


class Bidder(models.Model):
    purchase = models.ForeignKey(Purchase, on_delete=models.CASCADE, related_name="bidders")
    name = models.CharField(max_length=200)
    price = models.DecimalField(**MONEY)

    class Meta:
        ordering = ["pk"]

    def __str__(self) -> str:
        return f"bidder {self.pk} of purchase {self.purchase_id}"


class AnnualReport(models.Model):
    """The officer's words on the year's procurement; the figures come from the purchases."""

    agency = models.ForeignKey(Agency, on_delete=models.CASCADE, related_name="procurement_reports")
    year = models.PositiveIntegerField()
    problems = models.TextField(blank=True)
    suggestions = models.TextField(blank=True)
    published_on = models.DateField(null=True, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["agency", "year"], name="procurement_report_once_a_year"
            )
        ]

    def __str__(self) -> str:
        return f"procurement report {self.year} of {self.agency_id}"
