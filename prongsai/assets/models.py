"""The asset register (ทะเบียนคุมทรัพย์สิน): one row per durable or consumable item of an
agency, and the history of what happened to it (ระเบียบกระทรวงการคลังฯ พ.ศ. 2560 ข้อ 203)."""

import uuid
from pathlib import PurePath

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

    class Availability(models.TextChoices):
        # Kept by the loan actions in the same transaction as the loan's step.
        AVAILABLE = "available", _("In store")
        RESERVED = "reserved", _("Reserved for an approved loan")
        OUT = "out", _("Out on loan")

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
    availability = models.CharField(
        _("availability"),
        max_length=20,
        choices=Availability.choices,
        default=Availability.AVAILABLE,
    )
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
        RETURNED = "returned", _("Returned from a loan")
        CHECKED = "checked", _("Annual check")

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


class LoanSettings(models.Model):
    """The agency's loan options: the person the director names to approve off-site loans and
    loans to other agencies in his or her place (ข้อ 208: "หรือผู้ที่ได้รับมอบอำนาจ")."""

    agency = models.OneToOneField(Agency, on_delete=models.CASCADE, related_name="loan_settings")
    delegate = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("delegate of the director"),
    )
    updated_at = models.DateTimeField(auto_now=True)

    def __str__(self) -> str:
        return f"loan settings of {self.agency_id}"


def return_photo_path(instance: "Loan", filename: str) -> str:
    """A random name under the agency's folder: the uploader's file name is never a path."""
    suffix = PurePath(filename).suffix.lower()[:6]
    return f"assets/returns/{instance.agency_id}/{uuid.uuid4().hex}{suffix}"


