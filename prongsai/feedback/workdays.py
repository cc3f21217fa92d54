"""Working days for answer deadlines and answer times, from the installation's working-day
calendar (prongsai.workdays: Monday to Friday that are not government holidays, the holidays
kept by the site administrator in Django admin).

The module's convention: a question received on a day is due `n` working days after it, and an
answer's time is the working days after the day it arrived up to the day it was answered (0 when
answered the same day).
"""

from datetime import date, timedelta

from prongsai.workdays import calendar


def add_working_days(start: date, days: int) -> date:
    """The day `days` working days after `start` (a question received on Friday with 1 day to
    answer is due on Monday, or on Tuesday when Monday is a holiday)."""
    return calendar.add_working_days(start, days)


def working_days_between(start: date, end: date) -> int:
    """Working days after `start` up to and including `end` (0 when answered the same day)."""
    if end <= start:
        return 0
    return calendar.working_days_between(start + timedelta(days=1), end)
