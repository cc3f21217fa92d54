"""No dead OIT links early in a fiscal year whose list is not out yet (1 December 2569 = FY 2570):
the public side shows the newest year the agency has or says what is coming; the back office
shows the newest year or explains and offers to start the year."""

import re
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.urls import reverse

from prongsai.agencies.roles import Role
from prongsai.oit import actions
from prongsai.oit.models import AgencyYear, Checklist
from prongsai.oit.queries import default_checklist
from tests.conftest import login
from tests.factories import member

pytestmark = pytest.mark.django_db
EARLY_2570 = datetime(2026, 12, 1, 10, 0, tzinfo=ZoneInfo("Asia/Bangkok"))


@pytest.fixture(autouse=True)
def _early_in_2570():
    with time_machine.travel(EARLY_2570, tick=False):
        yield


def _start(agency, year):
    actions.choose_checklist(agency=agency, year=year, checklist=default_checklist(agency, year))


def test_public_oit_of_an_agency_with_no_data_says_what_is_coming(client, school):
    response = client.get(f"/{school.slug}/oit/", follow=True)
    assert response.status_code == 200
    assert "2570" in response.content.decode()
    assert school.name_th in response.content.decode()


def test_public_oit_of_an_agency_with_an_older_year_shows_that_year(client, school):
    _start(school, 2569)
    response = client.get(f"/{school.slug}/oit/", follow=True)
    assert response.status_code == 200
    assert response.redirect_chain[-1][0] == f"/{school.slug}/oit/2569/"
    assert "2570" in response.content.decode()  # says the new year has not started


def test_public_current_year_without_a_list_is_a_page_not_an_error(client, school):
    assert client.get(f"/{school.slug}/oit/2570/").status_code == 200
    assert client.get(f"/{school.slug}/oit/2400/").status_code == 404


@pytest.mark.parametrize("with_older_year", [False, True])
def test_staff_checklist_tab_never_404s(client, school, with_older_year):
    if with_older_year:
        _start(school, 2569)
    login(client, member(school, Role.STAFF))
    page = client.get(reverse("oit:staff_results", kwargs={"agency": school.slug}))
    tab = re.search(r'href="(/[^"]*/staff/oit/\d+/)"', page.content.decode()).group(1)
    assert tab.endswith("/2569/" if with_older_year else "/2570/")
    assert client.get(tab).status_code == 200
    assert client.get(reverse("oit:staff_index", kwargs={"agency": school.slug})).status_code == 200


def test_the_officer_may_start_a_year_whose_list_is_not_out_yet(client, school):
    url = reverse("oit:staff_checklist", kwargs={"agency": school.slug, "year": 2570})
    login(client, member(school, Role.ITA_OFFICER))
    page = client.get(url)
    assert page.status_code == 200
    assert "2569" in page.content.decode()  # offers to start from the newest list
    response = client.post(url, follow=True)
    assert response.status_code == 200
    chosen = AgencyYear.objects.get(agency=school, year=2570)
    assert chosen.checklist.owner == school
    assert chosen.checklist.year == 2570
    assert (
        chosen.checklist.items.count()
        == Checklist.objects.get(
            year=2569, scheme=chosen.checklist.scheme, owner=None
        ).items.count()
    )
    assert client.get(f"/{school.slug}/oit/", follow=True).redirect_chain[-1][0].endswith("/2570/")


def test_staff_without_the_right_to_start_see_who_can(client, school):
    url = reverse("oit:staff_checklist", kwargs={"agency": school.slug, "year": 2570})
    login(client, member(school, Role.STAFF))
    page = client.get(url)
    assert page.status_code == 200
    assert "<form" not in page.content.decode().split('class="staff-content"')[1]
    assert client.post(url).status_code == 403
    assert not AgencyYear.objects.filter(agency=school).exists()
