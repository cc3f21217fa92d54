"""The staff evaluation module's manifest (see agencies.modules)."""

from django.db.models import OuterRef, QuerySet
from django.utils.translation import gettext_lazy as _

from prongsai.agencies.evidence import Evidence
from prongsai.agencies.menu import MenuItem
from prongsai.agencies.modules import Audited, DemoStep, Module
from prongsai.agencies.public_menu import PublicLink
from prongsai.evaluation import annual_document, oit_evidence
from prongsai.evaluation.access import MANAGERS, REPORT_READERS, STAFF
from prongsai.evaluation.demo import load_evaluation
from prongsai.evaluation.forms import EVIDENCE_FILE
from prongsai.evaluation.models import (
    Assessment,
    CommitteeMember,
    EvaluationSettings,
    Meeting,
    PayTable,
    ReviewRequest,
    Round,
    StaffProfile,
    Template,
    Training,
)
from prongsai.evaluation.todo import evaluation_todo


def _published_rounds() -> QuerySet[Round]:
    """The public menu shows the HR pages once the agency has published a round's criteria."""
    return Round.objects.filter(agency=OuterRef("pk"), published_on__isnull=False)


MODULE = Module(
    name="evaluation",
    menu_group="people",
    public_links=[
        PublicLink(
            _("Staff evaluation"), "evaluation:hr_latest", order=75, shown_if=_published_rounds
        )
    ],
    menu=[
        MenuItem(
            _("My evaluation"),
            "evaluation:home",
            STAFF,
            _("Your self-assessment, the result and the published criteria of each round."),
        ),
        MenuItem(
            _("My training"),
            "evaluation:training",
            STAFF,
            _("The courses you attended, with their hours and certificates."),
        ),
        MenuItem(
            _("Evaluation rounds"),
            "evaluation:rounds",
            MANAGERS,
            _("Open a round, choose its staff and assessors, publish its criteria."),
        ),
        MenuItem(
            _("Annual HR report"),
            "evaluation:annual_latest",
            REPORT_READERS,
            _("Evaluation results, review requests and training hours of the year."),
        ),
    ],
    evidence=[
        Evidence(
            "hr_criteria",
            _("Staff evaluation criteria"),
            ("หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล",),
            oit_evidence.hr_criteria,
        ),
        Evidence(
            "hr_report",
            _("Staff evaluation results (aggregate)"),
            ("รายงานผลการบริหารและพัฒนาทรัพยากรบุคคล",),
            oit_evidence.hr_report,
        ),
        Evidence(
            "hr_ethics",
            _("Ethics assessment of officials (aggregate)"),
            ("การประเมินจริยธรรมเจ้าหน้าที่ของรัฐ", "ประเมินจริยธรรม"),
            oit_evidence.hr_ethics,
        ),
    ],
    demo=DemoStep(load_evaluation, order=60),
    todo=evaluation_todo,
    audited=[
        Audited(
            Assessment,
            {
                "include_fields": [
                    "assessor",
                    "status",
                    "self_scores",
                    "scores",
                    "comment",
                    "total",
                    "result",
                    "disagreement",
                    "informed_on",
                    "witness",
                    "reopened_reason",
                ]
            },
        ),
        Audited(Round),
        Audited(Meeting),
        Audited(Template),
        Audited(EvaluationSettings),
        Audited(StaffProfile),
        Audited(CommitteeMember),
        Audited(ReviewRequest),
        Audited(PayTable),
        Audited(Training),
    ],
    print_sources=[(annual_document.SOURCE, annual_document.annual_source)],
    body_limits={
        "evaluation:evidence_add": EVIDENCE_FILE.body_limit,
        "evaluation:training": EVIDENCE_FILE.body_limit,
    },
)
