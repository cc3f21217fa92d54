"""Service statistics (ITA O16): the figures on small hand-made data, on SQLite (medians in
Python) and on PostgreSQL (percentile_cont), the area office's ranking, and a bounded number of
queries. The helpers here are shared with the dashboard and API tests."""

import itertools
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from prongsai.agencies.models import Agency
from prongsai.services import rollup
from prongsai.services import statistics as stats_module
from prongsai.services.area_statistics import area_ranking
from prongsai.services.models import Request, Service, WalkIn
from prongsai.services.statistics import service_statistics
from tests.factories import AgencyFactory

pytestmark = pytest.mark.django_db

TZ = ZoneInfo("Asia/Bangkok")
YEAR = 2567  # 1 October 2023 - 30 September 2024
DONE = Request.Status.DONE
ONLINE = Request.Channel.ONLINE
COUNTER = Request.Channel.WALK_IN

_tracking = itertools.count(1)


def at(year: int, month: int, day: int, hour: int = 9, minute: int = 0) -> datetime:
    """A moment in Bangkok time."""
    return datetime(year, month, day, hour, minute, tzinfo=TZ)


def make_service(agency: Agency, name: str = "ขอใบรับรองผลการเรียน", **kwargs) -> Service:
    kwargs.setdefault("promised_days", 3)
    return Service.objects.create(agency=agency, name=name, **kwargs)


def make_request(
    service: Service,
    received_at: datetime,
    *,
    hours: float | None = None,
    status: str | None = None,
    channel: str = ONLINE,
    rating: int | None = None,
    due_hours: float | None = None,
) -> Request:
    """A request; `hours` after receipt it was completed (status done unless given)."""
    due = received_at + (
        timedelta(hours=due_hours)
        if due_hours is not None
        else timedelta(days=service.promised_days)
    )
    completed = None if hours is None else received_at + timedelta(hours=hours)
    request = Request.objects.create(
        agency=service.agency,
        service=service,
        tracking=f"T{next(_tracking):09d}",
        channel=channel,
        status=status or (DONE if hours is not None else Request.Status.RECEIVED),
        requester_name="ผู้ขอรับบริการ",
        received_at=received_at,
        due_at=due,
        completed_at=completed,
        rating=rating,
    )
    # As the actions do: the monthly rollup an area office's figures are read from.
    rollup.refresh_month(service.pk, rollup.month_of(received_at))
    return request


def make_walk_in(service: Service, served_on: date, count: int) -> WalkIn:
    walk_in = WalkIn.objects.create(
        agency=service.agency, service=service, served_on=served_on, count=count
    )
    rollup.refresh_month(service.pk, rollup.month_of(served_on))
    return walk_in


@pytest.fixture(params=["database", "python"])
def median_path(request, monkeypatch):
    """Run a test with the medians PostgreSQL computes (percentile_cont) and with the Python
    fallback; the database path exists only on PostgreSQL."""
    if request.param == "database":
        if connection.vendor != "postgresql":
            pytest.skip("percentile_cont needs PostgreSQL (run with DATABASE_URL=postgres://…)")
    else:
        monkeypatch.setattr(stats_module, "uses_percentile", lambda: False)
    return request.param


# --- the figures ------------------------------------------------------------------------------


def test_medians_odd_and_even(school, median_path):
    first = make_service(school, "ก")
    second = make_service(school, "ข")
    for hours in (2, 30, 4):  # odd: 4
        make_request(first, at(2024, 1, 10), hours=hours)
    for hours in (10, 20):  # even: (10 + 20) / 2
        make_request(second, at(2024, 2, 10), hours=hours)
    make_request(first, at(2024, 1, 11))  # not done: in no median
    make_request(first, at(2024, 1, 12), status=Request.Status.REJECTED)
    make_request(first, at(2024, 1, 13), status=DONE)  # done without a time: completed, untimed

    stats = service_statistics([school.pk], YEAR)

    rows = {row.name: row.figures for row in stats.services}
    assert rows["ก"].median_hours == pytest.approx(4.0)
    assert rows["ข"].median_hours == pytest.approx(15.0)
    assert stats.total.median_hours == pytest.approx(10.0)  # 2, 4, 10, 20, 30
    assert rows["ก"].completed == 4
    assert rows["ก"].timed == 3
    assert rows["ก"].received == 6
    months = {row.month: row.figures for row in stats.months}
    assert months[1].median_hours == pytest.approx(4.0)
    assert months[2].median_hours == pytest.approx(15.0)
    assert months[3].median_hours is None
    quarters = {row.quarter: row.figures for row in stats.quarters}
    assert quarters[2].median_hours == pytest.approx(10.0)
    assert quarters[1].median_hours is None


