"""The assessment's rules without HTTP: a year starts from last year's risks, risks and
measures change only in a draft, only the director approves, follow-ups are dated in the
year, nothing is half-saved."""

from datetime import date

import pytest
from django.core.exceptions import ValidationError

from prongsai.agencies.roles import Role
from prongsai.risks import actions, queries
from prongsai.risks.models import Assessment, FollowUp, Risk
from tests.factories import member
from tests.risks.helpers import YEAR, assessment_with_risk, published, risk_data, start

pytestmark = pytest.mark.django_db


def test_the_first_year_starts_empty_with_the_default_bands(school):
    assessment = start(school)
    assert assessment.status == Assessment.Status.DRAFT
    assert (assessment.medium_from, assessment.high_from, assessment.very_high_from) == (4, 9, 15)
    assert not assessment.risks.exists()


def test_a_new_year_starts_from_last_years_risks_and_measures(school):
    previous, risk, measure = assessment_with_risk(school, 2567)
    actions.save_settings(
        assessment=previous, summary="", bands=actions.rules.Bands(5, 10, 17), source="แหล่ง"
    )
    actions.add_risk(assessment=previous, data=risk_data(process="การเงิน", likelihood=1))
    created = start(school, 2568)
    risks = list(created.risks.order_by("number"))
    assert [each.process for each in risks] == ["การจัดซื้อจัดจ้าง", "การเงิน"]
    assert [each.number for each in risks] == [1, 2]
    moved = risks[0].measures.get()
    assert moved.due_on == date(measure.due_on.year + 1, 3, 31)
    assert (created.medium_from, created.bands_source) == (5, "แหล่ง")
    # last year's is untouched
    assert previous.risks.count() == 2
    assert risk.measures.count() == 1


def test_one_assessment_a_year(school):
    start(school)
    with pytest.raises(ValidationError):
        start(school)
    assert Assessment.objects.filter(agency=school).count() == 1


def test_risk_numbers_follow_and_close_up_when_one_is_removed(school):
    assessment = start(school)
    first = actions.add_risk(assessment=assessment, data=risk_data())
    second = actions.add_risk(assessment=assessment, data=risk_data(process="การเงิน"))
    third = actions.add_risk(assessment=assessment, data=risk_data(process="การรับนักเรียน"))
    assert [first.number, second.number, third.number] == [1, 2, 3]
    actions.remove_risk(risk=second)
    assert list(assessment.risks.values_list("process", "number")) == [
        ("การจัดซื้อจัดจ้าง", 1),
        ("การรับนักเรียน", 2),
    ]


def test_a_measure_is_due_in_the_fiscal_year(school):
    _assessment, risk, _measure = assessment_with_risk(school)
    with pytest.raises(ValidationError, match="2568"):
        actions.add_measure(
            risk=risk,
            data=actions.MeasureData(action="x", owner="y", due_on=date(2025, 10, 1)),
        )
    assert risk.measures.count() == 1


def test_only_the_director_approves_and_only_a_draft_with_risks(school):
    assessment = start(school)
    director = member(school, Role.DIRECTOR)
    with pytest.raises(ValidationError, match="เพิ่มความเสี่ยง"):
        actions.approve_assessment(assessment=assessment, by=director)
    actions.add_risk(assessment=assessment, data=risk_data())
    with pytest.raises(ValidationError):
        actions.approve_assessment(assessment=assessment, by=member(school, Role.ITA_OFFICER))
    approved = actions.approve_assessment(assessment=assessment, by=director)
    assert approved.status == Assessment.Status.APPROVED
    assert approved.approved_by == director
    with pytest.raises(ValidationError):
        actions.approve_assessment(assessment=approved, by=director)


def test_publishing_needs_the_approval(school):
    assessment, _risk, _measure = assessment_with_risk(school)
    with pytest.raises(ValidationError):
        actions.publish_assessment(assessment=assessment)
    assert queries.published_assessment(school, YEAR) is None


def test_an_approved_assessment_is_frozen_until_the_director_reopens_it(school):
    assessment, risk, measure = published(school)
    with pytest.raises(ValidationError):
        actions.add_risk(assessment=assessment, data=risk_data())
    with pytest.raises(ValidationError):
        actions.update_risk(risk=risk, data=risk_data(likelihood=5))
    with pytest.raises(ValidationError):
        actions.remove_measure(measure=measure)
    risk.refresh_from_db()
    assert risk.likelihood == 3
    assert Risk.objects.count() == 1
    actions.reopen_assessment(assessment=assessment, by=member(school, Role.DIRECTOR))
    assert queries.published_assessment(school, YEAR) is None
    actions.update_risk(risk=risk, data=risk_data(likelihood=5))
    risk.refresh_from_db()
    assert risk.likelihood == 5


def _follow_up(measure, day, today):
    return actions.record_follow_up(
        measure=measure,
        data=actions.FollowUpData(
            round=FollowUp.Round.ANNUAL, recorded_on=day, done="ทำแล้ว", progress="done"
        ),
        by=member(measure.risk.assessment.agency, Role.ITA_OFFICER),
        today=today,
    )


def test_follow_ups_are_dated_in_the_year_or_its_close_and_never_in_the_future(school):
    _assessment, _risk, measure = assessment_with_risk(school)
    today = date(2026, 2, 1)
    assert _follow_up(measure, date(2024, 10, 1), today)
    assert _follow_up(measure, date(2025, 12, 31), today)
    for day in (date(2024, 9, 30), date(2026, 1, 1)):
        with pytest.raises(ValidationError, match=r"256[789]"):
            _follow_up(measure, day, today)
    with pytest.raises(ValidationError):
        _follow_up(measure, date(2025, 6, 2), date(2025, 6, 1))
    assert measure.follow_ups.count() == 2


def test_the_default_round_turns_after_31_march():
    assert actions.default_round(date(2025, 3, 31)) == FollowUp.Round.SIX_MONTH
    assert actions.default_round(date(2025, 4, 1)) == FollowUp.Round.ANNUAL


def test_the_table_counts_levels_and_places_risks_on_the_matrix(
    school, django_assert_max_num_queries
):
    assessment, _risk, _measure = assessment_with_risk(school)  # 3 × 4 = 12: high
    actions.add_risk(assessment=assessment, data=risk_data(likelihood=1, impact=2))
    actions.add_risk(assessment=assessment, data=risk_data(likelihood=5, impact=5))
    with django_assert_max_num_queries(3):
        data = queries.table(assessment)
        counts = {key: number for key, _label, _low, _high, number in data.counts}
    assert counts == {"low": 1, "medium": 0, "high": 1, "very_high": 1}
    assert data.matrix[0][4].numbers == [3]  # impact 5 (top row), likelihood 5
    assert data.matrix[1][2].numbers == [1]  # impact 4, likelihood 3
    assert data.matrix[3][0].numbers == [2]
    assert data.matrix[4][0].level == "low"
    assert data.matrix[0][4].level == "very_high"