class Loan(models.Model):
    """One loan slip (ใบยืมพัสดุ): who borrows which assets, why, where, for how long, and
    each step from the request to the return (ข้อ 207–211)."""

    class Kind(models.TextChoices):
        INSIDE = "inside", _("Use inside the premises")
        OFF_SITE = "off_site", _("Take off-site")
        AGENCY = "agency", _("Lend to another agency")
        STANDING = "standing", _("Standing issue (no return date)")

    class Status(models.TextChoices):
        REQUESTED = "requested", _("Requested")
        CHECKED = "checked", _("Checked by the asset officer")
        APPROVED = "approved", _("Approved")
        REFUSED = "refused", _("Refused")
        HANDED_OVER = "handed_over", _("Handed over")
        RETURNED = "returned", _("Returned")
        CANCELLED = "cancelled", _("Cancelled")

    class Approver(models.TextChoices):
        UNIT_HEAD = "unit_head", _("Head of the responsible unit")
        DIRECTOR = "director", _("Director or the director's delegate")

    agency = models.ForeignKey(Agency, on_delete=models.CASCADE, related_name="loans")
    borrower = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="asset_loans",
        verbose_name=_("borrower"),
    )
    borrower_agency = models.CharField(_("borrowing agency"), max_length=200, blank=True)
    kind = models.CharField(_("kind of loan"), max_length=20, choices=Kind.choices)
    purpose = models.TextField(_("purpose"))
    place = models.CharField(_("place of use"), max_length=200)
    starts_on = models.DateField(_("from"))
    due_on = models.DateField(_("return by"), null=True, blank=True)
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.REQUESTED
    )
    approver = models.CharField(_("approved by"), max_length=20, choices=Approver.choices)
    approver_unit = models.ForeignKey(
        Unit, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    requested_at = models.DateTimeField(_("requested"), auto_now_add=True)
    checked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    checked_at = models.DateTimeField(null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    decided_at = models.DateTimeField(null=True, blank=True)
    decision_note = models.TextField(_("note"), blank=True)
    handed_over_on = models.DateField(_("handed over on"), null=True, blank=True)
    handed_over_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    returned_on = models.DateField(_("returned on"), null=True, blank=True)
    received_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    cancelled_at = models.DateTimeField(null=True, blank=True)
    return_photo = models.FileField(
        _("photo at return"), upload_to=return_photo_path, max_length=300, blank=True
    )

    class Meta:
        ordering = ["-requested_at", "-pk"]
        verbose_name = _("loan")
        verbose_name_plural = _("loans")
        indexes = [
            models.Index(fields=["agency", "status", "due_on"], name="loan_agency_status_due"),
        ]

    def __str__(self) -> str:
        return f"loan {self.pk} ({self.status})"


class LoanItem(models.Model):
    """One asset on a loan, with its condition when it went out and when it came back."""

    loan = models.ForeignKey(Loan, on_delete=models.CASCADE, related_name="items")
    asset = models.ForeignKey(Asset, on_delete=models.PROTECT, related_name="loan_items")
    quantity = models.PositiveIntegerField(_("quantity"), default=1)
    condition_out = models.CharField(
        _("condition when handed over"), max_length=20, choices=Asset.Condition.choices, blank=True
    )
    condition_back = models.CharField(
        _("condition when returned"), max_length=20, choices=Asset.Condition.choices, blank=True
    )

    class Meta:
        ordering = ["pk"]
        verbose_name = _("loan item")
        verbose_name_plural = _("loan items")
        constraints = [
            models.UniqueConstraint(fields=["loan", "asset"], name="loan_item_once"),
        ]

    def __str__(self) -> str:
        return f"{self.loan_id}/{self.asset_id}"


class Damage(models.Model):
    """An asset returned in worse condition: what the borrower must do under ข้อ 209 and how
    it ended."""

    class Remedy(models.TextChoices):
        REPAIR = "repair", _("Repair it to its former state at the borrower's cost")
        REPLACE = "replace", _("Replace it with one of the same kind, size and quality")
        PAY = "pay", _("Pay its value at the time of borrowing")

    class Status(models.TextChoices):
        OPEN = "open", _("Open")
        SETTLED = "settled", _("Settled")

    item = models.OneToOneField(LoanItem, on_delete=models.CASCADE, related_name="damage")
    remedy = models.CharField(_("remedy"), max_length=20, choices=Remedy.choices, blank=True)
    value = models.DecimalField(
        _("value (baht)"), max_digits=14, decimal_places=2, null=True, blank=True
    )
    outcome = models.TextField(_("outcome"), blank=True)
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.OPEN
    )
    settled_on = models.DateField(_("settled on"), null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("damage record")
        verbose_name_plural = _("damage records")

    def __str__(self) -> str:
        return f"damage {self.item_id}"


class AssetCheck(models.Model):
    """The annual check of a fiscal year (ข้อ 213): the committee the director appoints in
    September, the assets as at 30 September, the results, and the report to the director
    within 30 working days of the first working day of October."""

    class Status(models.TextChoices):
        APPOINTED = "appointed", _("Committee appointed")
        REPORTED = "reported", _("Reported to the director")

    agency = models.ForeignKey(Agency, on_delete=models.CASCADE, related_name="asset_checks")
    fiscal_year = models.PositiveIntegerField(_("fiscal year"))
    order_number = models.CharField(_("order number"), max_length=60, blank=True)
    appointed_on = models.DateField(_("appointed on"))
    appointed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    starts_on = models.DateField(_("check starts on"))
    due_on = models.DateField(_("report due on"))
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.APPOINTED
    )
    receipts_correct = models.BooleanField(_("receipts and issues were correct"), null=True)
    count_matches = models.BooleanField(_("the count matches the register"), null=True)
    findings = models.TextField(_("findings and reasons"), blank=True)
    reported_on = models.DateField(_("reported on"), null=True, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-fiscal_year"]
        verbose_name = _("annual asset check")
        verbose_name_plural = _("annual asset checks")
        constraints = [
            models.UniqueConstraint(fields=["agency", "fiscal_year"], name="asset_check_per_year")
        ]

    def __str__(self) -> str:
        return f"asset check {self.agency_id} {self.fiscal_year}"


class CheckMember(models.Model):
    class Role(models.TextChoices):
        CHAIR = "chair", _("Chair")
        MEMBER = "member", _("Member")
        SECRETARY = "secretary", _("Member and secretary")

    check_round = models.ForeignKey(AssetCheck, on_delete=models.CASCADE, related_name="members")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    role = models.CharField(_("role on the committee"), max_length=20, choices=Role.choices)
    position = models.CharField(_("position"), max_length=200, blank=True)

    class Meta:
        ordering = ["pk"]
        verbose_name = _("check committee member")
        verbose_name_plural = _("check committee members")
        constraints = [
            models.UniqueConstraint(fields=["check_round", "user"], name="check_member_once")
        ]

    def __str__(self) -> str:
        return f"{self.check_round_id}/{self.user_id}"


class CheckResult(models.Model):
    """What the committee found of one asset: its condition (lost = not found) and a note."""

    check_round = models.ForeignKey(AssetCheck, on_delete=models.CASCADE, related_name="results")
    asset = models.ForeignKey(Asset, on_delete=models.CASCADE, related_name="check_results")
    condition = models.CharField(_("finding"), max_length=20, choices=Asset.Condition.choices)
    note = models.CharField(_("note"), max_length=300, blank=True)
    checked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    checked_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["asset__number"]
        verbose_name = _("check result")
        verbose_name_plural = _("check results")
        constraints = [
            models.UniqueConstraint(fields=["check_round", "asset"], name="check_result_once")
        ]

    def __str__(self) -> str:
        return f"{self.check_round_id}/{self.asset_id} {self.condition}"


# The conditions by a module-level name, for the API schema's one enum of them
# (SPECTACULAR_SETTINGS["ENUM_NAME_OVERRIDES"]): an asset's condition and a loan item's
# condition out and back are the same choice set.
AssetCondition = Asset.Condition
