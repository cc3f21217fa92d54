"""Measures to-do rows: documents waiting for the director's approval, documents sent back
to the ITA officer, and rows of this year's plan past their due month without progress."""

from collections.abc import Iterable

from django.urls import reverse
from django.utils.translation import gettext as _

from prongsai.agencies.roles import Role
from prongsai.agencies.todo import OVERDUE, WAITING, Asker, TodoRow
from prongsai.lib.fiscal import fiscal_year
from prongsai.measures.access import PLAN_EDITORS
from prongsai.measures.models import PublishRequest
from prongsai.measures.queries import plan_with_rows, row_status


def measures_todo(asker: Asker) -> Iterable[TodoRow]:
    rows: list[TodoRow] = []
    if not asker.roles & (PLAN_EDITORS | {Role.DIRECTOR}):
        return rows
    latest: dict[tuple[int, str], PublishRequest] = {}
    for sent in PublishRequest.objects.filter(plan__agency=asker.agency).select_related("plan"):
        key = (sent.plan_id, sent.kind)
        if key not in latest or sent.submitted_at > latest[key].submitted_at:
            latest[key] = sent
    for sent in latest.values():
        url = reverse(
            "measures:staff_publish_review",
            kwargs={"agency": asker.agency.slug, "year": sent.plan.fiscal_year, "pk": sent.pk},
        )
        names = {"document": sent.get_kind_display(), "year": sent.plan.fiscal_year}
        if sent.status == PublishRequest.Status.PENDING and Role.DIRECTOR in asker.roles:
            label = _("Approve %(document)s %(year)s for the public site") % names
            rows.append(TodoRow(WAITING, label, url, sent.submitted_at.date()))
        elif sent.status == PublishRequest.Status.RETURNED and Role.ITA_OFFICER in asker.roles:
            label = _("%(document)s %(year)s was sent back: change it and send it again") % names
            rows.append(TodoRow(WAITING, label, url))
    if asker.roles & PLAN_EDITORS:
        year = fiscal_year(asker.today)
        plan = plan_with_rows(asker.agency, year)
        if plan is not None:
            late = sum(
                1
                for measure in plan.measures.all()
                for row in measure.rows.all()
                if row_status(row, asker.today).late
            )
            if late:
                url = reverse(
                    "measures:staff_plan", kwargs={"agency": asker.agency.slug, "year": year}
                )
                label = _(
                    "%(count)s rows of the measures plan %(year)s are past their due month "
                    "without progress"
                ) % {"count": late, "year": year}
                rows.append(TodoRow(OVERDUE, label, url))
    return rows
