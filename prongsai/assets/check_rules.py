"""The rules of the annual asset check (ข้อ 213), as plain functions.

- The head of the agency appoints the committee in the last month of the fiscal year; its
  members are not supply officers (ซึ่งมิใช่เจ้าหน้าที่พัสดุ): an asset officer is refused.
  Decided here: the director who appoints (and receives the report) is not a member either.
- The check covers the fiscal year (1 October – 30 September) and the assets held at
  30 September; it starts on the first working day of October and the report reaches the
  director within 30 working days, the first day counted as day one.
"""

from collections.abc import Iterable
from datetime import date

from django.utils.translation import gettext as _

from prongsai.lib.fiscal import fiscal_year, fiscal_year_bounds
from prongsai.workdays import calendar

REPORT_WITHIN = 30  # working days, ข้อ 213


def period(year_be: int) -> tuple[date, date]:
    """The period the check covers: 1 October of the year before – 30 September."""
    return fiscal_year_bounds(year_be)


def as_at(year_be: int) -> date:
    """The day the count is taken at: 30 September of the fiscal year."""
    return period(year_be)[1]


def starts_on(year_be: int) -> date:
    """The first working day of the October after the fiscal year."""
    end = as_at(year_be)
    return calendar.first_working_day_of_month(end.year, 10)


def due_on(start: date) -> date:
    """The last day for the report: the 30th working day counting the start day."""
    return calendar.add_working_days(calendar.next_working_day(start), REPORT_WITHIN - 1)


def year_to_appoint(today: date) -> int:
    """The fiscal year a new committee checks: the one ending this September, or, from
    October to December, the one that has just ended."""
    year = fiscal_year(today)
    return year - 1 if today.month >= 10 else year


def committee_errors(
    *,
    chair: int | None,
    members: Iterable[int],
    secretary: int | None,
    officers: set[int],
    appointer: int | None,
    names: dict[int, str],
) -> dict[str, str]:
    """{form field: what to fix}; empty when the committee may be appointed."""
    errors: dict[str, str] = {}
    members = list(members)
    if chair is None:
        errors["chair"] = _("Choose the chair of the committee.")
    people = [("chair", chair), ("secretary", secretary)] + [("members", pk) for pk in members]
    seen: set[int] = set()
    for field, pk in people:
        if pk is None:
            continue
        if pk in officers:
            errors.setdefault(
                field,
                _(
                    "%(name)s is an asset officer. ข้อ 213: the checkers must not be supply "
                    "officers; choose someone else."
                )
                % {"name": names.get(pk, "")},
            )
        elif appointer is not None and pk == appointer:
            errors.setdefault(
                field,
                _("The director appoints the committee and receives its report; choose a teacher."),
            )
        elif pk in seen:
            errors.setdefault(
                field,
                _("%(name)s is named twice; each person has one place on the committee.")
                % {"name": names.get(pk, "")},
            )
        seen.add(pk)
    return errors


def recording_error(*, starts: date, reported: bool, today: date) -> str:
    """Why results cannot be recorded now, or ""."""
    if reported:
        return _("The report has been sent; the results can no longer change.")
    if today < starts:
        return _("The check starts on the first working day of October; record results from then.")
    return ""


def report_error(*, unchecked: int) -> str:
    if unchecked:
        return _(
            "Assets with no result yet: %(count)s. Record every asset before sending the report."
        ) % {"count": unchecked}
    return ""
