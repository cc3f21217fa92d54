"""E-service to-do rows: open requests assigned to the person, and new ones nobody has taken
for the services of their units (every service for the ITA officer and the director)."""

from collections.abc import Iterable
from datetime import timedelta

from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from prongsai.agencies.access import units_of
from prongsai.agencies.roles import Role
from prongsai.agencies.todo import OVERDUE, THIS_WEEK, WAITING, Asker, TodoRow
from prongsai.services.access import QUEUE_ROLES
from prongsai.services.models import Request

LIMIT = 15


def services_todo(asker: Asker) -> Iterable[TodoRow]:
    if not asker.roles & QUEUE_ROLES:
        return []
    mine = Q(assigned_to=asker.user)
    if asker.roles & {Role.ITA_OFFICER, Role.DIRECTOR}:
        mine |= Q(assigned_to__isnull=True, status=Request.Status.RECEIVED)
    else:
        units = units_of(asker.user, asker.agency)
        mine |= Q(
            assigned_to__isnull=True,
            status=Request.Status.RECEIVED,
            service__owner_unit__in=units,
        )
    requests = (
        Request.objects.filter(mine, agency=asker.agency)
        .filter(status__in=[Request.Status.RECEIVED, Request.Status.IN_PROGRESS])
        .select_related("service")
        .order_by("due_at")[:LIMIT]
    )
    now = timezone.now()
    rows = []
    for filed in requests:
        url = reverse(
            "services:staff_request", kwargs={"agency": asker.agency.slug, "pk": filed.pk}
        )
        label = _("Request %(tracking)s: %(service)s") % {
            "tracking": filed.tracking,
            "service": filed.service.name,
        }
        due = timezone.localdate(filed.due_at)
        if filed.due_at < now:
            group = OVERDUE
        elif filed.due_at <= now + timedelta(days=7):
            group = THIS_WEEK
        else:
            group = WAITING
        rows.append(TodoRow(group, label, url, due))
    return rows
