"""The assets module's manifest (see agencies.modules)."""

from django.utils.translation import gettext_lazy as _

from prongsai.agencies.evidence import Evidence, each_agency
from prongsai.agencies.menu import MenuItem
from prongsai.agencies.modules import Audited, DemoStep, Module
from prongsai.agencies.public_menu import PublicLink
from prongsai.agencies.public_sections import Section
from prongsai.agencies.reminders import Reminder
from prongsai.assets import check_documents, oit_evidence
from prongsai.assets.access import ASSET_READERS, BORROWERS, LOAN_KEEPERS
from prongsai.assets.demo import load_assets
from prongsai.assets.forms import ASSET_IMPORT
from prongsai.assets.intake import take_in
from prongsai.assets.loan_forms import RETURN_PHOTO
from prongsai.assets.models import (
    Asset,
    AssetCheck,
    AssetEvent,
    CheckMember,
    CheckResult,
    Damage,
    Loan,
    LoanItem,
    LoanSettings,
)
from prongsai.assets.reminders import send_loan_reminders
from prongsai.assets.todo import loans_todo

MODULE = Module(
    name="assets",
    menu_group="money",
    menu=[
        MenuItem(
            _("Asset register"),
            "assets:staff_list",
            ASSET_READERS,
            _("The agency's durables and consumables: where they are, their condition, history."),
        ),
        MenuItem(
            _("My loans"),
            "assets:loans_mine",
            BORROWERS,
            _("Borrow school property and follow your requests and loans."),
        ),
        MenuItem(
            _("Annual asset check"),
            "assets:check_list",
            ASSET_READERS,
            _("The committee's yearly count of every asset (ข้อ 213), its results and documents."),
        ),
        MenuItem(
            _("Loans board"),
            "assets:loan_board",
            LOAN_KEEPERS,
            _("What is out, due this week, overdue and waiting for a check or approval."),
        ),
    ],
    section=Section(
        "assets",
        _("Use of school property"),
        _("How to borrow school property, who approves, and the loans of the year."),
        url_name="assets:public",
        order=70,
    ),
    public_links=[PublicLink(_("Use of school property"), "assets:public", order=70)],
    evidence=[
        Evidence(
            "property_use",
            _("Use of school property"),
            oit_evidence.WORDS,
            each_agency(oit_evidence.property_use),
        )
    ],
    demo=DemoStep(load_assets),
    reminders=[Reminder("asset loans due", send_loan_reminders)],
    todo=loans_todo,
    audited=[
        Audited(Asset),
        Audited(AssetEvent),
        Audited(Loan),
        Audited(LoanItem),
        Audited(Damage),
        Audited(LoanSettings),
        Audited(AssetCheck),
        Audited(CheckMember),
        Audited(CheckResult),
    ],
    print_sources=[(check_documents.SOURCE, check_documents.render_source)],
    asset_intake=take_in,
    body_limits={
        "assets:staff_import": ASSET_IMPORT.body_limit,
        "assets:loan_return": RETURN_PHOTO.body_limit,
    },
)
