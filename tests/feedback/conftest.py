import pytest
from django.test import RequestFactory

from prongsai.agencies.access import effective_roles
from prongsai.agencies.models import Unit
from prongsai.agencies.roles import Role
from prongsai.feedback import actions
from tests.factories import UnitFactory, member


@pytest.fixture
def academic(school) -> Unit:
    return UnitFactory(agency=school, name_th="ฝ่ายวิชาการ")


@pytest.fixture
def teacher(school, academic):
    """A staff member of the academic unit."""
    user = member(school, Role.STAFF)
    user.memberships.update(unit=academic)
    return user


@pytest.fixture
def officer(school):
    return member(school, Role.ITA_OFFICER)


@pytest.fixture
def academic_rule(school, academic):
    """The category "งานวิชาการ" assigned to the academic unit."""
    category = actions.ensure_categories(agency=school)[0]
    return actions.save_category(
        agency=school,
        category=category,
        name=category.name,
        assign_user=None,
        assign_unit=academic,
    )


def ask(agency, category=None, **fields):
    data = {"kind": "question", "category": category, "text": "สอบถามตารางสอบ", **fields}
    return actions.ask_question(agency=agency, asked=actions.Asked(**data))


def staff_request(agency, user):
    """A request as `agencies.access.staff_view` hands it to a view."""
    request = RequestFactory().get("/")
    request.user = user
    request.agency = agency
    request.roles = effective_roles(user, agency)
    return request


def make_survey(agency, template="school", **fields):
    """An open survey (2026–2030) from a shipped questionnaire."""
    from datetime import date

    from prongsai.feedback import survey_actions

    data = {"title": "", "opens_on": date(2026, 1, 1), "closes_on": date(2030, 12, 31)}
    created = {name: fields.pop(name) for name in list(fields) if name in (*data, "unit")}
    survey = survey_actions.create_survey(agency=agency, template=template, **{**data, **created})
    for name, value in fields.items():  # other settings (population, bands …)
        setattr(survey, name, value)
    survey.save()
    return survey


def respond(survey, group="ผู้ปกครอง", score=5, text="", paper=False):
    """One response giving `score` to every rating item (and `text` to the suggestions)."""
    from prongsai.feedback import survey_actions, survey_queries

    questions = survey_queries.questions(survey_queries.sections(survey))
    answers = {
        question.pk: (score if question.kind == "rating" else text) for question in questions
    }
    return survey_actions.submit_response(
        survey=survey,
        questions=questions,
        given=survey_actions.Given(group=group, answers=answers),
        paper=paper,
    )
