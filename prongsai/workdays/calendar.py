"""Working days: Monday to Friday that are not in the holiday table.

Each function asks the database once. Counting convention (used by every caller):
`working_days_between(a, b)` counts the working days from a to b, both included;
`add_working_days(d, n)` is the n-th working day after d (d itself not counted), so the
n-th working day counting a working start day as the first is `add_working_days(start, n - 1)`.
"""

from datetime import date, timedelta

from prongsai.workdays.models import Holiday

SATURDAY = 5


def holidays_between(first: date, last: date) -> set[date]:
    """The holiday dates from `first` to `last`, both included (one query)."""
    return set(
        Holiday.objects.filter(date__gte=first, date__lte=last).values_list("date", flat=True)
    )


def _working(day: date, holidays: set[date]) -> bool:
    return day.weekday() < SATURDAY and day not in holidays


def is_working_day(day: date) -> bool:
    return day.weekday() < SATURDAY and not Holiday.objects.filter(date=day).exists()


def _span(n: int) -> int:
    # Days enough to hold n working days whatever the holidays (Songkran plus weekends).
    return abs(n) * 2 + 21


def add_working_days(day: date, n: int) -> date:
    """The n-th working day after `day` (before it when n is negative); `day` itself for 0."""
    if n == 0:
        return day
    step = timedelta(days=1 if n > 0 else -1)
    span = _span(n)
    while True:
        edge = day + step * span
        holidays = holidays_between(min(day, edge), max(day, edge))
        current, left = day, abs(n)
        for _ in range(span):
            current += step
            if _working(current, holidays):
                left -= 1
                if left == 0:
                    return current
        span *= 2  # a calendar full of holidays: look further


def working_days_between(first: date, last: date) -> int:
    """How many working days from `first` to `last`, both included (0 if last < first)."""
    if last < first:
        return 0
    holidays = holidays_between(first, last)
    return sum(
        1
        for offset in range((last - first).days + 1)
        if _working(first + timedelta(days=offset), holidays)
    )


def next_working_day(day: date) -> date:
    """`day` when it is a working day, else the first working day after it."""
    holidays = holidays_between(day, day + timedelta(days=_span(1)))
    current = day
    while not _working(current, holidays):
        current += timedelta(days=1)
        if current > day + timedelta(days=_span(1)):
            return add_working_days(day, 1)
    return current


def first_working_day_of_month(year: int, month: int) -> date:
    """The first working day of the month (for the annual asset check: October)."""
    return next_working_day(date(year, month, 1))
