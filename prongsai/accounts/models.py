from django.contrib.auth.models import AbstractUser
from django.db import models
from django.utils.translation import gettext_lazy as _


class User(AbstractUser):
    """A person who signs in. Roles live in agencies.Membership, per agency."""

    title = models.CharField(
        _("title"), max_length=40, blank=True, help_text=_("e.g. นาย, นาง, นางสาว")
    )
    phone = models.CharField(_("phone"), max_length=40, blank=True)

    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")

    def __str__(self) -> str:
        return self.display_name

    @property
    def display_name(self) -> str:
        full = " ".join(part for part in (self.title + self.first_name, self.last_name) if part)
        return full or self.username

    @property
    def is_site_admin(self) -> bool:
        return bool(self.is_active and self.is_superuser)


class SecondStepAttempts(models.Model):
    """Codes tried at the second step of sign-in, per account, counted in the database.

    Each try is counted *before* the code is checked, with one conditional UPDATE, so wrong
    codes sent in parallel (from several sessions or workers) cannot all pass the limit.
    """

    user = models.OneToOneField(
        User, primary_key=True, on_delete=models.CASCADE, related_name="second_step_attempts"
    )
    count = models.PositiveIntegerField(default=0)
    last_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("second-step attempts")
        verbose_name_plural = _("second-step attempts")

    def __str__(self) -> str:
        return f"{self.user_id}: {self.count}"
