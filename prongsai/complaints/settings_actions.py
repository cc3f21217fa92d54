"""Writes to an agency's complaint settings (kept apart from the case actions in actions.py)."""

from django.db import transaction
from django.utils.translation import gettext as _

from prongsai.accounts.models import User
from prongsai.agencies.grants import as_actor, notify_access_granted
from prongsai.agencies.roles import Role
from prongsai.complaints.models import ComplaintSettings


def save_settings(*, options: ComplaintSettings, by: User | None) -> ComplaintSettings:
    """Save deadlines, retention and whether the director reads the content of cases.

    Only a site administrator grants the director access to content (the form enforces who may
    change it); granting it is recorded in the audit log with `by` and mailed to the agency's
    directors and every site administrator.

    Side effects: settings saved (audit log); mail queued when access is granted.
    """
    with transaction.atomic(), as_actor(by):
        before = (
            ComplaintSettings.objects.select_for_update()
            .filter(pk=options.pk)
            .values_list("director_reads_content", flat=True)
            .first()
        )
        options.full_clean()
        options.save()
        if options.director_reads_content and not before:
            directors = User.objects.filter(
                memberships__agency=options.agency,
                memberships__role=Role.DIRECTOR,
                is_active=True,
            ).distinct()
            for director in directors:
                notify_access_granted(
                    person=director,
                    agency=options.agency,
                    what=str(_("access to the content of complaints (as director)")),
                    by=by,
                )
    return options
