"""Questions to-do rows: what is assigned to me, what is overdue, and (for the ITA officer and
the director) new questions nobody is assigned to and every overdue question."""

from collections.abc import Iterable

from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext as _

from prongsai.agencies.access import units_of
from prongsai.agencies.todo import OVERDUE, WAITING, Asker, TodoRow
from prongsai.feedback.access import ANSWERERS, handles
from prongsai.feedback.models import Question
from prongsai.feedback.queries import assigned_to

Status = Question.Status


def questions_todo(asker: Asker) -> Iterable[TodoRow]:
    if not asker.roles & ANSWERERS:
        return []
    mine = assigned_to(asker.user, units_of(asker.user, asker.agency))
    if handles(asker.roles):
        mine |= Q(status=Status.NEW) | Q(due_on__lt=asker.today)
    rows = (
        Question.objects.filter(agency=asker.agency, status__in=[Status.NEW, Status.ASSIGNED])
        .filter(mine)
        .only("pk", "status", "due_on")
        .order_by("due_on", "pk")[:50]
    )
    result = []
    for question in rows:
        url = reverse(
            "feedback:staff_detail", kwargs={"agency": asker.agency.slug, "pk": question.pk}
        )
        names = {"number": question.pk}
        if question.due_on < asker.today:
            label = _("Question no. %(number)s: the answer is overdue") % names
            result.append(TodoRow(OVERDUE, label, url, question.due_on))
        elif question.status == Status.NEW:
            label = _("Assign question no. %(number)s") % names
            result.append(TodoRow(WAITING, label, url, question.due_on))
        else:
            label = _("Answer question no. %(number)s") % names
            result.append(TodoRow(WAITING, label, url, question.due_on))
    return result
