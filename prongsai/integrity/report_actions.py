"""Publishing the annual No Gift report: the day's figures frozen with the officer's notes."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from prongsai.accounts.models import User
from prongsai.agencies.models import Agency
from prongsai.integrity import report
from prongsai.integrity.models import GiftReport
from prongsai.lib.fiscal import is_plausible_year


def publish_report(*, agency: Agency, year: int, notes: str, by: User) -> GiftReport:
    """Publish (or publish again) the year's report: the figures are taken now."""
    if not is_plausible_year(year):
        raise ValidationError(_("Choose a fiscal year in the Buddhist era, for example 2568."))
    if not notes.strip():
        raise ValidationError(_("Write what was done under the policy this year."))
    figures = report.figures(agency, year)
    with transaction.atomic():
        found, _created = GiftReport.objects.select_for_update().get_or_create(
            agency=agency, year=year, defaults={"notes": notes.strip()}
        )
        found.notes = notes.strip()
        found.figures = figures
        found.published_at = timezone.now()
        found.published_by = by
        found.save()
    return found
