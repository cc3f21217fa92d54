"""To-do rows for each person, and the demo."""

from io import StringIO

import pytest
from django.core.management import call_command
from django.utils import timezone, translation

from prongsai.agencies.models import Agency
from prongsai.agencies.todo import Asker
from prongsai.evaluation import actions
from prongsai.evaluation.models import Assessment, Round
from prongsai.evaluation.todo import evaluation_todo
from tests.evaluation.helpers import all_levels, assessment_of, open_round

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _english():
    with translation.override("en"):
        yield


def asker(agency, user):
    return Asker(user, agency, frozenset(), timezone.localdate())


def test_todo_rows_follow_the_assessment(school):
    found, who = open_round(school)
    labels = [str(row.label) for row in evaluation_todo(asker(school, who["teacher"]))]
    assert len(labels) == 1
    assert "self-assessment" in labels[0]
    item = assessment_of(found, who["teacher"])
    actions.save_self_assessment(assessment=item, scores=all_levels(item), note="", submit=True)
    assert evaluation_todo(asker(school, who["teacher"])) == []
    rows = evaluation_todo(asker(school, who["head"]))
    assert any(who["teacher"].display_name in str(row.label) for row in rows)
    actions.score_assessment(assessment=item, by=who["head"], scores=all_levels(item), comment="")
    labels = [str(row.label) for row in evaluation_todo(asker(school, who["teacher"]))]
    assert "acknowledge" in labels[0]


def test_the_demo_has_a_closed_round_1_and_an_open_round_2(db):
    call_command("load_demo", stdout=StringIO())
    school = Agency.objects.get(slug="kamphaeng-wittayakhom")
    first, second = Round.objects.filter(agency=school).order_by("number")
    assert (first.year, first.number, second.number) == (2566, 1, 2)
    assert first.closed_on
    assert second.closed_on is None
    assert second.published_on
    assert first.assessments.count() >= 19
    assert first.assessments.filter(status=Assessment.Status.DISAGREED).count() == 1
    assert first.assessments.filter(status=Assessment.Status.REFUSED).count() == 1
    assert second.assessments.filter(status=Assessment.Status.SELF).count() == 1
    call_command("load_demo", stdout=StringIO())  # idempotent
    assert Round.objects.filter(agency=school).count() == 2
