"""Evaluation to-do rows: a self-assessment to do, an assessment to score, a result to read."""

from collections.abc import Iterable

from django.urls import reverse
from django.utils.translation import gettext as _

from prongsai.agencies.todo import WAITING, Asker, TodoRow
from prongsai.evaluation import actions, queries
from prongsai.evaluation.access import is_manager
from prongsai.evaluation.models import Assessment


def evaluation_todo(asker: Asker) -> Iterable[TodoRow]:
    rows = []
    slug = asker.agency.slug
    for item in queries.todo_of(asker.agency, asker.user):
        kwargs = {"agency": slug, "pk": item.pk}
        own = {"agency": slug, "pk": item.round_id}
        _start, end = actions.round_bounds(item.round.year, item.round.number)
        names = {"round": item.round.number, "year": item.round.year}
        if item.person_id == asker.user.pk and item.status == Assessment.Status.SELF:
            label = _("Fill your self-assessment of round %(round)d/%(year)d") % names
            url = reverse("evaluation:self_assess", kwargs=own)
        elif item.person_id == asker.user.pk:
            label = _("Read and acknowledge your result of round %(round)d/%(year)d") % names
            url = reverse("evaluation:mine", kwargs=own)
        else:
            label = _("Assess %(person)s (round %(round)d/%(year)d)") % {
                **names,
                "person": item.person.display_name,
            }
            url = reverse(
                "evaluation:assessment" if item.by_committee else "evaluation:score", kwargs=kwargs
            )
        rows.append(TodoRow(WAITING, label, url, end))
    for seat in queries.seats_to_score(asker.agency, asker.user):
        item = seat.assessment
        _start, end = actions.round_bounds(item.round.year, item.round.number)
        label = _("Score %(person)s as a member of the committee (round %(round)d/%(year)d)") % {
            "person": item.person.display_name,
            "round": item.round.number,
            "year": item.round.year,
        }
        url = reverse("evaluation:committee_score", kwargs={"agency": slug, "pk": item.pk})
        rows.append(TodoRow(WAITING, label, url, end))
    if is_manager(asker.roles):
        for review in queries.reviews_waiting(asker.agency):
            item = review.assessment
            label = _("Answer the review request of %(person)s (round %(round)d/%(year)d)") % {
                "person": item.person.display_name,
                "round": item.round.number,
                "year": item.round.year,
            }
            url = reverse("evaluation:assessment", kwargs={"agency": slug, "pk": item.pk})
            rows.append(TodoRow(WAITING, label, url + "#review", None))
    return rows
