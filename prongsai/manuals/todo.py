"""Manuals to-do rows: versions waiting for the director's approval."""

from collections.abc import Iterable

from django.urls import reverse
from django.utils.translation import gettext as _

from prongsai.agencies.todo import WAITING, Asker, TodoRow
from prongsai.manuals.access import MANUAL_APPROVERS
from prongsai.manuals.models import ManualVersion


def manuals_todo(asker: Asker) -> Iterable[TodoRow]:
    if not asker.roles & MANUAL_APPROVERS:
        return []
    pending = ManualVersion.objects.filter(
        manual__agency=asker.agency, status=ManualVersion.Status.PENDING
    ).select_related("manual")
    return [
        TodoRow(
            WAITING,
            _("Approve the manual “%(title)s”, version %(number)s")
            % {"title": version.title, "number": version.number},
            reverse(
                "manuals:staff_detail",
                kwargs={"agency": asker.agency.slug, "pk": version.manual_id},
            ),
            version.submitted_at.date() if version.submitted_at else None,
        )
        for version in pending
    ]
