"""The risks API: published assessments without login; any year for the school's staff and the
supervisor; nothing for another agency."""

import pytest
from django.urls import reverse

from prongsai.agencies.roles import Role
from tests.conftest import login
from tests.factories import member
from tests.risks.helpers import YEAR, assessment_with_risk, published

pytestmark = pytest.mark.django_db


def api(name, agency, **kwargs):
    return reverse(f"api:{name}", kwargs={"agency": agency.slug, **kwargs})


def test_a_published_year_is_public_with_levels_measures_and_follow_ups(
    client, school, django_assert_max_num_queries
):
    published(school)
    assert client.get(api("risks_years", school)).json()["years"] == [YEAR]
    with django_assert_max_num_queries(6):
        body = client.get(api("risks_year", school, year=YEAR)).json()
    assert body["status"] == "published"
    assert body["bands"]["high_from"] == 9
    risk = body["risks"][0]
    assert (risk["score"], risk["level"], risk["involved_roles"]) == (
        12,
        "high",
        "เจ้าหน้าที่พัสดุ, หัวหน้าเจ้าหน้าที่",
    )
    assert risk["measures"][0]["follow_ups"][0]["round"] == "six_month"


def test_a_draft_is_not_public_but_staff_and_the_supervisor_read_it(client, school, other_school):
    assessment_with_risk(school)
    assert client.get(api("risks_year", school, year=YEAR)).status_code == 404
    assert client.get(api("risks_years", school)).json()["years"] == []
    staff = api("risks_staff", school)
    assert client.get(staff).status_code in (401, 403)
    login(client, member(school, Role.STAFF))
    body = client.get(staff, {"year": YEAR}).json()
    assert [each["status"] for each in body["assessments"]] == ["draft"]
    assert client.get(staff, {"year": YEAR + 1}).json()["assessments"] == []
    login(client, member(school.parent, Role.SUPERVISOR))
    assert client.get(staff).json()["assessments"][0]["risks"][0]["number"] == 1
    login(client, member(other_school, Role.DIRECTOR))
    assert client.get(staff).status_code == 404
