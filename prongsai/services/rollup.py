"""The monthly rollup of the services (`ServiceMonth`): what an area office's figures are summed
from, so that they never scan the requests of its schools (see docs/benchmarks.md).

One row per service and calendar month (Bangkok time): the counts of the statistics, which add
up, and a histogram of the completion times in whole hours, which is what makes medians of any
group of months or schools possible without the requests. Medians read from summed histograms
(`histogram_median`) have a resolution of one hour: see there.

* `refresh_month` recomputes one row from the requests and walk-ins (the actions call it, in
  their transaction, after every write);
* `rebuild` recomputes every row of some agencies (or all) in bulk: after bulk loads and once
  after upgrading (`manage.py rebuild_service_rollups`).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time
from typing import Any

from django.db import connection, transaction
from django.db.models import Count, F, Q, Sum
from django.db.models.functions import TruncMonth
from django.utils import timezone

from prongsai.services.models import Request, Service, ServiceMonth, WalkIn

__all__ = [
    "LAST_BUCKET",
    "add_histograms",
    "histogram_median",
    "month_of",
    "rebuild",
    "refresh_month",
]

LAST_BUCKET = 240
"""Bucket i counts the completion times in [i, i+1) hours; bucket 240 counts 240 h or more."""
BATCH = 5_000
HOUR = 3600.0


def month_of(moment: datetime | date) -> date:
    """The first day of the calendar month of a moment (in Bangkok time) or of a day."""
    if isinstance(moment, datetime):
        moment = timezone.localtime(moment, timezone.get_default_timezone()).date()
    return moment.replace(day=1)


def _midnight(day: date) -> datetime:
    return timezone.make_aware(datetime.combine(day, time.min), timezone.get_default_timezone())


def _next_month(day: date) -> date:
    return date(day.year + 1, 1, 1) if day.month == 12 else date(day.year, day.month + 1, 1)


def _bucket(seconds: float) -> int:
    return min(LAST_BUCKET, max(0, int(seconds // HOUR)))


def _trim(histogram: list[int]) -> list[int]:
    end = len(histogram)
    while end and not histogram[end - 1]:
        end -= 1
    return histogram[:end]


def add_histograms(total: list[int], other: Sequence[int]) -> None:
    """Add `other` into `total`, in place (either may be shorter: trailing zeros are dropped)."""
    if len(other) > len(total):
        total.extend([0] * (len(other) - len(total)))
    for index, count in enumerate(other):
        if count:
            total[index] += count


def histogram_median(histogram: Sequence[int]) -> float | None:
    """The median completion time, in hours, read from a histogram of whole hours; None when
    it is empty.

    As ``percentile_cont(0.5)``: the value at rank (n - 1) / 2 of the sorted times, interpolated
    between the two middle ones when n is even. Each time is taken where it would be if the c
    times of its bucket [i, i+1) were spread evenly in it: the j-th (from 0) at i + (j + ½) / c
    (linear interpolation inside the bucket); those of the last bucket (240 h or more) at 240.5.

    Resolution: one hour. A time alone in its hour is taken at the middle of the hour, ±0.5 h
    from its true value; with times spread over their hours, as real completion times are, the
    result is within minutes of the exact median; the worst case (all of an hour's times on one
    edge of it) stays under 1 h off. The dashboard shows the hours to one decimal.
    """
    n = sum(histogram)
    if n == 0:
        return None
    rank = (n - 1) / 2
    low = int(rank)
    high = low + 1 if rank > low else low
    return (_value_at(histogram, low) + _value_at(histogram, high)) / 2


def _value_at(histogram: Sequence[int], rank: int) -> float:
    seen = 0
    for hour, count in enumerate(histogram):
        if rank < seen + count:
            return hour + (rank - seen + 0.5) / count
        seen += count
    raise IndexError(rank)  # pragma: no cover -- rank < n always


# --- Keeping the rows ---------------------------------------------------------------------


@dataclass
class _Cell:
    online: int = 0
    at_counter: int = 0
    completed: int = 0
    within: int = 0
    rating_sum: int = 0
    ratings: int = 0
    hours: list[int] = field(default_factory=list)

    def empty(self) -> bool:
        return not (
            self.online or self.at_counter or self.completed or self.ratings or any(self.hours)
        )

    def add_counts(self, row: dict[str, Any]) -> None:
        self.online += int(row["online"])
        self.at_counter += int(row["n"]) - int(row["online"])
        self.completed += int(row["done"])
        self.within += int(row["within"])
        self.rating_sum += int(row["rating_sum"] or 0)
        self.ratings += int(row["ratings"])

    def row(self, agency_id: int, service_id: int, month_start: date) -> ServiceMonth:
        return ServiceMonth(
            agency_id=agency_id,
            service_id=service_id,
            month_start=month_start,
            **self.values(),
        )

    def values(self) -> dict[str, Any]:
        return {
            "received_online": self.online,
            "received_walk_in": self.at_counter,
            "completed": self.completed,
            "within_standard": self.within,
            "rating_sum": self.rating_sum,
            "rating_count": self.ratings,
            "hours": _trim(self.hours),
        }


_DONE = Q(status=Request.Status.DONE)
_TIMED = _DONE & Q(completed_at__isnull=False)
_RATED = Q(rating__gte=1, rating__lte=5)
_COUNTS: dict[str, Any] = {
    "n": Count("pk"),
    "online": Count("pk", filter=Q(channel=Request.Channel.ONLINE)),
    "done": Count("pk", filter=_DONE),
    "within": Count("pk", filter=_TIMED & Q(completed_at__lte=F("due_at"))),
    "rating_sum": Sum("rating", filter=_RATED),
    "ratings": Count("pk", filter=_RATED),
}


def refresh_month(service_id: int, month_start: date) -> None:
    """Recompute the row of one service and month from its requests and walk-ins (a few
    aggregate queries over that service-month); the row goes when nothing is left in it.

    Call it inside the transaction that wrote the request or walk-in: it first locks the
    service's row, so two refreshes of the same service run one after the other and the second
    sees what the first committed (READ COMMITTED).
    """
    month_start = month_start.replace(day=1)
    with transaction.atomic():
        agency_id = (
            Service.objects.select_for_update()
            .filter(pk=service_id)
            .values_list("agency_id", flat=True)
            .first()
        )
        if agency_id is None:
            return
        first, after = _midnight(month_start), _midnight(_next_month(month_start))
        requests = Request.objects.filter(
            service_id=service_id, received_at__gte=first, received_at__lt=after
        )
        cell = _Cell()
        cell.add_counts(requests.order_by().aggregate(**_COUNTS))
        walk_ins = WalkIn.objects.filter(
            service_id=service_id,
            served_on__gte=month_start,
            served_on__lt=_next_month(month_start),
        ).aggregate(n=Sum("count"))["n"]
        cell.at_counter += int(walk_ins or 0)
        cell.completed += int(walk_ins or 0)
        histogram = [0] * (LAST_BUCKET + 1)
        for received_at, completed_at in requests.filter(_TIMED).values_list(
            "received_at", "completed_at"
        ):
            assert completed_at is not None  # the query asks for completed_at set
            histogram[_bucket((completed_at - received_at).total_seconds())] += 1
        cell.hours = histogram
        if cell.empty():
            ServiceMonth.objects.filter(service_id=service_id, month_start=month_start).delete()
            return
        ServiceMonth.objects.update_or_create(
            service_id=service_id,
            month_start=month_start,
            defaults={"agency_id": agency_id, **cell.values()},
        )


def rebuild(agency_ids: Iterable[int] | None = None) -> int:
    """Recompute every row of the agencies' services (of every agency when None) in bulk: one
    grouped query for the request counts, one for the walk-ins, one for the histograms (in SQL
    on PostgreSQL, from the durations elsewhere), then the rows replaced in batches. Returns
    the number of rows written."""
    ids = None if agency_ids is None else list(agency_ids)
    tz = timezone.get_default_timezone()
    services = Service.objects.all() if ids is None else Service.objects.filter(agency_id__in=ids)
    agency_of = dict(services.values_list("pk", "agency_id"))
    requests, walk_ins = Request.objects.all(), WalkIn.objects.all()
    if ids is not None:
        requests = requests.filter(service__agency_id__in=ids)
        walk_ins = walk_ins.filter(service__agency_id__in=ids)
    cells: dict[tuple[int, date], _Cell] = defaultdict(_Cell)
    with transaction.atomic():
        counted = (
            requests.order_by()
            .values("service_id", month=TruncMonth("received_at", tzinfo=tz))
            .annotate(**_COUNTS)
        )
        for row in counted:
            cells[row["service_id"], month_of(row["month"])].add_counts(row)
        walked = (
            walk_ins.order_by()
            .values("service_id", month=TruncMonth("served_on"))
            .annotate(n=Sum("count"))
        )
        for row in walked:
            cell = cells[row["service_id"], month_of(row["month"])]
            cell.at_counter += int(row["n"])
            cell.completed += int(row["n"])
        for service_id, month, hour, count in _histograms(ids):
            cell = cells[service_id, month]
            if len(cell.hours) <= hour:
                cell.hours.extend([0] * (hour + 1 - len(cell.hours)))
            cell.hours[hour] += count
        old = ServiceMonth.objects.all()
        if ids is not None:
            old = old.filter(service_id__in=list(agency_of))
        old.delete()
        rows = [
            cell.row(agency_of[service_id], service_id, month)
            for (service_id, month), cell in sorted(cells.items())
            if service_id in agency_of and not cell.empty()
        ]
        ServiceMonth.objects.bulk_create(rows, batch_size=BATCH)
    return len(rows)


_HISTOGRAM_SQL = """
SELECT r.service_id,
       (date_trunc('month', r.received_at AT TIME ZONE %(tz)s))::date,
       LEAST(%(last)s, GREATEST(0, floor(EXTRACT(EPOCH FROM r.completed_at - r.received_at)
                                         / 3600)))::int,
       count(*)
