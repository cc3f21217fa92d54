"""The risks module's manifest (see agencies.modules): the corruption-risk assessment of a
fiscal year, its follow-ups, public page and documents."""

from django.db.models import OuterRef, QuerySet
from django.utils.translation import gettext_lazy as _

from prongsai.agencies.evidence import Evidence
from prongsai.agencies.menu import MenuItem
from prongsai.agencies.models import Agency
from prongsai.agencies.modules import Audited, DemoStep, Module
from prongsai.agencies.public_menu import PublicLink
from prongsai.risks import document, oit_evidence
from prongsai.risks.access import READERS
from prongsai.risks.demo import load_risks
from prongsai.risks.models import Assessment, FollowUp, Risk, RiskMeasure


def _published() -> QuerySet[Agency]:
    """Shown when the agency has a published assessment."""
    return Agency.objects.filter(
        pk=OuterRef("pk"), risk_assessments__status=Assessment.Status.PUBLISHED
    )


MODULE = Module(
    name="risks",
    menu_group="programme",
    menu=[
        MenuItem(
            _("Corruption-risk assessment"),
            "risks:assessments",
            READERS,
            _("The year's corruption risks on the 5×5 matrix, their measures and follow-ups."),
        )
    ],
    public_links=[
        PublicLink(_("Corruption-risk assessment"), "risks:latest", order=49, shown_if=_published)
    ],
    evidence=[
        Evidence(
            "risk_assessment",
            _("Corruption-risk assessment"),
            oit_evidence.ASSESSMENT_WORDS,
            oit_evidence.risk_assessment,
        ),
        Evidence(
            "risk_follow_up",
            _("Follow-up of the corruption risks"),
            oit_evidence.FOLLOW_UP_WORDS,
            oit_evidence.risk_follow_up,
        ),
    ],
    demo=DemoStep(load_risks),
    audited=[Audited(Assessment), Audited(Risk), Audited(RiskMeasure), Audited(FollowUp)],
    print_sources=[(document.SOURCE, document.print_html)],
)
