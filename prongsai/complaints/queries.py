"""Reads of the complaint back office: the case list with its counts, the case page's content,
messages and files, and the people an officer may choose on the case page.

"Excluded from a case" is decided here for lists (`visible_cases`) and in access.py for one case
(`get_complaint_for_staff`): an excluded person never sees the case."""

from datetime import date
from typing import TypedDict

from django.db.models import Count, Q, QuerySet

from prongsai.accounts.models import User
from prongsai.agencies.models import Agency
from prongsai.agencies.roles import Role
from prongsai.complaints.models import Attachment, Complaint, Message

LIST_FIELDS = (
    "reference",
    "category",
    "status",
    "filed_on",
    "acknowledge_due",
    "result_due",
    "acknowledged_on",
    "closed_on",
    "assigned_to__first_name",
    "assigned_to__last_name",
    "assigned_to__title",
    "assigned_to__username",
)


def visible_cases(agency: Agency, user: User) -> QuerySet[Complaint]:
    """The agency's cases, without those the person is excluded from."""
    return Complaint.objects.filter(agency=agency).exclude(excluded=user)


class CaseRow(TypedDict):
    case: Complaint
    late_ack: bool
    late_result: bool


def case_rows(agency: Agency, user: User, *, status: str, today: date) -> list[CaseRow]:
    """The case list (references, deadlines — never content), filtered by `status` when it is
    one of the statuses, with the deadlines already missed flagged."""
    cases = visible_cases(agency, user).select_related("assigned_to").only(*LIST_FIELDS)
    if status in Complaint.Status.values:
        cases = cases.filter(status=status)
    return [
        {
            "case": case,
            "late_ack": case.status == Complaint.Status.NEW and case.acknowledge_due < today,
            "late_result": case.status != Complaint.Status.CLOSED and case.result_due < today,
        }
        for case in cases
    ]


def case_counts(agency: Agency, user: User, *, today: date) -> dict[str, int]:
    """Open, new and overdue cases of the list's header: the cases the person may see, so an
    officer excluded from a case cannot learn from the counts that it exists."""
    return visible_cases(agency, user).aggregate(
        open=Count("pk", filter=~Q(status=Complaint.Status.CLOSED)),
        new=Count("pk", filter=Q(status=Complaint.Status.NEW)),
        overdue=Count(
            "pk",
            filter=(Q(status=Complaint.Status.NEW) & Q(acknowledge_due__lt=today))
            | (~Q(status=Complaint.Status.CLOSED) & Q(result_due__lt=today)),
        ),
    )


def case_content(complaint: Complaint) -> Complaint:
    """The case with its encrypted content decrypted (only once reading it is allowed)."""
    return Complaint.objects.select_related("agency", "assigned_to").get(pk=complaint.pk)


def case_messages(complaint: Complaint) -> QuerySet[Message]:
    return complaint.messages.select_related("author").prefetch_related("attachments")


def case_files(complaint: Complaint) -> QuerySet[Attachment]:
    """The files filed with the case (those of messages are listed with their message)."""
    return complaint.attachments.filter(message__isnull=True)


def reporter_messages(complaint: Complaint) -> QuerySet[Message]:
    """What the reporter reads with the receipt: the exchange, without internal notes."""
    return complaint.messages.exclude(direction=Message.Direction.NOTE)


def reporter_files(complaint: Complaint) -> QuerySet[Attachment]:
    """The files the reporter filed with the case (they may download them again)."""
    return complaint.attachments.filter(message__isnull=True, from_reporter=True)


def assignable_officers(agency: Agency, complaint: Complaint) -> QuerySet[User]:
    """The complaint officers who may take the case (not those excluded from it)."""
    return (
        User.objects.filter(
            memberships__agency=agency,
            memberships__role=Role.COMPLAINT_OFFICER,
            is_active=True,
        )
        .exclude(excluded_complaints=complaint)
        .distinct()
        .order_by("first_name", "last_name", "username")
    )


def excludable_people(agency: Agency, complaint: Complaint, user: User) -> QuerySet[User]:
    """The agency's people one may exclude from the case: not oneself, not those already out."""
    return (
        User.objects.filter(memberships__agency=agency, is_active=True)
        .exclude(pk=user.pk)
        .exclude(excluded_complaints=complaint)
        .distinct()
        .order_by("first_name", "last_name", "username")
    )
