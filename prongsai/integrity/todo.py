"""Integrity to-do rows: the head's gift decisions waiting, the declarer's gifts to report, the
director's declaration drafts to approve, the ITA officer's declaration of the year to start."""

from collections.abc import Iterable
from datetime import timedelta

from django.urls import reverse
from django.utils.translation import gettext as _

from prongsai.agencies.roles import Role
from prongsai.agencies.todo import OVERDUE, THIS_WEEK, WAITING, Asker, TodoRow
from prongsai.integrity import queries
from prongsai.lib.fiscal import fiscal_year


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


def no_gift_todo(asker: Asker) -> Iterable[TodoRow]:
    """The director: declaration drafts to approve; the ITA officer: this year's declaration
    not started yet."""
    rows: list[TodoRow] = []
    slug = asker.agency.slug
    if Role.DIRECTOR in asker.roles:
        for draft in queries.declaration_drafts(asker.agency):
            rows.append(
                TodoRow(
                    WAITING,
                    _("Approve the No Gift Policy declaration of %(year)s") % {"year": draft.year},
                    reverse(
                        "integrity:declaration_edit", kwargs={"agency": slug, "year": draft.year}
                    ),
                )
            )
    year = fiscal_year(asker.today)
    if Role.ITA_OFFICER in asker.roles and queries.current_declaration(asker.agency, year) is None:
        rows.append(
            TodoRow(
                WAITING,
                _("Start the No Gift Policy declaration of %(year)s") % {"year": year},
                reverse("integrity:declarations", kwargs={"agency": slug}),
            )
        )
    return rows


def integrity_todo(asker: Asker) -> Iterable[TodoRow]:
    return [*gifts_todo(asker), *no_gift_todo(asker)]
