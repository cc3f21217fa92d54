"""Service statistics of one agency (or of the schools of an area office) for a fiscal year or
one of its quarters: the public usage dashboard and the ITA evidence on service statistics
(ข้อมูลเชิงสถิติการให้บริการ, O16 in 2566).

What is counted (reads only):

* received: the requests received in the period (by ``received_at``, local time, any channel)
  plus the people served at the counter logged as walk-ins (by ``served_on``);
* online share: requests made online ÷ everything received (walk-in requests and walk-in
  counts are "at the counter");
* completed: the period's requests whose status is done, plus the walk-ins (served on the spot);
* median completion time, in hours, from ``received_at`` to ``completed_at``, and the share
  completed within the standard (``completed_at <= due_at``): over the done requests that have
  a completion time (walk-ins have none);
* satisfaction: the mean of the ratings (1–5) given to the period's requests, and how many.

Every figure is about the requests *received* in the period (a cohort), so a month's row says
what became of that month's requests. Only services for the public count: staff-only services
are internal and stay off the public statistics.

A bounded number of queries whatever the number of rows: the services, one grouped aggregate of
the requests by service and month, one of the walk-ins by service and month, and the medians.
On PostgreSQL the medians are ``percentile_cont(0.5) WITHIN GROUP (ORDER BY …)`` (the `Median`
aggregate below): one query grouped by service, one with a FILTERed median per month and per
quarter, and for an area office's ranking one grouped by school. Other databases (SQLite) get
the durations of the period's completed requests in one query and take the medians in Python,
which is fine for the small data a single school's SQLite holds.

An area office's figures come from the monthly rollup instead: see `services.area_statistics`.

Labels (months, quarters) are Thai whatever the visitor's language, like the complaint
statistics: they end up in an official Thai document.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any

from django.db import connection, transaction
from django.db.models import Aggregate, Count, DurationField, ExpressionWrapper, F, Q, QuerySet, Sum
from django.db.models.expressions import CombinedExpression
from django.db.models.functions import ExtractMonth
from django.utils import timezone

from prongsai.lib.fiscal import (
    QUARTERS,
    fiscal_month_order,
    fiscal_year_bounds,
    median,
    month_label,
    quarter_bounds,
    quarter_label,
    quarter_of_month,
)
from prongsai.services.models import Request, Service, WalkIn

__all__ = [
    "QUARTERS",
    "Figures",
    "Median",
    "MonthRow",
    "QuarterRow",
    "ServiceRow",
    "ServiceStatistics",
    "month_label",
    "quarter_label",
    "service_statistics",
    "uses_percentile",
]

HOUR = 3600.0


class Median(Aggregate):
    """The median as PostgreSQL computes it: ``percentile_cont(0.5) WITHIN GROUP (ORDER BY x)``.

    An ordered-set aggregate; Django's FILTER clause (``filter=Q(...)``) wraps it as
    ``percentile_cont(0.5) WITHIN GROUP (ORDER BY x) FILTER (WHERE …)``. PostgreSQL only; on an
    interval it returns an interval (a ``timedelta``), interpolating between the two middle
    values of an even count as `statistics.median` does.
    """

    function = "percentile_cont"
    name = "Median"
    template = "%(function)s(0.5) WITHIN GROUP (ORDER BY %(expressions)s)"
    allow_distinct = False


def uses_percentile() -> bool:
    """Whether the medians are computed by the database (PostgreSQL) or in Python."""
    return connection.vendor == "postgresql"


@contextmanager
def _analytic() -> Iterator[None]:
    """On PostgreSQL, run the statistics in a transaction with JIT compilation off: on these
    one-pass aggregates over a few hundred thousand rows, compiling costs more (15-70 ms a
    query) than it saves. Elsewhere, nothing."""
    if connection.vendor != "postgresql":
        yield
        return
    with transaction.atomic():
        with connection.cursor() as cursor:
            cursor.execute("SET LOCAL jit = off")
        yield


# --- The figures ------------------------------------------------------------------------------


@dataclass
class Figures:
    """The counts of one row (a service, a month, a quarter, a school or the total).

    The counts add up across rows; the median does not and is computed for each row itself.
    """

    online: int = 0
    """Requests made online."""
    at_counter: int = 0
    """Requests made at the counter plus the walk-ins logged."""
    completed: int = 0
    """Requests done plus walk-ins."""
    timed: int = 0
    """Done requests with a completion time: the base of the median and of the standard."""
    within_standard: int = 0
    """Timed requests completed by their due time."""
    rating_sum: int = 0
    ratings: int = 0
    median_hours: float | None = None
    """Median hours from receipt to completion over the timed requests; None without any."""

    @property
    def received(self) -> int:
        return self.online + self.at_counter

    @property
    def online_share(self) -> float | None:
        """Online ÷ received (0–1); None when nothing was received."""
        return self.online / self.received if self.received else None

    @property
    def within_standard_share(self) -> float | None:
        """Completed within the standard ÷ timed (0–1); None when nothing was timed."""
        return self.within_standard / self.timed if self.timed else None

    @property
    def mean_rating(self) -> float | None:
        """Mean satisfaction (1–5); None without ratings."""
        return self.rating_sum / self.ratings if self.ratings else None

    def add(self, other: Figures) -> None:
        """Add the counts of another row (not its median)."""
        self.online += other.online
        self.at_counter += other.at_counter
        self.completed += other.completed
        self.timed += other.timed
        self.within_standard += other.within_standard
        self.rating_sum += other.rating_sum
        self.ratings += other.ratings

    def as_dict(self) -> dict[str, Any]:
        """The figures as plain data (the API, the CSV)."""
        return {
            "received": self.received,
            "online": self.online,
            "at_counter": self.at_counter,
            "online_share": self.online_share,
            "completed": self.completed,
            "timed": self.timed,
            "median_hours": self.median_hours,
            "within_standard": self.within_standard,
            "within_standard_share": self.within_standard_share,
            "ratings": self.ratings,
            "mean_rating": self.mean_rating,
        }


@dataclass(frozen=True)
class ServiceRow:
    id: int
    agency_id: int
    name: str
    promised_days: int
    is_active: bool
    figures: Figures

    @property
    def promised_hours(self) -> int:
        return self.promised_days * 24


@dataclass(frozen=True)
class MonthRow:
    year: int
    """CE year of the month."""
    month: int
    label: str
    """"ต.ค. 2567": the month and its B.E. year."""
    figures: Figures


@dataclass(frozen=True)
class QuarterRow:
    quarter: int
    label: str
    """"ไตรมาส 1 (ต.ค.–ธ.ค. 2567)"."""
    figures: Figures


@dataclass(frozen=True)
class ServiceStatistics:
    """The figures of some agencies' public services over a fiscal year or one quarter."""

    agency_ids: tuple[int, ...]
    fiscal_year: int
    quarter: int | None
    """None for the whole fiscal year."""
    start: date
    end: date
    """Inclusive first and last days of the period."""
    as_of: date
    services: list[ServiceRow]
    """Every public service of the agencies that is open or was used in the period, in the
    catalogue's order (agency, order, name)."""
    months: list[MonthRow]
    """The period's months in fiscal order, October first; zeros included."""
    quarters: list[QuarterRow]
    """The period's quarters (all four, or the one asked for)."""
    total: Figures
    by_agency: dict[int, Figures] = field(default_factory=dict)
    """Per agency (counts and medians), only for an area (`area_ranking`, read from the monthly
    rollup), whose services then go without their medians."""


