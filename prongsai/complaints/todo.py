"""The complaint officer's to-do rows: new cases to accept, cases past a deadline, results
due this week (references only, never content)."""

from collections.abc import Iterable
from datetime import timedelta

from django.urls import reverse
from django.utils.translation import gettext as _

from prongsai.agencies.roles import Role
from prongsai.agencies.todo import OVERDUE, THIS_WEEK, WAITING, Asker, TodoRow
from prongsai.complaints.models import Complaint
from prongsai.complaints.queries import visible_cases


def complaint_todo(asker: Asker) -> Iterable[TodoRow]:
    if Role.COMPLAINT_OFFICER not in asker.roles:
        return []
    week_end = asker.today + timedelta(days=7)
    cases = (
        visible_cases(asker.agency, asker.user)
        .exclude(status=Complaint.Status.CLOSED)
        .only("pk", "reference", "status", "acknowledge_due", "result_due")
        .order_by("result_due")[:50]
    )
    rows = []
    for case in cases:
        url = reverse(
            "complaints:staff_detail", kwargs={"agency": asker.agency.slug, "pk": case.pk}
        )
        names = {"reference": case.reference}
        if case.status == Complaint.Status.NEW:
            late = case.acknowledge_due < asker.today
            label = _("Accept new case %(reference)s for handling") % names
            rows.append(TodoRow(OVERDUE if late else WAITING, label, url, case.acknowledge_due))
        elif case.result_due < asker.today:
            label = _("Case %(reference)s: the result is past due") % names
            rows.append(TodoRow(OVERDUE, label, url, case.result_due))
        elif case.result_due <= week_end:
            label = _("Case %(reference)s: the result is due") % names
            rows.append(TodoRow(THIS_WEEK, label, url, case.result_due))
    return rows
