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
from prongsai.integrity.ethics_forms import ETHICS_SOURCE
from prongsai.integrity.models import (
    CultureActivity,
    Declaration,
    EthicsCode,
    Gift,
    GiftReport,
    GiftSettings,
)
from prongsai.integrity.reminders import send_gift_reminders
from prongsai.integrity.todo import integrity_todo


def _published_no_gift() -> QuerySet[Agency]:
    """Shown when the agency has an approved declaration or a published culture activity."""
    return Agency.objects.filter(pk=OuterRef("pk")).filter(
        Q(declarations__status=Declaration.Status.APPROVED)
        | Q(
            culture_activities__published=True,
            culture_activities__programme=CultureActivity.Programme.NO_GIFT,
        )
    )


def _published_ethics() -> QuerySet[Agency]:
    """Shown when the agency has its code of ethics or a published ethics-drive activity."""
    return Agency.objects.filter(pk=OuterRef("pk")).filter(
        Q(ethics_code__isnull=False)
        | Q(
            culture_activities__published=True,
            culture_activities__programme=CultureActivity.Programme.ETHICS,
        )
    )


MODULE = Module(
    name="integrity",
    menu_group="programme",
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
        MenuItem(
            _("Ethics: the code and the drive"),
            "integrity:ethics_staff",
            DECLARATION_EDITORS,
            _("The code of ethics the school follows, and the activities that drive ethics."),
        ),
    ],
    public_links=[
        PublicLink(
            _("No Gift Policy"), "integrity:no_gift_latest", order=48, shown_if=_published_no_gift
        ),
        PublicLink(_("Code of ethics"), "integrity:ethics", order=49, shown_if=_published_ethics),
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
        Evidence(
            "ethics_code",
            _("Code of ethics"),
            oit_evidence.ETHICS_CODE_WORDS,
            oit_evidence.ethics_code,
        ),
        Evidence(
            "ethics_drive",
            _("Ethics drive"),
            oit_evidence.ETHICS_DRIVE_WORDS,
            oit_evidence.ethics_drive,
        ),
        Evidence(
            "ethics",
            _("Code of ethics and the ethics drive"),
            oit_evidence.ETHICS_WORDS,
            oit_evidence.ethics_code_and_drive,
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
        Audited(EthicsCode),
    ],
    print_sources=[
        (declaration_print.SOURCE, declaration_print.declaration_html),
        (report_print.SOURCE, report_print.report_html),
    ],
    body_limits={
        "integrity:activity_photo_add": ACTIVITY_PHOTO.body_limit,
        "integrity:ethics_staff": ETHICS_SOURCE.body_limit,
    },
)
