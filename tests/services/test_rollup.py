"""The monthly rollup of the services (ServiceMonth): kept current by the actions, rebuilt in
bulk to the same rows, its histogram medians close to the exact ones, and an area office's
figures read from it equal to those computed from the requests."""

import random
import statistics as pystats
from datetime import date, timedelta

import pytest
from django.core.management import call_command

from prongsai.services import actions, rollup
from prongsai.services.area_statistics import area_ranking
from prongsai.services.models import Request, Service, ServiceMonth, WalkIn
from prongsai.services.statistics import service_statistics
from tests.factories import AgencyFactory, UserFactory
from tests.services.test_statistics import COUNTER, YEAR, at, make_service

pytestmark = pytest.mark.django_db

FIELDS = (
    "agency_id",
    "received_online",
    "received_walk_in",
    "completed",
    "within_standard",
    "rating_sum",
    "rating_count",
    "hours",
)


def rows() -> dict[tuple[int, date], tuple]:
    return {
        (row.service_id, row.month_start): tuple(getattr(row, name) for name in FIELDS)
        for row in ServiceMonth.objects.all()
    }


def bare_request(service: Service, received_at, *, hours=None, rating=None, channel="online"):
    """A request written straight to the database, as a bulk load does (no rollup refresh)."""
    completed = None if hours is None else received_at + timedelta(hours=hours)
    return Request.objects.create(
        agency=service.agency,
        service=service,
        tracking=f"R{Request.objects.count() + 1:08d}-{random.randrange(10**6)}",
        channel=channel,
        status=Request.Status.DONE if hours is not None else Request.Status.RECEIVED,
        requester_name="ผู้ขอรับบริการ",
        received_at=received_at,
        due_at=received_at + timedelta(days=service.promised_days),
        completed_at=completed,
        rating=rating,
    )


# --- the histogram median -----------------------------------------------------------------


def test_histogram_median_interpolates_inside_the_bucket():
    assert rollup.histogram_median([]) is None
    assert rollup.histogram_median([0, 0, 0]) is None
    assert rollup.histogram_median([0, 1]) == pytest.approx(1.5)  # alone: the middle
    assert rollup.histogram_median([0, 0, 4]) == pytest.approx(2.5)  # 2.125 … 2.875
    assert rollup.histogram_median([1, 0, 0, 1]) == pytest.approx(2.0)  # (0.5 + 3.5) / 2
    histogram = [0] * 241
    histogram[240] = 3
    assert rollup.histogram_median(histogram) == pytest.approx(240.5)


def test_histogram_median_is_within_half_an_hour_of_the_exact_one():
    rng = random.Random(7)
    for size in (1, 2, 3, 10, 51, 200):
        hours = [rng.uniform(0, 120) for _ in range(size)]
        histogram = [0] * 241
        for value in hours:
            histogram[rollup._bucket(value * 3600)] += 1
        estimate = rollup.histogram_median(histogram)
        assert estimate is not None
        assert abs(estimate - pystats.median(hours)) <= 0.5, size


# --- kept current by the actions --------------------------------------------------------------


def test_each_action_refreshes_its_month(school):
    service = make_service(school, promised_days=1)
    clerk = UserFactory()
    received = at(2024, 1, 31, 20)  # 31 January, Bangkok time (13:00 UTC)
    request = actions.submit_request(
        service=service,
        requester=actions.Requester(name="สมชาย", phone="0800000000"),
        answers={},
        files={},
        now=received,
    )
    month = (service.pk, date(2024, 1, 1))
    assert rows()[month][1:] == (1, 0, 0, 0, 0, 0, [])
    actions.move_request(request=request, to="done", by=clerk, now=received + timedelta(hours=5.5))
    assert rows()[month][1:] == (1, 0, 1, 1, 0, 0, [0, 0, 0, 0, 0, 1])
    actions.rate_request(request=request, rating=4, comment="")
    assert rows()[month][1:] == (1, 0, 1, 1, 4, 1, [0, 0, 0, 0, 0, 1])
    actions.log_walk_ins(service=service, served_on=date(2024, 2, 1), count=3, by=clerk)
    assert rows()[service.pk, date(2024, 2, 1)][1:] == (0, 3, 3, 0, 0, 0, [])
    assert rows()[month][0] == school.pk


