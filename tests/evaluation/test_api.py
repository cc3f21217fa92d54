"""The evaluation API: the same visibility as the pages; aggregates public."""

import pytest
from django.urls import reverse

from prongsai.agencies.roles import Role
from prongsai.evaluation import actions
from tests.conftest import login
from tests.evaluation.helpers import open_round, through_scoring
from tests.factories import member

pytestmark = pytest.mark.django_db


def _url(name: str, school, **kwargs) -> str:
    return reverse(f"api:{name}", kwargs={"agency": school.slug, **kwargs})


def test_each_reads_what_the_pages_show(client, school):
    found, who = open_round(school)
    through_scoring(found, who)
    login(client, who["teacher"])
    (mine,) = client.get(_url("evaluation_mine", school)).json()
    assert mine["total"] == "100.00"
    assert client.get(_url("evaluation_assessed", school)).json() == []
    login(client, who["head"])
    people = {row["person"] for row in client.get(_url("evaluation_assessed", school)).json()}
    assert people == {who["teacher"].display_name, who["other"].display_name}
    login(client, who["director"])
    people = {row["person"] for row in client.get(_url("evaluation_assessed", school)).json()}
    assert who["head"].display_name in people
    assert client.get(_url("evaluation_report", school)).json()["names"] is True


def test_the_supervisor_and_the_public_get_aggregates(client, school, office):
    found, who = open_round(school)
    through_scoring(found, who)
    actions.close_round(round_=found)
    supervisor = member(office, Role.SUPERVISOR)
    login(client, supervisor)
    assert client.get(_url("evaluation_mine", school)).status_code == 403
    report = client.get(_url("evaluation_report", school) + "?year=2567").json()
    assert report["names"] is False
    assert report["hours_per_person"] == []
    assert who["teacher"].display_name not in str(report)
    client.logout()
    public = client.get(_url("evaluation_hr_year", school, year=2567))
    assert public.status_code == 200
    (first,) = public.json()["rounds"]
    assert first["people"] is None  # three people: fewer than five, not shown
    assert who["teacher"].display_name not in public.content.decode()
