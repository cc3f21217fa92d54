"""Changes to questions: asking, assigning, answering, hiding, and the agency's settings.

Each action owns its transaction; e-mails go through the outbox queue (sent after commit).
"""

from dataclasses import dataclass
from datetime import datetime

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from prongsai.accounts.models import User
from prongsai.agencies.models import Agency, Unit
from prongsai.feedback import queries
from prongsai.feedback.models import Category, FeedbackSettings, Question
from prongsai.feedback.workdays import add_working_days, working_days_between
from prongsai.lib.thai import thai_date
from prongsai.outbox.actions import queue_mail

Status = Question.Status


@dataclass(frozen=True)
class Asked:
    kind: str
    category: Category | None
    text: str
    name: str = ""
    email: str = ""
    phone: str = ""
    private: bool = False


def ensure_categories(*, agency: Agency) -> list[Category]:
    """The agency's categories, the default set created the first time."""
    with transaction.atomic():
        if not Category.objects.filter(agency=agency).exists():
            Category.objects.bulk_create(
                Category(agency=agency, name=name, order=index)
                for index, name in enumerate(queries.DEFAULT_CATEGORIES)
            )
    return list(queries.categories(agency))


def _staff_url(question: Question) -> str:
    return settings.SITE_URL + reverse(
        "feedback:staff_detail", kwargs={"agency": question.agency.slug, "pk": question.pk}
    )


def _tell_assignee(question: Question) -> None:
    if question.assigned_user is not None:
        to = [question.assigned_user.email] if question.assigned_user.email else []
    elif question.assigned_unit is not None:
        to = queries.unit_member_emails(question.assigned_unit)
    else:
        to = []
    if not to:
        return
    queue_mail(
        to=to,
        subject=_("A question for you to answer (no. %(number)s)") % {"number": question.pk},
        body=_(
            "A question or suggestion sent to %(agency)s was assigned to you. "
            "Answer it by %(due)s at %(url)s"
        )
        % {
            "agency": question.agency.name_th,
            "due": thai_date(question.due_on),
            "url": _staff_url(question),
        },
        kind="feedback-assigned",
    )


def ask_question(*, agency: Agency, asked: Asked, now: datetime | None = None) -> Question:
    """File a question from the public, assigned by its category's rule, due after the agency's
    number of working days."""
    now = now or timezone.now()
    if asked.category is not None and asked.category.agency_id != agency.pk:
        raise ValidationError({"category": _("Choose one of the categories in the list.")})
    with transaction.atomic():
        question = Question(
            agency=agency,
            kind=asked.kind,
            category=asked.category,
            text=asked.text.strip(),
            name=asked.name.strip(),
            email=asked.email.strip(),
            phone=asked.phone.strip(),
            asked_private=asked.private,
            created_at=now,
            due_on=add_working_days(timezone.localdate(now), queries.answer_days(agency)),
        )
        if asked.category is not None:
            question.assigned_user = asked.category.assign_user
            question.assigned_unit = asked.category.assign_unit
        if question.assigned_user or question.assigned_unit:
            question.status = Status.ASSIGNED
        question.save()
        _tell_assignee(question)
    return question


def assign_question(
    *, question: Question, user: User | None = None, unit: Unit | None = None
) -> Question:
    if user is None and unit is None:
        raise ValidationError(_("Choose a person or a unit."))
    if unit is not None and unit.agency_id != question.agency_id:
        raise ValidationError(_("Choose one of this agency's units."))
    if question.status in (Status.ANSWERED, Status.HIDDEN):
        raise ValidationError(_("Only a question waiting for its answer can be assigned."))
    with transaction.atomic():
        question.assigned_user = user
        question.assigned_unit = unit if user is None else None
        question.status = Status.ASSIGNED
        question.save(update_fields=["assigned_user", "assigned_unit", "status"])
        _tell_assignee(question)
    return question


def answer_question(
    *,
    question: Question,
    answer: str,
    keep_private: bool,
    actor: User | None,
    now: datetime | None = None,
) -> Question:
    """Record the answer (or correct it), publish it unless private, and mail it to the asker
    when they left an e-mail address (only on the first answer)."""
    now = now or timezone.now()
    if question.status == Status.HIDDEN:
        raise ValidationError(_("A hidden question cannot be answered."))
    if not answer.strip():
        raise ValidationError({"answer": _("Write the answer.")})
    first = question.status != Status.ANSWERED
    with transaction.atomic():
        question.answer = answer.strip()
        question.kept_private = keep_private
        if first:
            question.status = Status.ANSWERED
            question.answered_at = now
            question.answered_by = actor
            question.answer_working_days = working_days_between(
                timezone.localdate(question.created_at), timezone.localdate(now)
            )
        question.save()
        if first and question.email:
            queue_mail(
                to=[question.email],
                subject=_("The answer of %(agency)s to your question")
                % {"agency": question.agency.name_th},
                body=_("You asked:\n%(text)s\n\nOur answer:\n%(answer)s")
                % {"text": question.text, "answer": question.answer},
                kind="feedback-answer",
            )
    return question


def hide_question(*, question: Question, reason: str) -> Question:
    """Hide spam or abuse with a reason: kept (and audited), never shown, never deleted."""
    if not reason.strip():
        raise ValidationError({"reason": _("Say why the question is hidden.")})
    with transaction.atomic():
        question.status = Status.HIDDEN
        question.hidden_reason = reason.strip()
        question.save(update_fields=["status", "hidden_reason"])
    return question


def save_settings(*, agency: Agency, answer_days: int) -> FeedbackSettings:
    if not 1 <= answer_days <= 60:
        raise ValidationError({"answer_days": _("Give a number of working days from 1 to 60.")})
    with transaction.atomic():
        saved, _created = FeedbackSettings.objects.update_or_create(
            agency=agency, defaults={"answer_days": answer_days}
        )
    return saved


def save_category(
    *,
    agency: Agency,
    category: Category | None,
    name: str,
    assign_user: User | None,
    assign_unit: Unit | None,
) -> Category:
    name = name.strip()
    if not name:
        raise ValidationError({"name": _("Give the category a name.")})
    if assign_unit is not None and assign_unit.agency_id != agency.pk:
        raise ValidationError({"assign_unit": _("Choose one of this agency's units.")})
    clash = Category.objects.filter(agency=agency, name=name)
    if category is not None:
        clash = clash.exclude(pk=category.pk)
    if clash.exists():
        raise ValidationError({"name": _("Another category already has this name.")})
    with transaction.atomic():
        if category is None:
            category = Category(agency=agency, order=Category.objects.filter(agency=agency).count())
        category.name = name
        category.assign_user = assign_user
        category.assign_unit = assign_unit
        category.save()
    return category
