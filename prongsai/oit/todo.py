"""OIT to-do rows: items the person owns whose update is overdue or due this week."""

from collections.abc import Iterable
from datetime import timedelta

from django.urls import reverse
from django.utils.translation import gettext as _

from prongsai.agencies.todo import OVERDUE, THIS_WEEK, Asker, TodoRow
from prongsai.oit.models import Answer


def oit_todo(asker: Asker) -> Iterable[TodoRow]:
    answers = Answer.objects.filter(
        agency=asker.agency,
        owner_user=asker.user,
        due_date__isnull=False,
        due_date__lte=asker.today + timedelta(days=7),
    ).select_related("item__checklist")
    rows = []
    for answer in answers:
        item = answer.item
        url = reverse(
            "oit:staff_item",
            kwargs={"agency": asker.agency.slug, "year": item.checklist.year, "code": item.code},
        )
        label = _("OIT %(code)s: %(title)s") % {"code": item.code, "title": item.title}
        due = answer.due_date
        assert due is not None  # the query asks for a due date
        group = OVERDUE if due < asker.today else THIS_WEEK
        rows.append(TodoRow(group, label, url, due))
    return rows
