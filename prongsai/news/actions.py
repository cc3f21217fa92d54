"""The rules of news: write, publish (now or scheduled), withdraw, pictures and attachments.

Each function owns its transaction; none needs a request.
"""

from dataclasses import dataclass
from datetime import datetime

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.translation import gettext as _

from prongsai.accounts.models import User
from prongsai.agencies.models import Agency
from prongsai.news import images, sanitise, search
from prongsai.news.models import AboutPage, NewsAttachment, NewsImage, NewsItem

MAX_IMAGES = 30
MAX_ATTACHMENTS = 10


@dataclass(frozen=True)
class ItemData:
    category: str
    title: str
    summary: str
    body: str
    publish_at: datetime
    pinned: bool = False
    participants: str = ""
    outcome: str = ""


def _fill(item: NewsItem, data: ItemData) -> None:
    item.category = data.category
    item.title = data.title.strip()
    item.summary = data.summary.strip()
    item.body = sanitise.clean_html(data.body)
    item.publish_at = data.publish_at
    item.pinned = data.pinned
    participation = data.category == NewsItem.Category.PARTICIPATION
    item.participants = data.participants.strip() if participation else ""
    item.outcome = data.outcome.strip() if participation else ""
    item.search_text = search.search_text(
        item.title, item.summary, sanitise.plain_text(item.body), item.participants, item.outcome
    )


def save_item(
    *, agency: Agency, data: ItemData, actor: User, item: NewsItem | None = None
) -> NewsItem:
    """Create a draft (item None) or change an item; the body is cleaned and its words cut."""
    with transaction.atomic():
        if item is None:
            item = NewsItem(agency=agency, created_by=actor)
        _fill(item, data)
        item.save()
    return item


def publish_item(*, item: NewsItem, actor: User) -> NewsItem:
    """Publish: public from its publication moment (now or later). Every picture needs alt text."""
    with transaction.atomic():
        item = NewsItem.objects.select_for_update().get(pk=item.pk)
        if item.images.filter(alt_text="").exists():
            raise ValidationError(
                _("Every picture needs alt text before the item is published. Add it and retry.")
            )
        if not item.title.strip():
            raise ValidationError(_("Give the item a title before publishing it."))
        item.status = NewsItem.Status.PUBLISHED
        item.published_by = actor
        item.save(update_fields=["status", "published_by", "updated_at"])
    return item


def withdraw_item(*, item: NewsItem) -> NewsItem:
    """Back to draft: off the public pages and feeds."""
    with transaction.atomic():
        item.status = NewsItem.Status.DRAFT
        item.save(update_fields=["status", "updated_at"])
    return item


def add_image(
    *, item: NewsItem, upload: UploadedFile, alt_text: str, cover: bool = False
) -> NewsImage:
    """Store a picture resized (web size and thumbnail, EXIF stripped) with its alt text; a
    cover replaces the previous cover (which stays in the gallery)."""
    alt_text = alt_text.strip()
    if not alt_text:
        raise ValidationError({"alt_text": _("Describe the picture for people who cannot see it.")})
    if item.images.count() >= MAX_IMAGES:
        raise ValidationError(_("An item holds at most %(n)d pictures.") % {"n": MAX_IMAGES})
    upload.seek(0)
    resized = images.resize(upload.read(), upload.name or "")
    with transaction.atomic():
        if cover:
            item.images.filter(is_cover=True).update(is_cover=False)
        order = (item.images.aggregate(last=Max("order"))["last"] or 0) + 1
        image = NewsImage(
            item=item,
            alt_text=alt_text,
            is_cover=cover,
            order=order,
            width=resized.width,
            height=resized.height,
        )
        image.image.save("web.jpg", ContentFile(resized.web), save=False)
        image.thumb.save("thumb.jpg", ContentFile(resized.thumb), save=False)
        image.save()
        NewsItem.objects.filter(pk=item.pk).update(updated_at=timezone.now())
    return image


def remove_image(*, image: NewsImage) -> None:
    with transaction.atomic():
        image.delete()
    image.image.delete(save=False)
    image.thumb.delete(save=False)


def add_attachment(*, item: NewsItem, upload: UploadedFile) -> NewsAttachment:
    """Attach a file already checked by its content (forms: `uploads.check_upload`)."""
    if item.attachments.count() >= MAX_ATTACHMENTS:
        raise ValidationError(_("An item holds at most %(n)d files.") % {"n": MAX_ATTACHMENTS})
    name = (upload.name or "file").rsplit("/", 1)[-1][:255]
    with transaction.atomic():
        attachment = NewsAttachment(item=item, name=name, size=upload.size or 0)
        attachment.file.save(name, upload, save=False)
        attachment.save()
    return attachment


def remove_attachment(*, attachment: NewsAttachment) -> None:
    with transaction.atomic():
        attachment.delete()
    attachment.file.delete(save=False)


def save_about_page(*, agency: Agency, kind: str, body: str, actor: User) -> AboutPage:
    """Write one basic-information page (cleaned like a news body); an empty body hides it."""
    with transaction.atomic():
        page, _created = AboutPage.objects.select_for_update().get_or_create(
            agency=agency, kind=kind
        )
        page.body = sanitise.clean_html(body)
        page.updated_by = actor
        page.save()
    return page
