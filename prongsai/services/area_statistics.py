"""The service statistics of an area office: its schools summed from their monthly rollups
(`ServiceMonth`) and ranked, and `figures_for`, the figures of any agency that the dashboard,
its downloads and the API all read.

An area office reads none of its schools' requests: its figures are summed from the monthly
rollup (`ServiceMonth`, prongsai/services/rollup.py), one row per service and month, in two
queries whatever the number of requests. Its counts are exact; its medians (per school, month,
quarter and in total) are read from the summed hour histograms, to within the histograms'
one-hour resolution (`rollup.histogram_median`).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from django.core.cache import cache
from django.utils import timezone

from prongsai.agencies.models import Agency
from prongsai.agencies.queries import agencies_below
from prongsai.lib.fiscal import (
    QUARTERS,
    fiscal_month_order,
    fiscal_year_bounds,
    month_label,
    quarter_bounds,
    quarter_label,
    quarter_of_month,
)
from prongsai.services.models import Service, ServiceMonth
from prongsai.services.rollup import add_histograms, histogram_median
from prongsai.services.statistics import (
    Figures,
    MonthRow,
    QuarterRow,
    ServiceRow,
    ServiceStatistics,
    service_statistics,
)

__all__ = ["OFFICE_CACHE_SECONDS", "AreaRanking", "RankRow", "area_ranking", "figures_for"]

OFFICE_CACHE_SECONDS = 300
"""How long an area office's figures are kept (see `figures_for`)."""


def _compute_from_rollups(
    ids: Sequence[int], year_be: int, quarter: int | None, today: date | None
) -> ServiceStatistics:
    """The statistics of some agencies summed from their monthly rollups, with the figures per
    agency (`by_agency`) and without the services' medians, as `_compute(by_agency=True)`
    would return them from the requests: two queries (the services, the months)."""
    ids = tuple(ids)
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
    services = list(
        Service.objects.filter(agency_id__in=ids, audience=Service.Audience.PUBLIC)
        .order_by("agency_id", "order", "name", "pk")
        .values_list("pk", "agency_id", "name", "promised_days", "is_active")
    )
    public = {pk for pk, *_rest in services}
    by_service: dict[int, Figures] = defaultdict(Figures)
    by_month: dict[int, Figures] = defaultdict(Figures)
    by_agency: dict[int, Figures] = {pk: Figures() for pk in ids}
    hours_of_agency: dict[int, list[int]] = defaultdict(list)
    hours_of_month: dict[int, list[int]] = defaultdict(list)
    rows = ServiceMonth.objects.filter(
        agency_id__in=ids, month_start__gte=start.replace(day=1), month_start__lte=end
    ).values_list(
        "service_id",
        "agency_id",
        "month_start",
        "received_online",
        "received_walk_in",
        "completed",
        "within_standard",
        "rating_sum",
        "rating_count",
        "hours",
    )
    for service_id, agency_id, month_start, online, at_counter, *counts, hours in rows:
        if service_id not in public:
            continue  # staff-only: off the public statistics
        completed, within, rating_sum, ratings = counts
        figures = Figures(
            online=online,
            at_counter=at_counter,
            completed=completed,
            timed=sum(hours),
            within_standard=within,
            rating_sum=rating_sum,
            ratings=ratings,
        )
        by_service[service_id].add(figures)
        by_month[month_start.month].add(figures)
        if agency_id in by_agency:
            by_agency[agency_id].add(figures)
        add_histograms(hours_of_agency[agency_id], hours)
        add_histograms(hours_of_month[month_start.month], hours)

    service_rows: list[ServiceRow] = []
    total = Figures()
    for pk, agency_id, name, promised_days, is_active in services:
        figures = by_service.get(pk, Figures())
        total.add(figures)
        if is_active or figures.received:
            service_rows.append(ServiceRow(pk, agency_id, name, promised_days, is_active, figures))
    for pk, figures in by_agency.items():
        figures.median_hours = histogram_median(hours_of_agency.get(pk, []))
    month_rows = []
    quarter_figures = {number: Figures() for number in quarters}
    quarter_hours: dict[int, list[int]] = {number: [] for number in quarters}
    total_hours: list[int] = []
    for year, month in months:
        figures = by_month.get(month, Figures())
        histogram = hours_of_month.get(month, [])
        figures.median_hours = histogram_median(histogram)
        quarter_figures[quarter_of_month(month)].add(figures)
        add_histograms(quarter_hours[quarter_of_month(month)], histogram)
        add_histograms(total_hours, histogram)
        month_rows.append(MonthRow(year, month, month_label(year, month), figures))
    total.median_hours = histogram_median(total_hours)
    quarter_rows = []
    for number in quarters:
        figures = quarter_figures[number]
        figures.median_hours = histogram_median(quarter_hours[number])
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
        by_agency=by_agency,
    )


