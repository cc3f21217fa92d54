"""Operating manuals (คู่มือการปฏิบัติงาน): a manual, its numbered versions and their steps.

A version moves draft → pending approval → approved → published. The director's approval
publishes it at once (approved is the moment in between, kept for the record). Editing a
published manual starts a new draft version copied from the last one; the public site shows the
newest published version only.
"""

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from prongsai.agencies.models import Agency, Unit


class Manual(models.Model):
    """A procedure's manual. Its title, purpose and scope are those of its newest published
    version (or of its first draft until one is published); the owner unit decides who edits."""

    agency = models.ForeignKey(Agency, on_delete=models.CASCADE, related_name="manuals")
    title = models.CharField(_("title"), max_length=300)
    owner_unit = models.ForeignKey(
        Unit,
        verbose_name=_("owner unit"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="manuals",
    )
    purpose = models.TextField(_("purpose"), blank=True)
    scope = models.TextField(_("scope"), blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("operating manual")
        verbose_name_plural = _("operating manuals")
        ordering = ["agency", "title", "pk"]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("manuals:public_detail", kwargs={"agency": self.agency.slug, "pk": self.pk})


class ManualVersion(models.Model):
    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        PENDING = "pending", _("Pending approval")
        APPROVED = "approved", _("Approved")
        PUBLISHED = "published", _("Published")

    manual = models.ForeignKey(Manual, on_delete=models.CASCADE, related_name="versions")
    number = models.PositiveSmallIntegerField(_("version"))
    # What the version says, kept with it so a draft's edits stay off the public site until
    # approved; the approval copies them to the manual.
    title = models.CharField(_("title"), max_length=300)
    purpose = models.TextField(_("purpose"), blank=True)
    scope = models.TextField(_("scope"), blank=True)
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.DRAFT
    )
    review_on = models.DateField(
        _("review date"), null=True, blank=True, help_text=_("When the manual must be reviewed.")
    )
    changes = models.TextField(_("changes in this version"), blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    submitted_at = models.DateTimeField(_("submitted at"), null=True, blank=True)
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    approved_at = models.DateTimeField(_("approved at"), null=True, blank=True)
    approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("approved by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    published_at = models.DateTimeField(_("published at"), null=True, blank=True)

    class Meta:
        verbose_name = _("manual version")
        verbose_name_plural = _("manual versions")
        ordering = ["manual", "-number"]
        constraints = [
            models.UniqueConstraint(fields=["manual", "number"], name="manual_version_unique"),
            # One version at a time is being written or waits for approval.
            models.UniqueConstraint(
                fields=["manual"],
                condition=models.Q(status__in=["draft", "pending", "approved"]),
                name="manual_one_open_version",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.manual} v{self.number}"

    @property
    def is_draft(self) -> bool:
        return self.status == self.Status.DRAFT

    @property
    def is_pending(self) -> bool:
        return self.status == self.Status.PENDING

    @property
    def is_published(self) -> bool:
        return self.status == self.Status.PUBLISHED


class ManualStep(models.Model):
    version = models.ForeignKey(ManualVersion, on_delete=models.CASCADE, related_name="steps")
    order = models.PositiveSmallIntegerField(_("order"))
    title = models.CharField(_("step"), max_length=300)
    responsible = models.CharField(_("responsible"), max_length=300)
    duration_minutes = models.PositiveIntegerField(_("duration (minutes)"))
    output = models.CharField(_("output"), max_length=500, blank=True)

    class Meta:
        verbose_name = _("manual step")
        verbose_name_plural = _("manual steps")
        ordering = ["version", "order", "pk"]

    def __str__(self) -> str:
        return f"{self.order}. {self.title}"
