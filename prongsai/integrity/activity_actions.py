"""Changes to the No Gift culture activities: record, edit, add and remove photos.

Each refuses with a ValidationError (a Thai message) before writing, and owns its transaction.
"""

from dataclasses import asdict, dataclass
from datetime import date
from functools import partial

from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from prongsai.accounts.models import User
from prongsai.agencies.models import Agency
from prongsai.integrity.models import ActivityPhoto, CultureActivity
from prongsai.lib.fiscal import fiscal_year, fiscal_year_bounds
from prongsai.lib.thai import date_input_text

MAX_PHOTOS = 10
YEARS_KEPT = 5  # activities may be recorded back to the start of the fiscal year 5 years ago


@dataclass(frozen=True)
class ActivityData:
    held_on: date
    title: str
    kind: str
    audience: str
    attendance: int
    report: str
    published: bool


def earliest_held(today: date) -> date:
    return fiscal_year_bounds(fiscal_year(today) - YEARS_KEPT)[0]


def check_held_on(held_on: date, today: date) -> None:
    if held_on > today:
        raise ValidationError(
            _("The date cannot be in the future: record an activity once it has been held."),
            code="future",
        )
    if held_on < earliest_held(today):
        raise ValidationError(
            _("The date is more than five fiscal years ago; the register starts on %(day)s.")
            % {"day": date_input_text(earliest_held(today))},
            code="too_old",
        )


def _clean(data: ActivityData) -> dict[str, object]:
    values = asdict(data)
    for key in ("title", "audience", "report"):
        values[key] = str(values[key]).strip()
    if data.attendance < 1:
        raise ValidationError(_("The number of people who attended must be at least 1."))
    return values


def record_activity(
    *,
    agency: Agency,
    by: User,
    data: ActivityData,
    programme: str = CultureActivity.Programme.NO_GIFT,
    today: date | None = None,
) -> CultureActivity:
    """A new activity of a programme (the No Gift culture, or the ethics drive)."""
    check_held_on(data.held_on, today or timezone.localdate())
    values = _clean(data)
    if programme not in CultureActivity.Programme.values:
        raise ValueError(programme)
    with transaction.atomic():
        return CultureActivity.objects.create(
            agency=agency, created_by=by, programme=programme, **values
        )


def update_activity(
    *, activity: CultureActivity, data: ActivityData, today: date | None = None
) -> CultureActivity:
    check_held_on(data.held_on, today or timezone.localdate())
    values = _clean(data)
    with transaction.atomic():
        for key, value in values.items():
            setattr(activity, key, value)
        activity.save()
    return activity


def add_photo(*, activity: CultureActivity, upload: UploadedFile, alt_text: str) -> ActivityPhoto:
    """A checked picture (see forms: content and size) with the words that describe it."""
    if not alt_text.strip():
        raise ValidationError(_("Say in a few words what the photo shows."))
    with transaction.atomic():
        locked = CultureActivity.objects.select_for_update().get(pk=activity.pk)
        if locked.photos.count() >= MAX_PHOTOS:
            raise ValidationError(
                _("An activity keeps at most %(count)s photos. Remove one first.")
                % {"count": MAX_PHOTOS}
            )
        return ActivityPhoto.objects.create(activity=locked, file=upload, alt_text=alt_text.strip())


def remove_photo(*, photo: ActivityPhoto) -> None:
    """The row goes now, the file once the transaction commits."""
    storage, name = photo.file.storage, photo.file.name
    with transaction.atomic():
        photo.delete()
        if name:
            transaction.on_commit(lambda: storage.delete(name))


def remove_activity(*, activity: CultureActivity) -> None:
    """The activity and its photos go now, the photo files once the transaction commits."""
    files = [(photo.file.storage, photo.file.name) for photo in activity.photos.all()]
    with transaction.atomic():
        activity.delete()
        for storage, name in files:
            if name:
                transaction.on_commit(partial(storage.delete, name))