def test_median_hours_keep_the_minutes(school, median_path):
    service = make_service(school)
    make_request(service, at(2024, 3, 1), hours=1.5)
    make_request(service, at(2024, 3, 1), hours=2.25)
    stats = service_statistics([school.pk], YEAR)
    assert stats.total.median_hours == pytest.approx(1.875)


def test_share_within_the_standard(school, median_path):
    service = make_service(school, promised_days=1)
    make_request(service, at(2024, 5, 1), hours=10)  # within
    make_request(service, at(2024, 5, 1), hours=24)  # exactly at the due time: within
    make_request(service, at(2024, 5, 1), hours=30)  # late
    make_request(service, at(2024, 5, 1), hours=5, due_hours=4)  # late against its own due time
    make_request(service, at(2024, 5, 2))  # open: not counted either way

    figures = service_statistics([school.pk], YEAR).total

    assert figures.timed == 4
    assert figures.within_standard == 2
    assert figures.within_standard_share == pytest.approx(0.5)


def test_mean_satisfaction_and_number_of_ratings(school):
    service = make_service(school)
    for rating in (5, 4, 4, 2):
        make_request(service, at(2024, 6, 3), hours=3, rating=rating)
    make_request(service, at(2024, 6, 3), hours=3)  # no rating
    figures = service_statistics([school.pk], YEAR).total
    assert figures.ratings == 4
    assert figures.mean_rating == pytest.approx(3.75)


def test_no_figures_are_none_not_zero(school):
    make_service(school)
    figures = service_statistics([school.pk], YEAR).total
    assert figures.received == 0
    assert figures.online_share is None
    assert figures.within_standard_share is None
    assert figures.mean_rating is None
    assert figures.median_hours is None


def test_online_share_counts_walk_ins(school):
    service = make_service(school)
    for _ in range(3):
        make_request(service, at(2024, 7, 1), hours=2)
    make_request(service, at(2024, 7, 2), channel=COUNTER)  # registered at the counter
    make_walk_in(service, date(2024, 7, 3), 4)
    make_walk_in(service, date(2024, 7, 4), 2)

    figures = service_statistics([school.pk], YEAR).total

    assert figures.online == 3
    assert figures.at_counter == 1 + 4 + 2
    assert figures.received == 10
    assert figures.online_share == pytest.approx(0.3)
    assert figures.completed == 3 + 6  # walk-ins are served on the spot
    assert figures.timed == 3  # but have no completion time


def test_months_in_fiscal_order_october_first(school):
    service = make_service(school)
    make_request(service, at(2023, 10, 5), hours=1)
    make_request(service, at(2024, 2, 5))
    make_request(service, at(2024, 2, 6))
    make_walk_in(service, date(2024, 9, 9), 5)

    stats = service_statistics([school.pk], YEAR)

    assert [row.label for row in stats.months] == [
        "ต.ค. 2566",
        "พ.ย. 2566",
        "ธ.ค. 2566",
        "ม.ค. 2567",
        "ก.พ. 2567",
        "มี.ค. 2567",
        "เม.ย. 2567",
        "พ.ค. 2567",
        "มิ.ย. 2567",
        "ก.ค. 2567",
        "ส.ค. 2567",
        "ก.ย. 2567",
    ]
    assert [(row.year, row.month) for row in stats.months][:4] == [
        (2023, 10),
        (2023, 11),
        (2023, 12),
        (2024, 1),
    ]
    assert [row.figures.received for row in stats.months] == [1, 0, 0, 0, 2, 0, 0, 0, 0, 0, 0, 5]
    assert [row.label for row in stats.quarters] == [
        "ไตรมาส 1 (ต.ค.–ธ.ค. 2566)",
        "ไตรมาส 2 (ม.ค.–มี.ค. 2567)",
        "ไตรมาส 3 (เม.ย.–มิ.ย. 2567)",
        "ไตรมาส 4 (ก.ค.–ก.ย. 2567)",
    ]
    assert [row.figures.received for row in stats.quarters] == [1, 2, 0, 5]
    assert stats.total.received == 8


