"""News and announcements (ข่าวประชาสัมพันธ์) of an agency, with pictures and attachments.

An item is a `draft` until the ITA officer or the director publishes it; a published item is
public from its publication moment, which may lie in the future (scheduled: invisible until
then). The body is HTML cleaned on save (`sanitise.clean_html`); `search_text` holds the title,
summary and body cut into Thai words on save, so that the public search only cuts the query.
Pictures are stored resized to a web size and a thumbnail, without EXIF (location included);
each has alt text. One picture may be the cover (shown in lists and in share previews).
"""

import uuid
from datetime import datetime
from decimal import Decimal

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from prongsai.agencies.models import Agency, Unit


def _path(instance: "NewsImage | NewsAttachment", suffix: str) -> str:
    item = instance.item
    return f"news/{item.agency.slug}/{item.pk}/{uuid.uuid4().hex}{suffix}"


def image_path(instance: "NewsImage", filename: str) -> str:
    return _path(instance, ".jpg")


def thumb_path(instance: "NewsImage", filename: str) -> str:
    return _path(instance, "-thumb.jpg")


def attachment_path(instance: "NewsAttachment", filename: str) -> str:
    dot = filename.rfind(".")
    return _path(instance, filename[dot:].lower() if dot >= 0 else "")


class NewsItem(models.Model):
    class Category(models.TextChoices):
        NEWS = "news", _("News")
        ANNOUNCEMENT = "announcement", _("Announcement")
        ACTIVITY = "activity", _("Activity")
        TRAINING = "training", _("Training")
        PROCUREMENT = "procurement", _("Procurement notice")
        # Parents, pupils or the community take part in planning, doing or checking the work
        # (the OIT's "การเปิดโอกาสให้เกิดการมีส่วนร่วม").
        PARTICIPATION = "participation", _("Participation activity")

    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        PUBLISHED = "published", _("Published")

    agency = models.ForeignKey(Agency, on_delete=models.CASCADE, related_name="news_items")
    category = models.CharField(
        _("category"), max_length=20, choices=Category.choices, default=Category.NEWS
    )
    title = models.CharField(pgettext_lazy("news", "title"), max_length=300)
    summary = models.CharField(_("summary"), max_length=500, blank=True)
    body = models.TextField(_("body"), blank=True)  # clean HTML (sanitise.clean_html)
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.DRAFT)
    publish_at = models.DateTimeField(_("publication date and time"), default=timezone.now)
    pinned = models.BooleanField(_("pinned"), default=False)
    participants = models.CharField(_("who took part"), max_length=500, blank=True)
    outcome = models.TextField(_("what came of it"), blank=True)
    search_text = models.TextField(blank=True, editable=False)  # Thai words, space-separated
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    published_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("news item")
        verbose_name_plural = _("news items")
        ordering = ["-pinned", "-publish_at", "-pk"]
        indexes = [
            models.Index(
                fields=["agency", "-publish_at"],
                condition=Q(status="published"),
                name="news_public_by_date",
            ),
        ]

    def __str__(self) -> str:
        return self.title

    def is_public(self, now: datetime | None = None) -> bool:
        moment = now or timezone.now()
        return self.status == self.Status.PUBLISHED and self.publish_at <= moment

    def is_scheduled(self) -> bool:
        return self.status == self.Status.PUBLISHED and self.publish_at > timezone.now()


class NewsImage(models.Model):
    """A picture of an item: `image` at web size (at most WEB_SIZE px), `thumb` for lists."""

    item = models.ForeignKey(NewsItem, on_delete=models.CASCADE, related_name="images")
    image = models.FileField(upload_to=image_path, max_length=300)
    thumb = models.FileField(upload_to=thumb_path, max_length=300)
    width = models.PositiveIntegerField(default=0)
    height = models.PositiveIntegerField(default=0)
    alt_text = models.CharField(_("alt text"), max_length=300)
    is_cover = models.BooleanField(_("cover picture"), default=False)
    order = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["-is_cover", "order", "pk"]

    def __str__(self) -> str:
        return self.alt_text


class NewsAttachment(models.Model):
    item = models.ForeignKey(NewsItem, on_delete=models.CASCADE, related_name="attachments")
    file = models.FileField(upload_to=attachment_path, max_length=300)
    name = models.CharField(_("file name"), max_length=255)
    size = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["pk"]

    def __str__(self) -> str:
        return self.name


class AboutPage(models.Model):
    """One of the agency's basic-information pages at a stable URL /<agency>/about/<kind>/,
    written by the ITA officer or the director (clean HTML, `sanitise.clean_html`). A page with
    no body is not shown."""

    class Kind(models.TextChoices):
        HISTORY = "history", pgettext_lazy("about page", "History")
        VISION = "vision", _("Vision, mission and goals")
        STRUCTURE = "structure", _("Organisation structure")
        EXECUTIVES = "executives", _("Executives")
        DUTIES = "duties", _("Duties and powers")
        CONTACT = "contact", _("Contact")
        LAWS = "laws", _("Related laws")
        SOCIAL = "social", _("Social media channels")
        PRIVACY = "privacy", _("Privacy policy")

    agency = models.ForeignKey(Agency, on_delete=models.CASCADE, related_name="about_pages")
    kind = models.CharField(max_length=20, choices=Kind.choices)
    body = models.TextField(_("body"), blank=True)
    updated_at = models.DateTimeField(auto_now=True)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        verbose_name = _("basic information page")
        verbose_name_plural = _("basic information pages")
        constraints = [
            models.UniqueConstraint(fields=["agency", "kind"], name="about_page_once_per_agency")
        ]

    def __str__(self) -> str:
        return f"{self.agency} — {self.get_kind_display()}"


class TrainingCourse(models.Model):
    """A course of the agency's training log (the seed's monthly "what we trained"): what, when,
    how many hours, for whom, by which unit, and its result (attendance, satisfaction out of 5,
    what came of it). Photos are those of the linked news item of the course (its gallery)."""

    agency = models.ForeignKey(Agency, on_delete=models.CASCADE, related_name="training_courses")
    unit = models.ForeignKey(
        Unit,
        verbose_name=_("unit"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    title = models.CharField(_("course"), max_length=300)
    starts_on = models.DateField(_("first day"))
    ends_on = models.DateField(_("last day"))
    hours = models.DecimalField(_("hours"), max_digits=5, decimal_places=1)
    audience = models.CharField(_("audience"), max_length=300)
    place = models.CharField(_("place"), max_length=300, blank=True)
    invited = models.PositiveIntegerField(_("invited"), null=True, blank=True)
    attended = models.PositiveIntegerField(_("attended"), null=True, blank=True)
    satisfaction = models.DecimalField(
        _("satisfaction (out of 5)"), max_digits=3, decimal_places=2, null=True, blank=True
    )
    outcome = models.TextField(_("what came of it"), blank=True)
    news_item = models.ForeignKey(
        NewsItem,
        verbose_name=_("news item with the photos"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="training_courses",
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("training course")
        verbose_name_plural = _("training courses")
        ordering = ["-starts_on", "-pk"]
        indexes = [models.Index(fields=["agency", "starts_on"], name="training_by_month")]

    def __str__(self) -> str:
        return self.title

    @property
    def person_hours(self) -> Decimal:
        return self.hours * (self.attended or 0)
