"""The rules of a round, without HTTP: frozen criteria, publication before assessment, who may
assess, scores within the scale, acknowledgement, and the audit of every score change."""

from datetime import date

import pytest
from auditlog.models import LogEntry
from django.core.exceptions import ValidationError
from django.utils import translation

from prongsai.evaluation import actions, queries
from prongsai.evaluation.models import Assessment, StaffType
from tests.evaluation.helpers import all_levels, assessment_of, open_round, people, through_scoring
from tests.factories import member

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _english():
    with translation.override("en"):
        yield


def test_round_bounds_follow_the_two_rounds():
    assert actions.round_bounds(2567, 1) == (date(2023, 10, 1), date(2024, 3, 31))
    assert actions.round_bounds(2567, 2) == (date(2024, 4, 1), date(2024, 9, 30))


def test_a_new_agency_gets_the_shipped_templates_once(school):
    first = actions.install_templates(agency=school)
    again = actions.install_templates(agency=school)
    assert set(first) == set(StaffType.values)
    assert {t.pk for t in first.values()} == {t.pk for t in again.values()}


def test_a_template_change_applies_to_the_next_round_only(school):
    found, _who = open_round(school)
    template = queries.template_of(school, StaffType.TEACHER)
    structure = template.structure
    structure[1]["name"] = "การมีส่วนร่วม (แก้ไข)"
    actions.save_template(template=template, name=template.name, structure=structure)
    found.refresh_from_db()
    frozen = found.structures[StaffType.TEACHER]["structure"]
    assert frozen[1]["name"].startswith("องค์ประกอบที่ 2")
    director = found.opened_by
    second = actions.open_round(agency=school, year=2567, number=2, by=director)
    assert second.structures[StaffType.TEACHER]["structure"][1]["name"] == "การมีส่วนร่วม (แก้ไข)"


def test_weights_not_adding_up_are_refused_and_nothing_saved(school):
    template = actions.install_templates(agency=school)[StaffType.CONTRACT]
    structure = template.structure
    structure[0]["weight"] = "50"
    with pytest.raises(ValidationError) as refused:
        actions.save_template(template=template, name="x", structure=structure)
    assert "10" in " ".join(refused.value.messages)
    template.refresh_from_db()
    assert template.structure[0]["weight"] == "60"


def test_the_same_round_twice_is_refused(school):
    _found, who = open_round(school)
    with pytest.raises(ValidationError):
        actions.open_round(agency=school, year=2567, number=1, by=who["director"])


def test_assessors_are_unit_heads_or_the_director_and_never_oneself(school):
    director, head, teacher, other = people(school)
    found = actions.open_round(agency=school, year=2567, number=1, by=director)
    with pytest.raises(ValidationError, match="themselves"):
        actions.add_participants(round_=found, chosen=[(head, head)])
    with pytest.raises(ValidationError, match="unit head or the director"):
        actions.add_participants(round_=found, chosen=[(teacher, other)])
    no_type = member(school)
    with pytest.raises(ValidationError, match="staff type"):
        actions.add_participants(round_=found, chosen=[(no_type, head)])
    assert not Assessment.objects.filter(round=found).exists()


def test_nobody_is_assessed_before_the_criteria_are_published(school):
    found, who = open_round(school, publish=False)
    item = assessment_of(found, who["teacher"])
    with pytest.raises(ValidationError, match="not published"):
        actions.save_self_assessment(assessment=item, scores=all_levels(item), note="", submit=True)


def test_a_publication_needs_staff(school):
    director, *_rest = people(school)
    found = actions.open_round(agency=school, year=2567, number=1, by=director)
    with pytest.raises(ValidationError):
        actions.publish_round(round_=found)