def test_quarter_filter(school, median_path):
    service = make_service(school)
    make_request(service, at(2023, 12, 31, 23, 59), hours=100)  # Q1
    make_request(service, at(2024, 1, 1, 0, 0), hours=2, rating=5)  # Q2
    make_request(service, at(2024, 3, 31, 23, 59), hours=6, rating=3)  # Q2
    make_request(service, at(2024, 4, 1, 0, 0), hours=50)  # Q3
    make_walk_in(service, date(2024, 3, 15), 2)  # Q2
    make_walk_in(service, date(2024, 4, 1), 9)  # Q3

    stats = service_statistics([school.pk], YEAR, 2)

    assert stats.quarter == 2
    assert (stats.start, stats.end) == (date(2024, 1, 1), date(2024, 3, 31))
    assert [row.month for row in stats.months] == [1, 2, 3]
    assert [row.quarter for row in stats.quarters] == [2]
    assert stats.total.received == 4
    assert stats.total.online == 2
    assert stats.total.median_hours == pytest.approx(4.0)
    assert stats.total.mean_rating == pytest.approx(4.0)
    assert stats.quarters[0].figures.received == 4
    assert stats.quarters[0].figures.median_hours == pytest.approx(4.0)
    assert stats.services[0].figures.received == 4
    with pytest.raises(ValueError, match="ไตรมาส"):
        service_statistics([school.pk], YEAR, 5)


def test_year_edges_in_bangkok_time(school, median_path):
    service = make_service(school)
    make_request(service, at(2023, 9, 30, 23, 59), hours=1)  # FY 2566
    # 00:30 on 1 October in Bangkok is still 30 September in UTC: FY 2567, October.
    make_request(service, at(2023, 10, 1, 0, 30), hours=2)
    make_request(service, at(2024, 9, 30, 23, 59), hours=3)  # FY 2567, September
    make_request(service, at(2024, 10, 1, 0, 0), hours=4)  # FY 2568
    make_walk_in(service, date(2023, 9, 30), 10)  # FY 2566
    make_walk_in(service, date(2023, 10, 1), 20)  # FY 2567
    make_walk_in(service, date(2024, 9, 30), 40)  # FY 2567

    stats = service_statistics([school.pk], YEAR)

    assert stats.total.online == 2
    assert stats.total.at_counter == 60
    months = {row.month: row.figures for row in stats.months}
    assert (months[10].online, months[10].at_counter) == (1, 20)
    assert (months[9].online, months[9].at_counter) == (1, 40)
    assert months[10].median_hours == pytest.approx(2.0)
    assert stats.total.median_hours == pytest.approx(2.5)
    assert service_statistics([school.pk], YEAR - 1).total.received == 11
    assert service_statistics([school.pk], YEAR + 1).total.received == 1
    q1 = service_statistics([school.pk], YEAR, 1).total
    q4 = service_statistics([school.pk], YEAR, 4).total
    assert (q1.received, q4.received) == (21, 41)


def test_only_public_services_and_only_these_agencies(school, other_school):
    public = make_service(school, "สาธารณะ", order=1)
    staff_only = make_service(school, "ภายใน", audience=Service.Audience.STAFF)
    closed_unused = make_service(school, "ปิดแล้วไม่มีผู้ใช้", is_active=False)
    closed_used = make_service(school, "ปิดแล้วมีผู้ใช้", is_active=False, order=2)
    elsewhere = make_service(other_school, "ที่อื่น")
    make_request(public, at(2024, 1, 5), hours=1)
    make_request(staff_only, at(2024, 1, 5), hours=1)
    make_walk_in(staff_only, date(2024, 1, 5), 7)
    make_request(closed_used, at(2024, 1, 5))
    make_request(elsewhere, at(2024, 1, 5))

    stats = service_statistics([school.pk], YEAR)

    assert [row.name for row in stats.services] == ["สาธารณะ", "ปิดแล้วมีผู้ใช้"]  # catalogue order
    assert closed_unused.name not in [row.name for row in stats.services]
    assert stats.total.received == 2
    both = service_statistics([school.pk, other_school.pk], YEAR)
    assert both.total.received == 3
    only = service_statistics([school.pk], YEAR, service_ids=[closed_used.pk])
    assert [row.name for row in only.services] == ["ปิดแล้วมีผู้ใช้"]
    assert only.total.received == 1


# --- an area office ---------------------------------------------------------------------------


