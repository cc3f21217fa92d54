"""OIT jobs for send_reminders: check external links, and remind owners of overdue items."""

from django.utils import timezone
from django.utils.translation import gettext as _

from prongsai.oit import actions
from prongsai.oit.models import Answer
from prongsai.outbox.actions import queue_mail


def check_links() -> int:
    """Re-check every external evidence link (never on page load). Sends no mail itself."""
    actions.check_links()
    return 0


def remind_owners() -> int:
    """Mail owners whose items are still drafts after their due date."""
    today = timezone.localdate()
    overdue = (
        Answer.objects.filter(
            due_date__lt=today, status=Answer.Status.DRAFT, owner_user__isnull=False
        )
        .exclude(owner_user__email="")
        .select_related("owner_user", "item", "agency")
    )
    by_owner: dict[str, list[Answer]] = {}
    for answer in overdue:
        assert answer.owner_user is not None
        by_owner.setdefault(answer.owner_user.email, []).append(answer)
    for email, answers in by_owner.items():
        items = "\n".join(f"- {a.item.code} {a.item.title} ({a.agency.name_th})" for a in answers)
        queue_mail(
            to=[email],
            subject=_("OIT items waiting for your update"),
            body=_("These OIT items are past their update date:\n%(items)s") % {"items": items},
            kind="oit.owners",
        )
    return len(by_owner)
