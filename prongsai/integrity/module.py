"""The integrity module's manifest (see agencies.modules): the gift register and the No Gift
Policy (declaration, culture activities)."""

from django.db.models import OuterRef, Q, QuerySet
from django.utils.translation import gettext_lazy as _

from prongsai.agencies.evidence import Evidence
from prongsai.agencies.menu import MenuItem
from prongsai.agencies.models import Agency
from prongsai.agencies.modules import Audited, DemoStep, Module
from prongsai.agencies.public_menu import PublicLink
from prongsai.agencies.reminders import Reminder
from prongsai.integrity import declaration_print, oit_evidence, report_print
from prongsai.integrity.access import DECLARATION_EDITORS, DECLARERS, GIFT_VIEWERS
from prongsai.integrity.activity_forms import ACTIVITY_PHOTO
from prongsai.integrity.demo import load_integrity
from prongsai.integrity.models import (
    CultureActivity,
    Declaration,
    Gift,
    GiftReport,
    GiftSettings,
)
from prongsai.integrity.reminders import send_gift_reminders
from prongsai.integrity.todo import integrity_todo


def _published_no_gift() -> QuerySet[Agency]:
    """Shown when the agency has an approved declaration or a published culture activity."""
    return Agency.objects.filter(pk=OuterRef("pk")).filter(
        Q(declarations__status=Declaration.Status.APPROVED) | Q(culture_activities__published=True)
    )


MODULE = Module(
    name="integrity",
    menu=[
        MenuItem(
            _("My gifts"),
            "integrity:gifts_mine",
            DECLARERS,
            _("Declare a gift you received and see what the rules say about it."),
        ),
        MenuItem(
            _("Gift register"),
            "integrity:gift_register",
            GIFT_VIEWERS,
            _("Every gift declared in the agency, the head's decisions and the downloads."),
        ),
        MenuItem(
            _("No Gift Policy"),
            "integrity:declarations",
            DECLARATION_EDITORS,
            _("The year's No Gift Policy declaration: draft, approve, publish."),
        ),
        MenuItem(
            _("No Gift culture activities"),
            "integrity:activities",
            DECLARATION_EDITORS,
            _("Meetings and campaigns that pass the policy on: report, attendance, photos."),
        ),
    ],
    public_links=[
        PublicLink(
            _("No Gift Policy"), "integrity:no_gift_latest", order=48, shown_if=_published_no_gift
        )
    ],
    evidence=[
        Evidence(
            "no_gift_declaration",
            _("No Gift Policy declaration"),
            oit_evidence.DECLARATION_WORDS,
            oit_evidence.no_gift_declaration,
        ),
        Evidence(
            "no_gift_report",
            _("No Gift Policy report"),
            oit_evidence.REPORT_WORDS,
            oit_evidence.no_gift_report,
        ),
        Evidence(
            "no_gift_culture",
            _("No Gift culture activities"),
            oit_evidence.CULTURE_WORDS,
            oit_evidence.no_gift_culture,
        ),
    ],
    demo=DemoStep(load_integrity),
    reminders=[Reminder("gift deadlines", send_gift_reminders)],
    todo=integrity_todo,
    audited=[
        Audited(Gift),
        Audited(GiftSettings),
        Audited(Declaration),
        Audited(CultureActivity),
        Audited(GiftReport, {"exclude_fields": ["figures"]}),
    ],
    print_sources=[
        (declaration_print.SOURCE, declaration_print.declaration_html),
        (report_print.SOURCE, report_print.report_html),
    ],
    body_limits={"integrity:activity_photo_add": ACTIVITY_PHOTO.body_limit},
)