def test_area_totals_are_the_sum_of_the_schools_and_the_ranking(office, median_path):
    best = AgencyFactory(slug="best", name_th="โรงเรียน ก", parent=office)
    tie_a = AgencyFactory(slug="tie-a", name_th="โรงเรียน ข", parent=office)
    tie_b = AgencyFactory(slug="tie-b", name_th="โรงเรียน ค", parent=office)
    worse_rating = AgencyFactory(slug="worse", name_th="โรงเรียน ง", parent=office)
    idle = AgencyFactory(slug="idle", name_th="โรงเรียน จ", parent=office)
    AgencyFactory(slug="closed", name_th="โรงเรียนปิด", parent=office, is_active=False)
    office_own = make_service(office, "งานของเขต")
    make_request(office_own, at(2024, 2, 1), hours=1)  # the office's own: not in the total

    def serve(school, promised_days, hours, ratings, walk_ins=0):
        service = make_service(school, f"บริการ {school.slug}", promised_days=promised_days)
        for hour, rating in zip(hours, ratings, strict=True):
            make_request(service, at(2024, 2, 1), hours=hour, rating=rating)
        if walk_ins:
            make_walk_in(service, date(2024, 2, 2), walk_ins)

    serve(best, 1, [1, 2, 3], [5, 5, 4], walk_ins=3)  # 100 % within
    serve(tie_a, 1, [1, 30], [4, 4])  # 50 %, mean 4
    serve(tie_b, 1, [2, 40], [5, 3])  # 50 %, mean 4: same rank as tie_a
    serve(worse_rating, 1, [1, 50], [2, 3])  # 50 %, mean 2.5
    make_service(idle, "ไม่มีผู้ใช้")  # nothing: last

    ranking = area_ranking(office, YEAR)

    assert [(row.rank, row.agency.slug) for row in ranking.rows] == [
        (1, "best"),
        (2, "tie-a"),
        (2, "tie-b"),
        (4, "worse"),
        (5, "idle"),
    ]
    rows = {row.agency.slug: row.figures for row in ranking.rows}
    assert rows["best"].within_standard_share == 1.0
    assert rows["best"].received == 6
    # An office's medians come from the rollup's hour histograms (rollup.histogram_median):
    # 1 h and 30 h are taken at 1.5 and 30.5 (the exact median is 15.5).
    assert rows["tie-a"].median_hours == pytest.approx(16.0)
    assert rows["idle"].received == 0
    assert rows["idle"].median_hours is None
    for attribute in ("received", "online", "at_counter", "completed", "timed", "ratings"):
        assert getattr(ranking.total, attribute) == sum(
            getattr(figures, attribute) for figures in rows.values()
        ), attribute
    assert ranking.total.received == 6 + 2 + 2 + 2
    # 1 1 1 2 [2] 3 30 40 50: exactly 2.0; the histogram spreads the hour's two 2s over
    # [2, 3), at 2.25 and 2.75 (whole hours are its worst case, the edge of the bucket).
    assert ranking.total.median_hours == pytest.approx(2.75)
    assert ranking.statistics.total is ranking.total
    assert sum(row.figures.received for row in ranking.statistics.months) == 12


# --- bounded queries ----------------------------------------------------------------------------


def _queries(agency_ids, **kwargs) -> int:
    with CaptureQueriesContext(connection) as captured:
        service_statistics(agency_ids, YEAR, **kwargs)
    return len(captured)


def test_the_same_queries_for_1_and_50_requests(school, median_path):
    service = make_service(school)
    make_request(service, at(2024, 1, 2), hours=3, rating=4)
    make_walk_in(service, date(2024, 1, 2), 2)
    with CaptureQueriesContext(connection) as one:
        service_statistics([school.pk], YEAR)
    with CaptureQueriesContext(connection) as one_quarter:
        service_statistics([school.pk], YEAR, 3)
    other = make_service(school, "อีกงาน")
    for day in range(1, 50):
        make_request(
            other if day % 2 else service,
            at(2024, 1 + day % 9, 1 + day % 27),
            hours=day,
            rating=1 + day % 5,
        )
        make_walk_in(service, date(2024, 8, 1 + day % 28), 1)
    assert _queries([school.pk]) == len(one)
    selects = [q for q in one.captured_queries if q["sql"].lstrip().upper().startswith("SELECT")]
    assert len(selects) <= 5  # services, requests, walk-ins, medians (by service, by period)
    assert _queries([school.pk], quarter=3) == len(one_quarter)


def test_postgresql_medians_are_percentile_cont(school):
    if connection.vendor != "postgresql":
        pytest.skip("PostgreSQL only")
    service = make_service(school)
    make_request(service, at(2024, 1, 2), hours=3)
    with CaptureQueriesContext(connection) as captured:
        service_statistics([school.pk], YEAR)
    sql = " ".join(query["sql"] for query in captured.captured_queries)
    assert "percentile_cont(0.5) WITHIN GROUP (ORDER BY" in sql
    assert "FILTER (WHERE" in sql
