"""Gift to-do rows: the head's decisions waiting, and the declarer's gifts to report."""

from collections.abc import Iterable
from datetime import timedelta

from django.urls import reverse
from django.utils.translation import gettext as _

from prongsai.agencies.roles import Role
from prongsai.agencies.todo import OVERDUE, THIS_WEEK, WAITING, Asker, TodoRow
from prongsai.integrity import queries


def gifts_todo(asker: Asker) -> Iterable[TodoRow]:
    rows: list[TodoRow] = []
    slug = asker.agency.slug
    waiting = []
    if Role.DIRECTOR in asker.roles:
        waiting += queries.awaiting_decision(asker.agency, by_supervisor=False)
    if Role.SUPERVISOR in asker.roles:
        waiting += queries.awaiting_decision(asker.agency, by_supervisor=True)
    for gift in waiting:
        if gift.declarer_id == asker.user.pk:
            continue
        rows.append(
            TodoRow(
                WAITING,
                _("Decide on the gift from %(giver)s declared by %(person)s")
                % {"giver": gift.giver_name, "person": gift.declarer.display_name},
                reverse("integrity:gift_detail", kwargs={"agency": slug, "pk": gift.pk}),
                gift.reported_on,
            )
        )
    week = asker.today + timedelta(days=7)
    for gift in queries.to_report(asker.agency, asker.user):
        assert gift.deadline is not None
        group = WAITING
        if gift.deadline < asker.today:
            group = OVERDUE
        elif gift.deadline <= week:
            group = THIS_WEEK
        rows.append(
            TodoRow(
                group,
                _("Report the gift from %(giver)s to the head") % {"giver": gift.giver_name},
                reverse("integrity:gifts_mine", kwargs={"agency": slug}) + f"#gift-{gift.pk}",
                gift.deadline,
            )
        )
    return rows