def _local_midnight(day: date) -> datetime:
    return timezone.make_aware(datetime.combine(day, time.min), timezone.get_default_timezone())


def _next_month(year: int, month: int) -> date:
    return date(year + 1, 1, 1) if month == 12 else date(year, month + 1, 1)


def _hours(value: timedelta | None) -> float | None:
    return None if value is None else value.total_seconds() / HOUR


# --- The medians ------------------------------------------------------------------------------


@dataclass
class _Medians:
    by_service: dict[int, float | None] = field(default_factory=dict)
    by_agency: dict[int, float | None] = field(default_factory=dict)
    by_month: dict[int, float | None] = field(default_factory=dict)
    by_quarter: dict[int, float | None] = field(default_factory=dict)
    total: float | None = None


def _duration() -> ExpressionWrapper[CombinedExpression]:
    return ExpressionWrapper(F("completed_at") - F("received_at"), output_field=DurationField())


def _percentile_medians(
    timed: QuerySet[Request],
    months: Sequence[tuple[int, int]],
    quarters: Sequence[int],
    year_be: int,
    *,
    by_agency: bool,
) -> _Medians:
    """The medians computed by PostgreSQL: one query grouped by service (or, for an area, by
    school), and one with the total and a FILTERed median per month and per quarter."""
    medians = _Medians()
    duration = _duration()
    key = "agency_id" if by_agency else "service_id"
    grouped = medians.by_agency if by_agency else medians.by_service
    for row in timed.values(key).annotate(m=Median(duration)).order_by():
        grouped[row[key]] = _hours(row["m"])
    period: dict[str, Any] = {"total": Median(duration)}
    for year, month in months:
        first = _local_midnight(date(year, month, 1))
        after = _local_midnight(_next_month(year, month))
        window = Q(received_at__gte=first, received_at__lt=after)
        period[f"m{month}"] = Median(duration, filter=window)
    if len(quarters) > 1:
        for quarter in quarters:
            first_day, last_day = quarter_bounds(year_be, quarter)
            window = Q(
                received_at__gte=_local_midnight(first_day),
                received_at__lt=_local_midnight(last_day + timedelta(days=1)),
            )
            period[f"q{quarter}"] = Median(duration, filter=window)
    values = timed.order_by().aggregate(**period)
    medians.total = _hours(values["total"])
    for _year, month in months:
        medians.by_month[month] = _hours(values[f"m{month}"])
    for quarter in quarters:
        name = f"q{quarter}"
        medians.by_quarter[quarter] = _hours(values[name]) if name in values else medians.total
    return medians