FROM {request} r JOIN {service} s ON s.id = r.service_id
WHERE r.status = %(done)s AND r.completed_at IS NOT NULL {agencies}
GROUP BY 1, 2, 3
"""


def _histograms(ids: list[int] | None) -> list[tuple[int, date, int, int]]:
    """(service, month, hour bucket, count) of the done requests with a completion time."""
    if connection.vendor == "postgresql":
        sql = _HISTOGRAM_SQL.format(
            request=Request._meta.db_table,
            service=Service._meta.db_table,
            agencies="" if ids is None else "AND s.agency_id = ANY(%(ids)s)",
        )
        params = {
            "tz": str(timezone.get_default_timezone()),
            "last": LAST_BUCKET,
            "done": Request.Status.DONE,
            "ids": ids,
        }
        with connection.cursor() as cursor:
            cursor.execute(sql, params)  # type: ignore[arg-type]  # ids: a tuple of ints
            return [(int(a), b, int(c), int(d)) for a, b, c, d in cursor.fetchall()]
    timed = Request.objects.filter(_TIMED)
    if ids is not None:
        timed = timed.filter(service__agency_id__in=ids)
    counts: dict[tuple[int, date, int], int] = defaultdict(int)
    for service_id, received_at, completed_at in timed.values_list(
        "service_id", "received_at", "completed_at"
    ):
        assert completed_at is not None
        seconds = (completed_at - received_at).total_seconds()
        counts[service_id, month_of(received_at), _bucket(seconds)] += 1
    return [(service, month, hour, count) for (service, month, hour), count in counts.items()]
