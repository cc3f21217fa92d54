"""Sample URL parts for the staff URL walker (tests/agencies/test_staff_urls.py)."""

from collections.abc import Callable
from typing import Any

from prongsai.agencies.models import Agency


def _question(agency: Agency) -> dict[str, Any]:
    from prongsai.feedback.actions import Asked, ask_question

    question = ask_question(
        agency=agency, asked=Asked(kind="question", category=None, text="สอบถาม")
    )
    return {"pk": question.pk}


def _category(agency: Agency) -> dict[str, Any]:
    from prongsai.feedback.actions import ensure_categories

    return {"pk": ensure_categories(agency=agency)[0].pk}


def _survey(agency: Agency) -> Any:
    from datetime import date

    from prongsai.feedback.survey_actions import create_survey

    return create_survey(
        agency=agency,
        template="school",
        title="",
        opens_on=date(2026, 1, 1),
        closes_on=date(2030, 12, 31),
    )


def _survey_kwargs(agency: Agency) -> dict[str, Any]:
    return {"pk": _survey(agency).pk}


def _section_kwargs(agency: Agency) -> dict[str, Any]:
    survey = _survey(agency)
    return {"pk": survey.pk, "sid": survey.sections.first().pk}


def _question_kwargs(agency: Agency) -> dict[str, Any]:
    survey = _survey(agency)
    return {"pk": survey.pk, "qid": survey.sections.first().questions.first().pk}


def _action_kwargs(agency: Agency) -> dict[str, Any]:
    from prongsai.feedback.plan_actions import plan_year, save_action
    from prongsai.lib.fiscal import fiscal_year_bounds

    survey = _survey(agency)
    action = save_action(
        survey=survey,
        action=None,
        title="ปรับปรุงห้องน้ำ",
        detail="",
        themes=[],
        unit=None,
        owner="ครูเวร",
        due_on=fiscal_year_bounds(plan_year(survey))[1],
    )
    return {"pk": survey.pk, "aid": action.pk}


SAMPLES: dict[str, Callable[[Agency], dict[str, Any]]] = {
    "feedback:staff_category": _category,
    **{
        f"feedback:survey_{name}": _survey_kwargs
        for name in (
            "detail",
            "edit",
            "copy",
            "paper",
            "poster",
            "section_new",
            "question_new",
            "plan",
            "plan_new",
        )
    },
    "feedback:survey_section_delete": _section_kwargs,
    "feedback:survey_answers": lambda agency: {**_survey_kwargs(agency), "fmt": "xlsx"},
    "feedback:survey_question": _question_kwargs,
    "feedback:survey_question_delete": _question_kwargs,
    **{f"feedback:survey_plan_{name}": _action_kwargs for name in ("action", "delete", "progress")},
}


def default(agency: Agency, parts: set[str]) -> dict[str, Any]:
    return _question(agency)