@dataclass(frozen=True)
class RankRow:
    rank: int
    """1 for the best; schools with the same share and the same mean share their rank."""
    agency: Agency
    figures: Figures


@dataclass(frozen=True)
class AreaRanking:
    office: Agency
    rows: list[RankRow]
    """The schools below the office, best first."""
    total: Figures
    """The office total: the sum of its schools (and the median over all their requests)."""
    statistics: ServiceStatistics
    """The schools' figures together, by month and quarter (and by service, but without the
    services' medians: an area's figures are per school)."""


def _rank_key(row: tuple[Agency, Figures]) -> tuple[bool, float, bool, float, str]:
    """Share within the standard, then mean satisfaction, both highest first; schools without a
    figure after those with one; then by name."""
    agency, figures = row
    share, mean = figures.within_standard_share, figures.mean_rating
    return (share is None, -(share or 0.0), mean is None, -(mean or 0.0), agency.name_th)


def area_ranking(
    office: Agency, year_be: int, quarter: int | None = None, *, today: date | None = None
) -> AreaRanking:
    """The schools (every active agency) below `office`, each with its totals, ranked by the
    share completed within the standard, then by mean satisfaction; and the office total, which
    is the sum of the schools (the office's own services are not in it).

    Read from the schools' monthly rollups (`ServiceMonth`), not from their requests: the
    medians are the histograms' (to about an hour; see `rollup.histogram_median`)."""
    schools = list(agencies_below(office).order_by("name_th", "pk"))
    stats = _compute_from_rollups([school.pk for school in schools], year_be, quarter, today)
    ordered = sorted(((school, stats.by_agency[school.pk]) for school in schools), key=_rank_key)
    rows: list[RankRow] = []
    for position, (school, figures) in enumerate(ordered, start=1):
        previous = rows[-1] if rows else None
        same = previous is not None and (
            previous.figures.within_standard_share == figures.within_standard_share
            and previous.figures.mean_rating == figures.mean_rating
        )
        rank = previous.rank if same and previous is not None else position
        rows.append(RankRow(rank, school, figures))
    return AreaRanking(office=office, rows=rows, total=stats.total, statistics=stats)


def figures_for(
    agency: Agency, year: int, quarter: int | None
) -> tuple[ServiceStatistics, AreaRanking | None]:
    """The statistics of an agency, or of an area office's schools with their ranking.

    An area's figures are summed from its schools' monthly rollups (`ServiceMonth`), not from
    their requests (see docs/benchmarks.md); they are still kept in the cache for
    OFFICE_CACHE_SECONDS, so a repeat view costs nothing. A school's own figures are read from
    its requests and always fresh.
    """
    if agency.kind != Agency.Kind.AREA_OFFICE:
        return service_statistics([agency.pk], year, quarter), None
    today = timezone.localdate()
    key = f"services:area-ranking:{agency.pk}:{year}:{quarter or 0}:{today.isoformat()}"
    ranking = cache.get(key)
    if not isinstance(ranking, AreaRanking):
        ranking = area_ranking(agency, year, quarter, today=today)
        cache.set(key, ranking, OFFICE_CACHE_SECONDS)
    return ranking.statistics, ranking
