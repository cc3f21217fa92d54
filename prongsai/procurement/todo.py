"""Procurement to-do rows for the asset officer and the director: publish this fiscal year's
procurement plan (agencies quote 30 days from the start of the year: THAI-RULES.md §4.5), and
publish last year's annual report."""

from collections.abc import Iterable
from datetime import timedelta

from django.urls import reverse
from django.utils.translation import gettext as _

from prongsai.agencies.todo import OVERDUE, WAITING, Asker, TodoRow
from prongsai.lib.fiscal import fiscal_year, fiscal_year_bounds
from prongsai.procurement import queries
from prongsai.procurement.access import EDITORS

PLAN_DAYS = 30


def procurement_todo(asker: Asker) -> Iterable[TodoRow]:
    if not asker.roles & EDITORS:
        return []
    rows: list[TodoRow] = []
    year = fiscal_year(asker.today)
    slug = asker.agency.slug
    if queries.published_plan(asker.agency, year) is None:
        due = fiscal_year_bounds(year)[0] + timedelta(days=PLAN_DAYS - 1)
        rows.append(
            TodoRow(
                OVERDUE if asker.today > due else WAITING,
                _("Publish the procurement plan of fiscal year %(year)s") % {"year": year},
                reverse("procurement:staff_year", kwargs={"agency": slug, "year": year}) + "#plan",
                due,
            )
        )
    last = year - 1
    if queries.has_purchases(asker.agency, last) and not queries.published_report(
        asker.agency, last
    ):
        rows.append(
            TodoRow(
                WAITING,
                _("Publish the annual procurement report of fiscal year %(year)s") % {"year": last},
                reverse("procurement:report_edit", kwargs={"agency": slug, "year": last}),
            )
        )
    return rows
