"""GET /api/v1/agencies/<agency>/statistics/services/: the dashboard's figures as JSON, public."""

from datetime import date

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from prongsai.lib.fiscal import current_fiscal_year
from tests.services.test_statistics import (
    COUNTER,
    YEAR,
    at,
    make_request,
    make_service,
    make_walk_in,
)

pytestmark = pytest.mark.django_db


def api_url(agency, query: str = "") -> str:
    url = reverse("api:services_statistics", kwargs={"agency": agency.slug})
    return url + (f"?{query}" if query else "")


@pytest.fixture
def served(school):
    certificate = make_service(school, "ขอใบรับรองการเป็นนักเรียน", promised_days=1, order=1)
    venue = make_service(school, "ขอใช้สถานที่", promised_days=5, order=2)
    make_request(certificate, at(2023, 10, 2), hours=4, rating=5)
    make_request(certificate, at(2023, 10, 3), hours=30, rating=3)
    make_request(certificate, at(2024, 1, 3), channel=COUNTER)
    make_request(venue, at(2024, 4, 1), hours=20, rating=4)
    make_walk_in(certificate, date(2024, 7, 1), 6)
    return certificate, venue


def test_figures_of_a_year(client, school, served):
    certificate, venue = served
    response = client.get(api_url(school, f"year={YEAR}"))  # anonymous: public
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    data = response.json()
    assert data["agency"] == school.slug
    assert data["name"] == school.name_th
    assert (data["year"], data["quarter"]) == (YEAR, None)
    assert (data["start"], data["end"]) == ("2023-10-01", "2024-09-30")
    assert data["totals"] == {
        "received": 10,
        "online": 3,
        "at_counter": 7,
        "online_share": pytest.approx(0.3),
        "completed": 9,
        "timed": 3,
        "median_hours": pytest.approx(20.0),
        "within_standard": 2,
        "within_standard_share": pytest.approx(2 / 3),
        "ratings": 3,
        "mean_rating": pytest.approx(4.0),
    }
    services = data["services"]
    assert [s["id"] for s in services] == [certificate.pk, venue.pk]
    assert services[0]["agency"] == school.slug
    assert services[0]["promised_days"] == 1
    assert services[0]["received"] == 9
    assert services[0]["median_hours"] == pytest.approx(17.0)
    assert services[1]["within_standard_share"] == 1.0
    months = data["months"]
    assert [(m["year"], m["month"]) for m in months][:4] == [
        (2023, 10),
        (2023, 11),
        (2023, 12),
        (2024, 1),
    ]
    assert len(months) == 12
    assert months[0]["label"] == "ต.ค. 2566"
    assert months[0]["received"] == 2
    assert months[1]["online_share"] is None
    assert [q["received"] for q in data["quarters"]] == [2, 1, 1, 6]
    assert data["schools"] == []


def test_one_quarter(client, school, served):
    data = client.get(api_url(school, f"year={YEAR}&quarter=4")).json()
    assert data["quarter"] == 4
    assert [m["month"] for m in data["months"]] == [7, 8, 9]
    assert [q["quarter"] for q in data["quarters"]] == [4]
    assert data["totals"]["received"] == 6
    assert data["totals"]["median_hours"] is None


def test_defaults_to_the_current_fiscal_year(client, school):
    data = client.get(api_url(school, "quarter=")).json()
    assert data["year"] == current_fiscal_year()
    assert data["quarter"] is None


@pytest.mark.parametrize(
    "query", ["year=abc", "year=1", "year=99999", "quarter=5", "quarter=x", "year=2567&quarter=0"]
)
def test_bad_parameters_are_400_with_a_detail(client, school, query):
    response = client.get(api_url(school, query))
    assert response.status_code == 400
    assert "detail" in response.json()


def test_unknown_agency_is_404(client, school):
    response = client.get("/api/v1/agencies/no-such-school/statistics/services/")
    assert response.status_code == 404
    assert "detail" in response.json()


def test_an_office_gets_its_schools_ranked(client, office, school, other_school):
    make_request(make_service(school, "ก", promised_days=1), at(2024, 2, 1), hours=50)
    make_request(make_service(other_school, "ข", promised_days=1), at(2024, 2, 1), hours=1)
    data = client.get(api_url(office, f"year={YEAR}")).json()
    assert [(s["rank"], s["agency"]) for s in data["schools"]] == [
        (1, other_school.slug),
        (2, school.slug),
    ]
    assert data["schools"][0]["within_standard_share"] == 1.0
    assert data["totals"]["received"] == 2
    assert data["services"] == []  # an area's figures are per school


def test_queries_do_not_grow_with_requests(client, school, django_assert_num_queries):
    service = make_service(school)
    make_request(service, at(2024, 1, 2), hours=3)
    with CaptureQueriesContext(connection) as one:
        assert client.get(api_url(school, f"year={YEAR}")).status_code == 200
    for day in range(1, 50):
        make_request(service, at(2024, 5, 1 + day % 28), hours=day, rating=1 + day % 5)
    with django_assert_num_queries(len(one)):
        assert client.get(api_url(school, f"year={YEAR}")).json()["totals"]["online"] == 50


def test_in_the_schema(client):
    schema = client.get("/api/schema/?format=json").json()
    assert "/api/v1/agencies/{agency}/statistics/services/" in schema["paths"]