def test_the_whole_way_computes_the_result_and_audits_scores(school):
    found, who = open_round(school)
    item = through_scoring(found, who, level=3)
    # every indicator at 3: 80 × 3/4 + 10 × 3/5 + 10 × 3/4 = 60 + 6 + 7.5 = 73.5
    assert item.total == pytest.approx(73.5)
    assert item.result == "good"
    assert item.status == Assessment.Status.ASSESSED
    changes = LogEntry.objects.get_for_object(item)
    assert any("scores" in (entry.changes or "") for entry in changes)
    actions.acknowledge_result(assessment=item, agree=False, reason="ขอทบทวนองค์ประกอบที่ 1")
    item.refresh_from_db()
    assert item.status == Assessment.Status.DISAGREED
    assert item.disagreement == "ขอทบทวนองค์ประกอบที่ 1"


def test_a_submitted_self_assessment_is_not_edited(school):
    found, who = open_round(school)
    item = assessment_of(found, who["teacher"])
    actions.save_self_assessment(assessment=item, scores=all_levels(item), note="", submit=True)
    with pytest.raises(ValidationError, match="already submitted"):
        actions.save_self_assessment(assessment=item, scores={}, note="", submit=False)


def test_submitting_needs_every_indicator_and_levels_in_scale(school):
    found, who = open_round(school)
    item = assessment_of(found, who["teacher"])
    with pytest.raises(ValidationError, match="Choose a level for"):
        actions.save_self_assessment(assessment=item, scores={"1.1": 2}, note="", submit=True)
    with pytest.raises(ValidationError, match="from 1 to 4"):
        actions.save_self_assessment(assessment=item, scores={"1.1": 7}, note="", submit=False)
    actions.save_self_assessment(assessment=item, scores={"1.1": 2}, note="ร่าง", submit=False)
    item.refresh_from_db()
    assert item.self_scores == {"1.1": 2}
    assert item.status == Assessment.Status.SELF


def test_disagreeing_needs_a_reason(school):
    found, who = open_round(school)
    item = through_scoring(found, who)
    with pytest.raises(ValidationError):
        actions.acknowledge_result(assessment=item, agree=False, reason="  ")


def test_a_closed_round_changes_no_more(school):
    found, who = open_round(school)
    actions.close_round(round_=found)
    item = assessment_of(found, who["teacher"])
    with pytest.raises(ValidationError, match="closed"):
        actions.save_self_assessment(assessment=item, scores={}, note="", submit=False)


def test_a_refusal_to_sign_is_recorded_with_a_witness(school):
    found, who = open_round(school)
    item = through_scoring(found, who)
    with pytest.raises(ValidationError, match="witness"):
        actions.record_refusal(
            assessment=item, by=who["head"], informed_on=date(2024, 4, 2), witness=" "
        )
    with pytest.raises(ValidationError, match="themselves"):
        actions.record_refusal(
            assessment=item, by=who["teacher"], informed_on=date(2024, 4, 2), witness="นายพยาน"
        )
    actions.record_refusal(
        assessment=item, by=who["head"], informed_on=date(2024, 4, 2), witness="นายพยาน ดี"
    )
    item.refresh_from_db()
    assert item.status == Assessment.Status.REFUSED
    assert item.witness == "นายพยาน ดี"
    with pytest.raises(ValidationError):
        actions.acknowledge_result(assessment=item, agree=True)


def test_the_director_reopens_a_submitted_assessment_with_a_reason(school):
    found, who = open_round(school)
    item = through_scoring(found, who)
    with pytest.raises(ValidationError, match="why"):
        actions.reopen_assessment(assessment=item, reason=" ")
    actions.reopen_assessment(assessment=item, reason="ส่งหลักฐานผิดตัวชี้วัด")
    item.refresh_from_db()
    assert (item.status, item.total, item.scores) == (Assessment.Status.SELF, None, {})
    assert item.self_scores  # the person's levels stay, to be edited
    actions.save_self_assessment(assessment=item, scores={"1.1": 1}, note="", submit=False)
    logged = [entry.changes_dict for entry in LogEntry.objects.get_for_object(item)]
    assert any("reopened_reason" in changes for changes in logged)
