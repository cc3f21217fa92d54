"""The training record: a person records the courses they attended (the certificate's file is
checked by the form, by content and size)."""

from datetime import date
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from prongsai.accounts.models import User
from prongsai.agencies.models import Agency
from prongsai.evaluation.models import Training


def add_training(
    *,
    agency: Agency,
    person: User,
    course: str,
    started_on: date,
    ended_on: date,
    hours: Decimal,
    certificate: UploadedFile | None = None,
    today: date | None = None,
) -> Training:
    problems = []
    if not course.strip():
        problems.append(_("Type the name of the course."))
    if ended_on < started_on:
        problems.append(_("The last day comes on or after the first day."))
    if started_on > (today or timezone.localdate()):
        problems.append(_("Record a course once it has started."))
    if not Decimal(0) < hours <= Decimal(1000):
        problems.append(_("Type the hours of the course, for example 6 or 12.5."))
    if problems:
        raise ValidationError(problems, code="training")
    with transaction.atomic():
        return Training.objects.create(
            agency=agency,
            person=person,
            course=course.strip(),
            started_on=started_on,
            ended_on=ended_on,
            hours=hours,
            certificate=certificate or "",
        )
