"""Makers for the evaluation tests: an agency with a director, a unit head and teachers, and a
round at each step."""

from datetime import date

from prongsai.agencies.roles import Role
from prongsai.evaluation import actions, scoring
from prongsai.evaluation.models import Assessment, Round, StaffType
from tests.factories import member


def all_levels(assessment: Assessment, level: int | None = None) -> dict[str, int]:
    structure = actions.structure_of(assessment)
    return {i.key: level or i.levels for i in scoring.indicators(structure)}


def people(agency):
    director = member(agency, Role.DIRECTOR)
    head = member(agency, Role.UNIT_HEAD)
    teacher = member(agency, Role.STAFF)
    other = member(agency, Role.STAFF)
    actions.set_staff_types(
        agency=agency,
        types={u.pk: StaffType.TEACHER for u in (head, teacher, other)},
    )
    return director, head, teacher, other


def open_round(agency, *, publish: bool = True) -> tuple[Round, dict]:
    director, head, teacher, other = people(agency)
    found = actions.open_round(agency=agency, year=2567, number=1, by=director)
    actions.add_participants(
        round_=found, chosen=[(teacher, head), (other, head), (head, director)]
    )
    if publish:
        actions.publish_round(round_=found, today=date(2023, 10, 2))
    who = {"director": director, "head": head, "teacher": teacher, "other": other}
    return found, who


def assessment_of(found: Round, user) -> Assessment:
    return Assessment.objects.get(round=found, person=user)


def through_scoring(found: Round, who: dict, level: int | None = None) -> Assessment:
    item = assessment_of(found, who["teacher"])
    actions.save_self_assessment(
        assessment=item, scores=all_levels(item, level), note="", submit=True
    )
    actions.score_assessment(
        assessment=item, by=who["head"], scores=all_levels(item, level), comment="ดี"
    )
    item.refresh_from_db()
    return item