def test_rebuild_equals_refresh(school, other_school):
    clerk = UserFactory()
    mine = make_service(school, "ก", promised_days=1)
    theirs = make_service(other_school, "ข", promised_days=2)
    rng = random.Random(3)
    touched = set()
    for index in range(60):
        service = mine if index % 3 else theirs
        received = at(2023, 9 + index % 6 if index % 6 < 4 else 1 + index % 6, 1 + index % 28)
        hours = None if index % 7 == 0 else rng.uniform(0, 300)
        rating = 1 + index % 5 if hours is not None and index % 2 else None
        channel = COUNTER if index % 4 == 0 else "online"
        bare_request(service, received, hours=hours, rating=rating, channel=channel)
        touched.add((service.pk, rollup.month_of(received)))
    for day in (date(2023, 10, 2), date(2023, 10, 9), date(2024, 3, 1)):
        WalkIn.objects.create(
            agency=school, service=mine, served_on=day, count=2, recorded_by=clerk
        )
        touched.add((mine.pk, rollup.month_of(day)))
    assert rollup.rebuild() == len(touched)
    rebuilt = rows()
    ServiceMonth.objects.all().delete()
    for service_id, month in touched:
        rollup.refresh_month(service_id, month)
    assert rows() == rebuilt
    # One agency only: the other's rows are left as they are.
    ServiceMonth.objects.filter(agency=school).update(completed=999)
    rollup.rebuild([other_school.pk])
    assert ServiceMonth.objects.filter(agency=school, completed=999).count() > 0
    call_command("rebuild_service_rollups", agency=[school.slug], stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert rows() == rebuilt


def test_a_month_left_empty_loses_its_row(school):
    service = make_service(school)
    request = bare_request(service, at(2024, 1, 5), hours=2)
    rollup.refresh_month(service.pk, date(2024, 1, 1))
    assert ServiceMonth.objects.count() == 1
    request.delete()
    rollup.refresh_month(service.pk, date(2024, 1, 1))
    assert ServiceMonth.objects.count() == 0


# --- an area office from the rollup -------------------------------------------------------------


def test_office_figures_from_rollups_equal_the_requests(office):
    rng = random.Random(11)
    schools = [AgencyFactory(parent=office, slug=f"school-{n}") for n in range(4)]
    services = [
        make_service(school, f"บริการ {n}", promised_days=1 + n % 3)
        for school in schools
        for n in range(2)
    ]
    make_service(schools[0], "ภายใน", audience=Service.Audience.STAFF)
    staff = Service.objects.get(name="ภายใน")
    for index in range(150):
        service = staff if index % 25 == 0 else rng.choice(services)
        received = at(2023 if index % 3 == 0 else 2024, 10 if index % 3 == 0 else 1 + index % 9, 1)
        received += timedelta(minutes=rng.randrange(28 * 24 * 60))
        hours = None if index % 9 == 0 else rng.uniform(0, 200)
        rating = rng.randint(1, 5) if hours is not None and rng.random() < 0.6 else None
        channel = COUNTER if rng.random() < 0.3 else "online"
        bare_request(service, received, hours=hours, rating=rating, channel=channel)
    for service in services[:3]:
        WalkIn.objects.create(
            agency=service.agency, service=service, served_on=date(2024, 2, 5), count=4
        )
    rollup.rebuild()

    ids = [school.pk for school in schools]
    for quarter in (None, 2):
        ranking = area_ranking(office, YEAR, quarter)
        exact = service_statistics(ids, YEAR, quarter)
        counts = ("received", "online", "at_counter", "completed", "timed", "within_standard")
        shares = ("online_share", "within_standard_share", "mean_rating", "ratings")
        for name in counts + shares:
            assert getattr(ranking.total, name) == getattr(exact.total, name), name
            for ours, theirs in zip(ranking.statistics.months, exact.months, strict=True):
                assert getattr(ours.figures, name) == getattr(theirs.figures, name), name
            for ours, theirs in zip(ranking.statistics.quarters, exact.quarters, strict=True):
                assert getattr(ours.figures, name) == getattr(theirs.figures, name), name
        assert exact.total.median_hours is not None
        assert ranking.total.median_hours == pytest.approx(exact.total.median_hours, abs=0.5)
        for school in schools:
            alone = service_statistics([school.pk], YEAR, quarter).total
            mine = ranking.statistics.by_agency[school.pk]
            for name in counts + shares:
                assert getattr(mine, name) == getattr(alone, name), name
            if alone.median_hours is None:
                assert mine.median_hours is None
            else:
                assert mine.median_hours == pytest.approx(alone.median_hours, abs=0.5)
        assert [row.id for row in ranking.statistics.services] == [row.id for row in exact.services]
