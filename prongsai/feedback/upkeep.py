"""Upkeep of questions: reminders of overdue questions (send_reminders): each assignee, or the
ITA officers and the director when nobody is assigned, gets one e-mail listing the question
numbers; and the askers' names and contacts erased after the retention the notice states."""

from datetime import date, timedelta

from django.conf import settings
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from prongsai.agencies.models import Membership
from prongsai.feedback import queries
from prongsai.feedback.access import HANDLERS
from prongsai.feedback.models import Question
from prongsai.outbox.actions import queue_mail


def _recipients(question: Question, handlers: dict[int, list[str]]) -> list[str]:
    if question.assigned_user is not None:
        return [question.assigned_user.email] if question.assigned_user.email else []
    if question.assigned_unit is not None:
        return queries.unit_member_emails(question.assigned_unit)
    if question.agency_id not in handlers:
        handlers[question.agency_id] = sorted(
            set(
                Membership.objects.filter(
                    agency_id=question.agency_id, role__in=HANDLERS, user__is_active=True
                ).values_list("user__email", flat=True)
            )
            - {""}
        )
    return handlers[question.agency_id]


def send_overdue_reminders(*, today: date | None = None) -> int:
    """Queue one e-mail per person with their overdue questions. Returns the number queued."""
    today = today or timezone.localdate()
    by_person: dict[str, list[Question]] = {}
    handlers: dict[int, list[str]] = {}
    for question in queries.overdue(today):
        for address in _recipients(question, handlers):
            by_person.setdefault(address, []).append(question)
    for address, questions in by_person.items():
        lines = [
            settings.SITE_URL
            + reverse(
                "feedback:staff_detail", kwargs={"agency": question.agency.slug, "pk": question.pk}
            )
            for question in questions
        ]
        queue_mail(
            to=[address],
            subject=_("Questions past their answer date: %(count)s") % {"count": len(questions)},
            body=_("These questions are waiting for an answer past their due date:")
            + "\n"
            + "\n".join(lines),
            kind="feedback-overdue",
        )
    return len(by_person)


CONTACT_RETENTION = timedelta(days=2 * 365)  # the public page's personal data notice says so


def erase_old_contacts() -> int:
    """Erase the name, e-mail and phone of questions sent more than two years ago (a job run
    every minute: one UPDATE of what is due). Returns how many questions were touched."""
    cutoff = timezone.now() - CONTACT_RETENTION
    due = Question.objects.filter(created_at__lt=cutoff).exclude(name="", email="", phone="")
    return due.update(name="", email="", phone="")
