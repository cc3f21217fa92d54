"""The questions and suggestions module's manifest (see agencies.modules)."""

from django.utils.translation import gettext_lazy as _

from prongsai.agencies.evidence import Evidence
from prongsai.agencies.menu import MenuItem
from prongsai.agencies.modules import Audited, DemoStep, Module
from prongsai.agencies.public_menu import PublicLink
from prongsai.agencies.public_sections import Section
from prongsai.agencies.reminders import Reminder
from prongsai.feedback import oit_evidence
from prongsai.feedback.access import READERS
from prongsai.feedback.demo import load_questions
from prongsai.feedback.models import Category, FeedbackSettings, Question
from prongsai.feedback.todo import questions_todo
from prongsai.feedback.upkeep import erase_old_contacts, send_overdue_reminders
from prongsai.jobs.registry import Job

MODULE = Module(
    name="feedback",
    menu=[
        MenuItem(
            _("Questions and suggestions"),
            "feedback:staff_list",
            READERS,
            _("Questions from the public: assign, answer online, publish or keep private."),
        )
    ],
    section=Section(
        "questions",
        _("Questions and suggestions"),
        _("Ask a question or leave a suggestion, and read the answers."),
        "feedback:public",
        order=35,
    ),
    public_links=[PublicLink(_("Questions and answers"), "feedback:public", order=45)],
    evidence=[
        Evidence("qa_channel", _("Q&A channel"), ("Q&A",), oit_evidence.qa_channel),
    ],
    demo=DemoStep(load_questions),
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
        Audited(FeedbackSettings),
    ],
    # The askers' names and contacts go two years after they wrote (run_jobs, every minute).
    jobs=[Job("question-contacts", erase_old_contacts)],
)
