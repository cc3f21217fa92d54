"""Changes to a survey's improvement plan: add or change an action, remove it, record progress.

Each owns its transaction and raises a ValidationError (by field) on what a form cannot see.
"""

from datetime import date

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from prongsai.accounts.models import User
from prongsai.agencies.models import Unit
from prongsai.feedback.models import ActionProgress, ImprovementAction, Survey
from prongsai.lib.fiscal import fiscal_year, fiscal_year_bounds
from prongsai.lib.thai import thai_date


def plan_year(survey: Survey) -> int:
    """The fiscal year (B.E.) the plan is for: the one after the year the survey closed in."""
    return fiscal_year(survey.closes_on) + 1


def _check_due(survey: Survey, due_on: date) -> None:
    year = plan_year(survey)
    first, last = fiscal_year_bounds(year)
    if not first <= due_on <= last:
        raise ValidationError(
            {
                "due_on": _(
                    "The plan is for fiscal year %(year)s: type a due date from %(first)s to "
                    "%(last)s."
                )
                % {"year": year, "first": thai_date(first), "last": thai_date(last)}
            }
        )


def save_action(
    *,
    survey: Survey,
    action: ImprovementAction | None,
    title: str,
    detail: str,
    themes: list[str],
    unit: Unit | None,
    owner: str,
    due_on: date,
) -> ImprovementAction:
    """Add an action to the plan (`action` None) or change one."""
    if unit is not None and unit.agency_id != survey.agency_id:
        raise ValidationError({"unit": _("Choose one of the units in the list.")})
    if unit is None and not owner.strip():
        raise ValidationError({"owner": _("Name who is responsible: a unit, a person or both.")})
    _check_due(survey, due_on)
    with transaction.atomic():
        if action is None:
            action = ImprovementAction(survey=survey)
        action.title = title.strip()
        action.detail = detail.strip()
        action.themes = list(dict.fromkeys(themes))
        action.unit = unit
        action.owner = owner.strip()
        action.due_on = due_on
        action.save()
    return action


def delete_action(*, action: ImprovementAction) -> None:
    with transaction.atomic():
        action.delete()


def record_progress(
    *,
    action: ImprovementAction,
    recorded_on: date,
    status: str,
    percent: int,
    note: str,
    by: User | None,
) -> ActionProgress:
    """A progress update; "done" is 100 percent, and a percent of 100 is "done"."""
    if status == ActionProgress.Status.DONE:
        percent = 100
    elif percent >= 100:
        status = ActionProgress.Status.DONE
        percent = 100
    elif status == ActionProgress.Status.PLANNED and percent > 0:
        raise ValidationError(
            {"percent": _("An action not started is 0 percent done: choose “under way”.")}
        )
    with transaction.atomic():
        return ActionProgress.objects.create(
            action=action,
            recorded_on=recorded_on,
            status=status,
            percent=percent,
            note=note.strip(),
            recorded_by=by,
        )
