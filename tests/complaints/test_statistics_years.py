"""The statistics year switcher goes back only over years with cases or the agency's own years."""

from datetime import date

import pytest
from django.urls import reverse

from prongsai.lib.fiscal import current_fiscal_year
from tests.complaints.test_statistics import make

pytestmark = pytest.mark.django_db


def page(client, agency, year: int) -> str:
    url = reverse("complaints:statistics", kwargs={"agency": agency.slug, "year": year})
    response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()


def test_a_new_agency_without_cases_has_no_earlier_year_to_page_to(client, school):
    assert 'rel="prev"' not in page(client, school, current_fiscal_year())


def test_paging_back_stops_at_the_year_of_the_earliest_case(client, school):
    make(school, date(2022, 11, 1))  # fiscal year 2566
    year = current_fiscal_year()
    assert f"ปีงบประมาณ {year - 1}" in page(client, school, year)
    assert 'rel="prev"' in page(client, school, 2567)
    assert 'rel="prev"' not in page(client, school, 2566)
    assert 'rel="prev"' not in page(client, school, 2530)
