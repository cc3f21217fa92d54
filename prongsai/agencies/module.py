"""The platform's own manifest: the back office's first entries and the audited structure."""

from django.utils.translation import gettext_lazy as _

from prongsai.agencies.menu import MenuItem, has_agencies_below
from prongsai.agencies.models import Agency, Membership, Unit
from prongsai.agencies.modules import Audited, Module
from prongsai.agencies.roles import ALL_ROLES, PEOPLE_MANAGERS, SITE_ADMIN, Role

MODULE = Module(
    name="agencies",
    menu_group="people",
    menu=[
        MenuItem(
            _("Back office home"),
            "agencies:staff_home",
            ALL_ROLES | {SITE_ADMIN},
            _("Your roles and what needs doing."),
        ),
        MenuItem(
            _("Agencies under this one"),
            "agencies:staff_agencies_below",
            frozenset({Role.SUPERVISOR, Role.DIRECTOR, SITE_ADMIN}),
            _("Schools and offices under this agency."),
            applies=has_agencies_below,
        ),
        MenuItem(
            _("Units"),
            "agencies:staff_units",
            PEOPLE_MANAGERS,
            _("Divisions (ฝ่าย) and sections (งาน) of this agency."),
        ),
        MenuItem(
            _("People and roles"),
            "agencies:staff_people",
            PEOPLE_MANAGERS,
            _("Who works here and what each person may do."),
        ),
        MenuItem(
            _("Agency details"),
            "agencies:staff_agency_edit",
            PEOPLE_MANAGERS,
            _("Name, address and contact details shown on the public site."),
        ),
    ],
    audited=[Audited(Agency), Audited(Unit), Audited(Membership)],
)
