"""The operating manuals module's manifest (see agencies.modules)."""

from django.db.models import OuterRef, QuerySet
from django.utils.translation import gettext_lazy as _

from prongsai.agencies.evidence import Evidence
from prongsai.agencies.menu import MenuItem
from prongsai.agencies.modules import Audited, DemoStep, Module
from prongsai.agencies.public_menu import PublicLink
from prongsai.manuals import oit_evidence, printing
from prongsai.manuals.access import MANUAL_READERS
from prongsai.manuals.demo import load_manuals
from prongsai.manuals.models import Manual, ManualStep, ManualVersion
from prongsai.manuals.todo import manuals_todo


def _published_manuals() -> QuerySet[ManualVersion]:
    """Shown when the agency has published a manual."""
    return ManualVersion.objects.filter(
        manual__agency=OuterRef("pk"), status=ManualVersion.Status.PUBLISHED
    )


MODULE = Module(
    name="manuals",
    menu_group="public",
    menu=[
        MenuItem(
            _("Operating manuals"),
            "manuals:staff_list",
            MANUAL_READERS,
            _("Manuals of the agency's procedures: steps, who, how long, approval."),
        )
    ],
    public_links=[
        PublicLink(
            _("Operating manuals"), "manuals:public_list", order=40, shown_if=_published_manuals
        )
    ],
    evidence=[
        Evidence(
            "operating_manual",
            _("Operating manuals"),
            ("มาตรฐานการปฏิบัติงาน",),
            oit_evidence.operating_manuals,
        )
    ],
    demo=DemoStep(load_manuals),
    todo=manuals_todo,
    audited=[Audited(Manual), Audited(ManualVersion), Audited(ManualStep)],
    print_sources=[(printing.SOURCE, printing.version_html)],
)
