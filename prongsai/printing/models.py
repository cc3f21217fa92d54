"""A public PDF printed once, off the request path, and kept as a file (see actions.py)."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class PrintedDocument(models.Model):
    """One PDF to print or printed: `key` names the exact content (a published version, or a
    fingerprint of a statistics page's data); `group` names the document whatever its content,
    so the newest file of a group can stand in while a newer one prints."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting to be printed")
        PRINTING = "printing", _("Printing")
        READY = "ready", _("Ready")
        FAILED = "failed", _("Could not be printed")

    key = models.CharField(max_length=255, unique=True)
    group = models.CharField(max_length=200, db_index=True)
    source = models.CharField(max_length=60, blank=True)
    params = models.JSONField(default=dict, blank=True)
    html = models.TextField(blank=True)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PENDING)
    file = models.FileField(upload_to="printed/", blank=True, max_length=300)
    etag = models.CharField(max_length=64, blank=True)
    pages = models.PositiveIntegerField(null=True, blank=True)
    error = models.TextField(blank=True)
    attempts = models.PositiveSmallIntegerField(default=0)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    printed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("printed document")
        verbose_name_plural = _("printed documents")
        indexes = [models.Index(fields=["status", "updated_at"], name="printed_status_idx")]

    def __str__(self) -> str:
        return f"{self.key} ({self.status})"
