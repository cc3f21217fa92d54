"""The staff home's to-do list: each module's manifest names one provider that returns plain
rows for a person at an agency — what waits for them, what is overdue, what is due this
week — each a link that opens the thing."""

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from prongsai.accounts.models import User
from prongsai.agencies.models import Agency
from prongsai.agencies.modules import modules

WAITING, OVERDUE, THIS_WEEK = "waiting", "overdue", "week"
GROUPS = {
    WAITING: _("Waiting for you"),
    OVERDUE: _("Overdue"),
    THIS_WEEK: _("Due this week"),
}


@dataclass(frozen=True)
class TodoRow:
    group: str  # WAITING, OVERDUE or THIS_WEEK
    label: str | Promise
    url: str
    due: date | None = None


@dataclass(frozen=True)
class Asker:
    """Who asks, where, when: what a provider needs."""

    user: User
    agency: Agency
    roles: frozenset[str]
    today: date


Provider = Callable[[Asker], Iterable[TodoRow]]


def todo_for(asker: Asker) -> list[tuple[str, str | Promise, list[TodoRow]]]:
    """The non-empty groups in order (waiting, overdue, this week), rows by due date."""
    rows: list[TodoRow] = []
    for module in modules():
        if module.todo is not None:
            rows.extend(module.todo(asker))
    grouped: list[tuple[str, str | Promise, list[TodoRow]]] = []
    for group, title in GROUPS.items():
        members = sorted(
            (row for row in rows if row.group == group), key=lambda row: row.due or date.max
        )
        if members:
            grouped.append((group, title, members))
    return grouped
