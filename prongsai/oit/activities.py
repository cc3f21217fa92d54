"""Awareness activities (ITA readiness): what the agency did to build awareness, with photos.

Writes are `verb_noun(*, …)` owning their transaction; the OIT evidence builder lists a year's
activities for the items that ask for them.
"""

from datetime import date
from uuid import uuid4

from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.utils.translation import gettext as _

from prongsai.agencies.models import Agency
from prongsai.lib.fiscal import fiscal_year_bounds
from prongsai.oit.models import Activity, ActivityPhoto

MAX_PHOTO_BYTES = 10 * 1024 * 1024
MAX_PHOTOS = 10
# Extension → (content type, how the file starts).
PHOTO_TYPES: dict[str, tuple[str, tuple[bytes, ...]]] = {
    ".jpg": ("image/jpeg", (b"\xff\xd8\xff",)),
    ".jpeg": ("image/jpeg", (b"\xff\xd8\xff",)),
    ".png": ("image/png", (b"\x89PNG\r\n\x1a\n",)),
    ".gif": ("image/gif", (b"GIF87a", b"GIF89a")),
    ".webp": ("image/webp", (b"RIFF",)),
}


def _extension(name: str) -> str:
    name = name.lower()
    return name[name.rfind(".") :] if "." in name else ""


def photo_content_type(name: str) -> str:
    known = PHOTO_TYPES.get(_extension(name))
    return known[0] if known else "application/octet-stream"


def check_photo(upload: UploadedFile) -> str:
    """The photo's extension, or ValidationError when it is not a JPG, PNG, GIF or WebP
    picture (by its name and by its first bytes) or is too large."""
    name = upload.name or ""
    extension = _extension(name)
    refused = ValidationError(
        _("“%(name)s” is not a picture. Attach photos as JPG, PNG, GIF or WebP.") % {"name": name}
    )
    if extension not in PHOTO_TYPES:
        raise refused
    upload.seek(0)
    head = upload.read(16)
    upload.seek(0)
    starts = PHOTO_TYPES[extension][1]
    if not head.startswith(starts) or (extension == ".webp" and head[8:12] != b"WEBP"):
        raise refused
    if upload.size is not None and upload.size > MAX_PHOTO_BYTES:
        raise ValidationError(
            _("“%(name)s” is larger than %(mb)s MB.")
            % {"name": name, "mb": MAX_PHOTO_BYTES // (1024 * 1024)}
        )
    return extension


def add_activity(
    *,
    agency: Agency,
    held_on: date,
    topic: str,
    attendees: int,
    summary: str,
    photos: list[UploadedFile],
) -> Activity:
    """Record an awareness activity with its photos; every photo is checked before anything is
    saved.

    Side effects: the activity (audit log) and its photos (files under MEDIA_ROOT) saved.
    """
    if len(photos) > MAX_PHOTOS:
        raise ValidationError(_("Attach at most %(count)d photos.") % {"count": MAX_PHOTOS})
    extensions = [check_photo(photo) for photo in photos]
    if not topic.strip():
        raise ValidationError(_("Type the topic of the activity."))
    with transaction.atomic():
        activity = Activity(
            agency=agency,
            held_on=held_on,
            topic=topic.strip(),
            attendees=attendees,
            summary=summary.strip(),
        )
        activity.full_clean()
        activity.save()
        for photo, extension in zip(photos, extensions, strict=True):
            stored = ActivityPhoto(activity=activity, caption="")
            # A random name: the uploader's file name may carry personal details.
            stored.image.save(f"{uuid4().hex}{extension}", photo, save=False)
            stored.save()
    return activity


def activities_of(agency: Agency, year: int | None = None) -> list[Activity]:
    """The agency's activities, newest first, with their photos; one fiscal year if given."""
    activities = Activity.objects.filter(agency=agency).prefetch_related("photos")
    if year is not None:
        start, end = fiscal_year_bounds(year)
        activities = activities.filter(held_on__range=(start, end))
    return list(activities.order_by("-held_on", "-pk"))