def _python_medians(timed: QuerySet[Request], *, by_agency: bool) -> _Medians:
    """The medians taken in Python from the durations of the period's completed requests (one
    query): the fallback for databases without percentile_cont (SQLite)."""
    by_service: dict[int, list[float]] = defaultdict(list)
    by_agency_values: dict[int, list[float]] = defaultdict(list)
    by_month: dict[int, list[float]] = defaultdict(list)
    by_quarter: dict[int, list[float]] = defaultdict(list)
    every: list[float] = []
    tz = timezone.get_default_timezone()
    rows = timed.order_by().values_list("service_id", "agency_id", "received_at", "completed_at")
    for service_id, agency_id, received_at, completed_at in rows:
        assert completed_at is not None  # the query asks for completed_at set
        hours = (completed_at - received_at).total_seconds() / HOUR
        month = received_at.astimezone(tz).month
        by_service[service_id].append(hours)
        by_agency_values[agency_id].append(hours)
        by_month[month].append(hours)
        by_quarter[quarter_of_month(month)].append(hours)
        every.append(hours)
    grouped = by_agency_values if by_agency else by_service
    medians = {key: median(values) for key, values in grouped.items()}
    return _Medians(
        by_service={} if by_agency else medians,
        by_agency=medians if by_agency else {},
        by_month={key: median(values) for key, values in by_month.items()},
        by_quarter={key: median(values) for key, values in by_quarter.items()},
        total=median(every),
    )


# --- The statistics ---------------------------------------------------------------------------


def _counts(row: dict[str, Any]) -> Figures:
    n = int(row["n"])
    online = int(row["online"])
    return Figures(
        online=online,
        at_counter=n - online,
        completed=int(row["done"]),
        timed=int(row["timed"]),
        within_standard=int(row["within"]),
        rating_sum=int(row["rating_sum"] or 0),
        ratings=int(row["ratings"]),
    )


