"""Action plan to-do rows: the director approves a draft plan that has projects and decides
the transfers waiting; the editors start the current fiscal year's plan when there is none
(the OIT asks for it, O11)."""

from collections.abc import Iterable

from django.db.models import Count
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from prongsai.agencies.todo import WAITING, Asker, TodoRow
from prongsai.budget.access import APPROVERS, EDITORS
from prongsai.budget.models import Plan, Transfer
from prongsai.lib.fiscal import current_fiscal_year


def plan_todo(asker: Asker) -> Iterable[TodoRow]:
    if not asker.roles & EDITORS:
        return []
    year = current_fiscal_year(asker.today)
    plans = {
        plan.year: plan
        for plan in Plan.objects.filter(agency=asker.agency, year__in=[year, year + 1]).annotate(
            projects_count=Count("projects")
        )
    }
    slug = asker.agency.slug
    rows = []
    if year not in plans:
        rows.append(
            TodoRow(
                WAITING,
                _("Start the action plan of fiscal year %(year)s") % {"year": year},
                reverse("budget:staff_home", kwargs={"agency": slug}),
            )
        )
    if asker.roles & APPROVERS:
        for plan in sorted(plans.values(), key=lambda p: p.year):
            if not plan.is_approved and plan.projects_count:
                rows.append(
                    TodoRow(
                        WAITING,
                        _("Approve the action plan of %(year)s") % {"year": plan.year},
                        reverse("budget:staff_plan", kwargs={"agency": slug, "year": plan.year}),
                    )
                )
        waiting = (
            Transfer.objects.filter(plan__agency=asker.agency, status=Transfer.Status.PENDING)
            .values_list("plan__year")
            .annotate(count=Count("pk"))
            .order_by("plan__year")
        )
        for plan_year, count in waiting:
            rows.append(
                TodoRow(
                    WAITING,
                    ngettext(
                        "Decide %(count)s transfer between activities (%(year)s)",
                        "Decide %(count)s transfers between activities (%(year)s)",
                        count,
                    )
                    % {"count": count, "year": plan_year},
                    reverse("budget:staff_transfers", kwargs={"agency": slug, "year": plan_year}),
                )
            )
    return rows
