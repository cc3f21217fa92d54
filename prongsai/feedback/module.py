"""The questions and suggestions module's manifest (see agencies.modules)."""

from collections.abc import Callable

from django.db.models import OuterRef, QuerySet
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from prongsai.agencies.evidence import Evidence
from prongsai.agencies.menu import MenuItem
from prongsai.agencies.models import Agency
from prongsai.agencies.modules import Audited, DemoStep, Module
from prongsai.agencies.public_menu import PublicLink
from prongsai.agencies.public_sections import Section
from prongsai.agencies.reminders import Reminder
from prongsai.feedback import oit_evidence
from prongsai.feedback.access import READERS, SURVEY_READERS
from prongsai.feedback.demo import load_questions
from prongsai.feedback.models import (
    ActionProgress,
    Category,
    FeedbackSettings,
    ImprovementAction,
    Question,
    Survey,
    SurveyQuestion,
    SurveySection,
)
from prongsai.feedback.survey_demo import load_surveys
from prongsai.feedback.survey_themes import THEMES_JOB, refresh_themes
from prongsai.feedback.todo import questions_todo
from prongsai.feedback.upkeep import erase_old_contacts, send_overdue_reminders
from prongsai.jobs.registry import Job


def _open_surveys() -> QuerySet[Survey]:
    today = timezone.localdate()
    return Survey.objects.filter(agency=OuterRef("pk"), opens_on__lte=today, closes_on__gte=today)


def load_feedback(school: Agency, say: Callable[[str], None]) -> None:
    load_questions(school, say)
    load_surveys(school, say)


MODULE = Module(
    name="feedback",
    menu_group="public",
    menu=[
        MenuItem(
            _("Questions and suggestions"),
            "feedback:staff_list",
            READERS,
            _("Questions from the public: assign, answer online, publish or keep private."),
        ),
        MenuItem(
            _("Satisfaction surveys"),
            "feedback:survey_list",
            SURVEY_READERS,
            _("Build a survey, share its QR poster, read the results live."),
        ),
    ],
    section=Section(
        "questions",
        _("Questions and suggestions"),
        _("Ask a question or leave a suggestion, and read the answers."),
        "feedback:public",
        order=35,
    ),
    public_links=[
        PublicLink(_("Questions and answers"), "feedback:public", order=45),
        PublicLink(
            _("Satisfaction surveys"),
            "feedback:survey_public_list",
            order=46,
            shown_if=_open_surveys,
        ),
    ],
    evidence=[
        Evidence("qa_channel", _("Q&A channel"), ("Q&A",), oit_evidence.qa_channel),
        Evidence(
            "satisfaction_report",
            _("Satisfaction survey report"),
            ("รายงานผลการสำรวจความพึงพอใจ",),
            oit_evidence.satisfaction_report,
        ),
    ],
    demo=DemoStep(load_feedback),
    reminders=[Reminder("overdue questions", send_overdue_reminders)],
    todo=questions_todo,
    # The asker's name and contact are not in the audit log; status, assignment and hiding are.
    audited=[
        Audited(
            Question,
            {
                "include_fields": [
                    "status",
                    "assigned_user",
                    "assigned_unit",
                    "kept_private",
                    "answer",
                    "answered_at",
                    "hidden_reason",
                ]
            },
        ),
        Audited(Category),
        Audited(Survey),
        Audited(SurveySection),
        Audited(SurveyQuestion),
        Audited(FeedbackSettings),
        Audited(ImprovementAction),
        Audited(ActionProgress),
    ],
    # The askers' names and contacts go two years after they wrote (run_jobs, every minute).
    # Free-text answers grouped by recurring words, off the request path.
    jobs=[Job("question-contacts", erase_old_contacts), Job(THEMES_JOB, refresh_themes)],
)