def _compute(
    agency_ids: Iterable[int],
    year_be: int,
    quarter: int | None,
    *,
    by_agency: bool,
    service_ids: Iterable[int] | None,
    today: date | None,
) -> ServiceStatistics:
    ids = tuple(agency_ids)
    if quarter is None:
        start, end = fiscal_year_bounds(year_be)
        quarters: tuple[int, ...] = QUARTERS
    else:
        start, end = quarter_bounds(year_be, quarter)  # ValueError for anything but 1-4
        quarters = (quarter,)
    months = [
        (year, month)
        for year, month in fiscal_month_order(year_be)
        if start <= date(year, month, 1) <= end
    ]
    tz = timezone.get_default_timezone()

    catalogue = Service.objects.filter(agency_id__in=ids)
    if service_ids is not None:
        catalogue = catalogue.filter(pk__in=list(service_ids))
    services = list(
        catalogue.order_by("agency_id", "order", "name", "pk").values_list(
            "pk", "agency_id", "name", "promised_days", "is_active", "audience"
        )
    )
    staff_only = [pk for pk, *_rest, audience in services if audience != Service.Audience.PUBLIC]
    requests = Request.objects.filter(
        agency_id__in=ids,
        received_at__gte=_local_midnight(start),
        received_at__lt=_local_midnight(end + timedelta(days=1)),
    )
    walk_ins = WalkIn.objects.filter(agency_id__in=ids, served_on__range=(start, end))
    if service_ids is not None:
        wanted = [pk for pk, *_rest in services]
        requests = requests.filter(service_id__in=wanted)
        walk_ins = walk_ins.filter(service_id__in=wanted)
    if staff_only:
        requests = requests.exclude(service_id__in=staff_only)
        walk_ins = walk_ins.exclude(service_id__in=staff_only)

    done = Q(status=Request.Status.DONE)
    timed_q = done & Q(completed_at__isnull=False)
    rated = Q(rating__gte=1, rating__lte=5)
    by_service: dict[int, Figures] = defaultdict(Figures)
    by_month: dict[int, Figures] = defaultdict(Figures)
    cells = (
        requests.order_by()
        .values("service_id", month=ExtractMonth("received_at", tzinfo=tz))
        .annotate(
            n=Count("pk"),
            online=Count("pk", filter=Q(channel=Request.Channel.ONLINE)),
            done=Count("pk", filter=done),
            timed=Count("pk", filter=timed_q),
            within=Count("pk", filter=timed_q & Q(completed_at__lte=F("due_at"))),
            rating_sum=Sum("rating", filter=rated),
            ratings=Count("pk", filter=rated),
        )
    )
    for row in cells:
        figures = _counts(row)
        by_service[row["service_id"]].add(figures)
        by_month[row["month"]].add(figures)
    walk_in_cells = (
        walk_ins.order_by()
        .values("service_id", month=ExtractMonth("served_on"))
        .annotate(n=Sum("count"))
    )
    for row in walk_in_cells:
        counted = Figures(at_counter=int(row["n"]), completed=int(row["n"]))
        by_service[row["service_id"]].add(counted)
        by_month[row["month"]].add(counted)

    timed = requests.filter(timed_q)
    if uses_percentile():
        medians = _percentile_medians(timed, months, quarters, year_be, by_agency=by_agency)
    else:
        medians = _python_medians(timed, by_agency=by_agency)

    service_rows: list[ServiceRow] = []
    total = Figures(median_hours=medians.total)
    agencies: dict[int, Figures] = {}
    if by_agency:
        agencies = {pk: Figures(median_hours=medians.by_agency.get(pk)) for pk in ids}
    for pk, agency_id, name, promised_days, is_active, audience in services:
        if audience != Service.Audience.PUBLIC:
            continue
        figures = by_service.get(pk, Figures())
        figures.median_hours = medians.by_service.get(pk)
        total.add(figures)
        if by_agency:
            agencies[agency_id].add(figures)
        if is_active or figures.received:
            service_rows.append(ServiceRow(pk, agency_id, name, promised_days, is_active, figures))
    month_rows = []
    quarter_figures = {quarter: Figures() for quarter in quarters}
    for year, month in months:
        figures = by_month.get(month, Figures())
        figures.median_hours = medians.by_month.get(month)
        quarter_figures[quarter_of_month(month)].add(figures)
        month_rows.append(MonthRow(year, month, month_label(year, month), figures))
    quarter_rows = []
    for number in quarters:
        figures = quarter_figures[number]
        figures.median_hours = medians.by_quarter.get(number)
        quarter_rows.append(QuarterRow(number, quarter_label(year_be, number), figures))
    return ServiceStatistics(
        agency_ids=ids,
        fiscal_year=year_be,
        quarter=quarter,
        start=start,
        end=end,
        as_of=today if today is not None else timezone.localdate(),
        services=service_rows,
        months=month_rows,
        quarters=quarter_rows,
        total=total,
        by_agency=agencies,
    )


def service_statistics(
    agency_ids: list[int],
    year_be: int,
    quarter: int | None = None,
    *,
    service_ids: list[int] | None = None,
    today: date | None = None,
) -> ServiceStatistics:
    """The statistics of the agencies' public services for fiscal year `year_be` (B.E.), or
    for one of its quarters (1 = October–December … 4 = July–September); `service_ids` narrows
    them to some services of those agencies (one service's page).

    Raises ValueError for a quarter other than None or 1-4.
    """
    with _analytic():
        return _compute(
            agency_ids, year_be, quarter, by_agency=False, service_ids=service_ids, today=today
        )
