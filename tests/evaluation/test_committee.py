"""A form that asks for a committee: at least three members named before publication, never
the person assessed; each member scores; the result is the average of their totals."""

from datetime import date
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from prongsai.agencies.roles import Role
from prongsai.evaluation import actions, committee_actions
from prongsai.evaluation.models import Assessment, Template
from tests.conftest import login
from tests.evaluation.helpers import all_levels, assessment_of, people
from tests.factories import member

pytestmark = pytest.mark.django_db


@pytest.fixture
def committee_round(school):
    director, head, teacher, other = people(school)
    actions.install_templates(agency=school)
    Template.objects.filter(agency=school, staff_type="teacher").update(committee=True)
    found = actions.open_round(agency=school, year=2567, number=1, by=director)
    actions.add_participants(round_=found, chosen=[(teacher, head)])
    third = member(school, Role.STAFF)
    who = {"director": director, "head": head, "teacher": teacher, "other": other, "third": third}
    return found, who


def test_a_round_with_a_committee_form_is_not_published_without_three(committee_round):
    found, who = committee_round
    item = assessment_of(found, who["teacher"])
    with pytest.raises(ValidationError, match=r"อย่างน้อยสาม|at least three"):
        actions.publish_round(round_=found, today=date(2023, 10, 2))
    with pytest.raises(ValidationError) as refused:
        committee_actions.name_committee(assessment=item, members=[who["director"], who["head"]])
    assert "2" in " ".join(refused.value.messages)
    with pytest.raises(ValidationError):
        committee_actions.name_committee(
            assessment=item, members=[who["director"], who["head"], who["teacher"]]
        )
    assert not item.committee.exists()  # nothing half-saved


def test_the_result_is_the_average_of_the_members(committee_round):
    found, who = committee_round
    item = assessment_of(found, who["teacher"])
    members = [who["director"], who["head"], who["third"]]
    committee_actions.name_committee(assessment=item, members=members)
    actions.publish_round(round_=found, today=date(2023, 10, 2))
    item = assessment_of(found, who["teacher"])
    actions.save_self_assessment(assessment=item, scores=all_levels(item), note="", submit=True)
    with pytest.raises(ValidationError):  # the assessor alone does not score a committee form
        actions.score_assessment(
            assessment=item, by=who["head"], scores=all_levels(item), comment=""
        )
    # levels 4, 3 and 3 of 4 everywhere (component 2 has 5 levels: 5, 4, 4)
    # totals: 100, 80 × 3/4 + 10 × 4/5 + 10 × 3/4 = 60 + 8 + 7.5 = 75.5 (twice) → mean 83.67
    for user, level in zip(members, (None, 3, 3), strict=True):
        scores = all_levels(item, level)
        if level:
            scores["2.1"] = 4
        committee_actions.score_as_member(assessment=item, member=user, scores=scores, comment="")
        item.refresh_from_db()
        if user != members[-1]:
            assert item.status == Assessment.Status.SUBMITTED
    assert item.status == Assessment.Status.ASSESSED
    assert item.total == Decimal("83.67")  # (100 + 75.5 + 75.5) / 3 = 83.666…
    assert item.result == "very_good"
    with pytest.raises(ValidationError):  # the committee no longer changes once it scored
        committee_actions.name_committee(
            assessment=item, members=[who["director"], who["head"], who["other"]]
        )


def test_a_member_scores_on_their_page_and_others_cannot(client, committee_round):
    found, who = committee_round
    item = assessment_of(found, who["teacher"])
    committee_actions.name_committee(
        assessment=item, members=[who["director"], who["head"], who["third"]]
    )
    actions.publish_round(round_=found, today=date(2023, 10, 2))
    item = assessment_of(found, who["teacher"])
    actions.save_self_assessment(assessment=item, scores=all_levels(item), note="", submit=True)
    address = reverse(
        "evaluation:committee_score", kwargs={"agency": found.agency.slug, "pk": item.pk}
    )
    login(client, who["other"])
    page = client.get(address)
    assert who["teacher"].display_name not in page.content.decode()
    login(client, who["third"])
    home = client.get(reverse("evaluation:home", kwargs={"agency": found.agency.slug}))
    assert address in home.content.decode()
    fields = {f"s{key.replace('.', '_')}": str(top) for key, top in all_levels(item).items()}
    response = client.post(address, {**fields, "note": "ดีมาก"})
    assert response.status_code == 302
    assert item.committee.get(member=who["third"]).total == Decimal("100.00")
