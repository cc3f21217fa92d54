import hashlib
import unicodedata

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.db.models.functions import Lower
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from prongsai.agencies.roles import Role

slug_validator = RegexValidator(
    r"^[a-z0-9]+(?:-[a-z0-9]+)*$",
    _("Use lowercase English letters, digits and single hyphens only, e.g. my-school."),
)


def no_control_characters(value: str) -> None:
    """One line of plain text: it goes into e-mail subjects and documents, so no newlines,
    tabs or other control characters (U+0000–U+001F, U+007F–U+009F, line separators)."""
    if any(unicodedata.category(char) in ("Cc", "Zl", "Zp") for char in value):
        raise ValidationError(
            _("Use one line of plain text, without line breaks or control characters."),
            code="control_characters",
        )


def no_control_characters_but_newlines(value: str) -> None:
    """Several lines are fine (an address), other control characters are not."""
    no_control_characters(value.replace("\r\n", "").replace("\n", ""))


# Slugs that would shadow the site's own top-level URLs.
RESERVED_SLUGS = frozenset(
    {"accounts", "admin", "api", "i18n", "static", "media", "staff", "healthz", "robots.txt"}
)


class Agency(models.Model):
    class Kind(models.TextChoices):
        AREA_OFFICE = "area_office", _("Area office")
        SCHOOL = "school", _("School")
        OTHER = "other", _("Other agency")

    slug = models.SlugField(
        _("web address name"),
        max_length=60,
        unique=True,
        validators=[slug_validator],
        help_text=_("Appears in every address of the agency, e.g. /my-school/."),
    )
    name_th = models.CharField(_("name (Thai)"), max_length=200, validators=[no_control_characters])
    name_en = models.CharField(
        _("name (English)"), max_length=200, blank=True, validators=[no_control_characters]
    )
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default=Kind.SCHOOL)
    parent = models.ForeignKey(
        "self",
        verbose_name=_("parent agency"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="children",
    )
    address = models.TextField(
        _("address"), blank=True, validators=[no_control_characters_but_newlines]
    )
    phone = models.CharField(
        _("phone"), max_length=60, blank=True, validators=[no_control_characters]
    )
    email = models.EmailField(_("e-mail"), blank=True)
    website = models.URLField(_("website"), blank=True)
    facebook = models.URLField(_("Facebook page"), blank=True)
    is_active = models.BooleanField(_("active"), default=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("agency")
        verbose_name_plural = _("agencies")
        ordering = ["name_th"]

    def __str__(self) -> str:
        return self.name_th

    def get_absolute_url(self) -> str:
        return reverse("agencies:home", kwargs={"agency": self.slug})


class Unit(models.Model):
    """A division (ฝ่าย) or section (งาน) inside an agency; sections may sit under divisions."""

    class Kind(models.TextChoices):
        DIVISION = "division", _("Division (ฝ่าย)")
        SECTION = "section", _("Section (งาน)")
        OTHER = "other", _("Other group")

    agency = models.ForeignKey(Agency, on_delete=models.CASCADE, related_name="units")
    parent = models.ForeignKey(
        "self",
        verbose_name=_("part of"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="children",
    )
    name_th = models.CharField(_("name (Thai)"), max_length=200)
    name_en = models.CharField(_("name (English)"), max_length=200, blank=True)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default=Kind.SECTION)
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        verbose_name = _("unit")
        verbose_name_plural = _("units")
        ordering = ["order", "name_th"]
        constraints = [
            models.UniqueConstraint("agency", Lower("name_th"), name="unit_name_unique_in_agency"),
        ]

    def __str__(self) -> str:
        return self.name_th


class Membership(models.Model):
    """One role of one person in one agency. A person may hold several."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="memberships"
    )
    agency = models.ForeignKey(Agency, on_delete=models.CASCADE, related_name="memberships")
    role = models.CharField(_("role"), max_length=30, choices=Role.choices)
    unit = models.ForeignKey(
        Unit,
        verbose_name=_("unit"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="memberships",
    )
    position = models.CharField(_("position"), max_length=200, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("membership")
        verbose_name_plural = _("memberships")
        ordering = ["agency", "user__username", "role"]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "agency", "role"], name="membership_one_role_once"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.user} — {self.get_role_display()} ({self.agency})"


class Invitation(models.Model):
    """An existing account asked to take roles in an agency; nothing changes until it accepts.

    Only a hash of the token in the e-mailed link is stored.
    """

    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting for an answer")
        ACCEPTED = "accepted", _("Accepted")
        DECLINED = "declined", _("Declined")
        CANCELLED = "cancelled", _("Cancelled")

    agency = models.ForeignKey(Agency, on_delete=models.CASCADE, related_name="invitations")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="invitations"
    )
    email = models.EmailField(_("e-mail"))
    roles = models.JSONField(_("roles"), default=list)
    unit = models.ForeignKey(
        Unit, verbose_name=_("unit"), null=True, blank=True, on_delete=models.SET_NULL
    )
    position = models.CharField(_("position"), max_length=200, blank=True)
    token_hash = models.CharField(max_length=64, unique=True)
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("invited by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.PENDING
    )
    created_at = models.DateTimeField(auto_now_add=True)
    expires_at = models.DateTimeField(_("expires"))
    accepted_at = models.DateTimeField(_("accepted"), null=True, blank=True)

    class Meta:
        verbose_name = _("invitation")
        verbose_name_plural = _("invitations")
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.email} → {self.agency}"

    @staticmethod
    def hash_token(token: str) -> str:
        return hashlib.sha256(token.encode("utf-8")).hexdigest()

    def role_labels(self) -> list[str]:
        labels = dict(Role.choices)
        return [str(labels.get(role, role)) for role in self.roles]
