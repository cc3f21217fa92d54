"""News to-do rows: for the ITA officer and the director, the drafts others wrote (a unit
head's news) waiting to be published."""

from collections.abc import Iterable

from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from prongsai.agencies.todo import WAITING, Asker, TodoRow
from prongsai.news import queries
from prongsai.news.access import publishes


def news_todo(asker: Asker) -> Iterable[TodoRow]:
    if not publishes(asker.roles):
        return []
    return [
        TodoRow(
            WAITING,
            _("Publish the news draft “%(title)s”") % {"title": item.title},
            reverse("news:staff_edit", kwargs={"agency": asker.agency.slug, "pk": item.pk}),
            timezone.localdate(item.created_at),
        )
        for item in queries.drafts_by_others(asker.agency, asker.user.pk)
    ]
