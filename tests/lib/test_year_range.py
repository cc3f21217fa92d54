"""One Buddhist-era year range (lib.fiscal) for URLs, forms and imports."""

import pytest
from django.urls import reverse

from prongsai.agencies.roles import Role
from prongsai.lib.converters import BuddhistYearConverter
from prongsai.lib.fiscal import MAX_YEAR, MIN_YEAR, is_plausible_year
from prongsai.measures.models import Plan
from prongsai.oit.readiness_forms import ResultForm
from tests.conftest import login
from tests.factories import member


def test_the_range_is_2500_to_2700() -> None:
    assert (MIN_YEAR, MAX_YEAR) == (2500, 2700)
    assert is_plausible_year(2500)
    assert is_plausible_year(2700)
    assert not is_plausible_year(2499)
    assert not is_plausible_year(2701)


@pytest.mark.parametrize("value", ["2499", "2701", "1", "0", "99999999"])
def test_converter_refuses_years_outside_the_range(value: str) -> None:
    with pytest.raises(ValueError, match="outside 2500-2700"):
        BuddhistYearConverter().to_python(value)


def test_converter_reads_and_writes_years_inside_the_range() -> None:
    converter = BuddhistYearConverter()
    assert converter.to_python("2568") == 2568
    assert converter.to_url(2568) == "2568"


@pytest.mark.django_db
@pytest.mark.parametrize("name", ["measures:public_report", "measures:staff_plan"])
def test_a_year_url_outside_the_range_is_404_even_with_data(client, school, name) -> None:
    # A plan stored with an impossible year (e.g. typed into Django admin) is not reachable.
    Plan.objects.create(agency=school, fiscal_year=2701)
    login(client, member(school, Role.ITA_OFFICER))
    path = reverse(name, kwargs={"agency": school.slug, "year": 2701})
    assert client.get(path).status_code == 404


@pytest.mark.django_db
def test_api_year_outside_the_range_is_a_json_404(client, school) -> None:
    response = client.get(f"/api/v1/agencies/{school.slug}/oit/2701/")
    assert response.status_code == 404
    assert response["Content-Type"].startswith("application/json")


def test_oit_result_form_takes_the_same_range_as_every_year_field() -> None:
    # It alone started at 2550; a result of 2549 is as legitimate as a plan of 2549.
    form = ResultForm(data={"year": MIN_YEAR})
    form.is_valid()
    assert "year" not in form.errors
    form = ResultForm(data={"year": MAX_YEAR + 1})
    form.is_valid()
    assert "year" in form.errors
