"""What people do with the year's reports (the annual report, O13; the anti-corruption annual
report, O38): the officer writes the narrative and each project's results; the director
publishes once the fiscal year is over. A change to a published report takes it back to a
draft, so the public never reads words the director has not published."""

from __future__ import annotations

from datetime import date

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from prongsai.accounts.models import User
from prongsai.budget.models import Plan, Project, YearReport
from prongsai.lib.fiscal import fiscal_year_bounds


def _approved(plan: Plan) -> None:
    if not plan.is_approved:
        raise ValidationError(
            _("The plan of %(year)s is not approved yet; its reports follow the approved plan.")
            % {"year": plan.year}
        )


@transaction.atomic
def save_year_report(
    *,
    plan: Plan,
    kind: str,
    summary: str,
    problems: str,
    suggestions: str,
    results: dict[int, str],
) -> tuple[YearReport, bool]:
    """Save the narrative and the projects' results (`results`: project pk → text). Returns
    the report and whether it was published before (it is a draft again now)."""
    _approved(plan)
    report, _created = YearReport.objects.select_for_update().get_or_create(plan=plan, kind=kind)
    was_published = report.is_published
    report.summary, report.problems, report.suggestions = summary, problems, suggestions
    report.published_at, report.published_by = None, None
    report.save()
    projects = Project.objects.filter(plan=plan, pk__in=list(results))
    if kind == YearReport.Kind.ANTI_CORRUPTION:
        projects = projects.filter(anti_corruption=True)
    changed = []
    for project in projects:
        text = results[project.pk].strip()
        if project.result != text:
            project.result = text
            changed.append(project)
    Project.objects.bulk_update(changed, ["result"])
    return report, was_published


@transaction.atomic
def publish_year_report(
    *, plan: Plan, kind: str, by: User, today: date | None = None
) -> YearReport:
    """The director publishes: the fiscal year must be over, and the problems and the
    suggestions written (what the OIT item asks for)."""
    _approved(plan)
    today = today or timezone.localdate()
    if today <= fiscal_year_bounds(plan.year)[1]:
        raise ValidationError(
            _(
                "Fiscal year %(year)s is not over yet; the annual report is published after "
                "30 September."
            )
            % {"year": plan.year}
        )
    report = YearReport.objects.select_for_update().filter(plan=plan, kind=kind).first()
    if report is None or not report.problems.strip() or not report.suggestions.strip():
        raise ValidationError(
            _("Write the problems and obstacles and the suggestions before publishing.")
        )
    if report.is_published:
        raise ValidationError(_("The report is already published."))
    report.published_at, report.published_by = timezone.now(), by
    report.save(update_fields=["published_at", "published_by", "updated_at"])
    return report
