"""The e-services module's manifest (see agencies.modules)."""

from django.db.models import OuterRef, QuerySet
from django.utils.translation import gettext_lazy as _

from prongsai.agencies.evidence import Evidence
from prongsai.agencies.menu import MenuItem
from prongsai.agencies.modules import Audited, DemoStep, Module, ServiceRatings
from prongsai.agencies.public_menu import PublicLink
from prongsai.agencies.public_sections import Section
from prongsai.services import oit_evidence
from prongsai.services.access import QUEUE_ROLES
from prongsai.services.demo import load_services
from prongsai.services.models import FormField, Request, Service, Step, WalkIn
from prongsai.services.ratings import rated_services, rating_counts
from prongsai.services.todo import services_todo


def _public_services() -> QuerySet[Service]:
    """Shown when the agency offers a service to the public."""
    return Service.objects.filter(agency=OuterRef("pk"), is_active=True, audience="public")


MODULE = Module(
    name="services",
    menu_group="public",
    menu=[
        MenuItem(
            _("E-services"),
            "services:staff_queue",
            QUEUE_ROLES,
            _("Requests to handle, counter tallies and the service catalogue."),
        )
    ],
    section=Section(
        "services",
        _("E-services"),
        _("Request documents and services online and follow their progress."),
        "services:catalogue",
        order=30,
    ),
    public_links=[
        PublicLink(_("E-services"), "services:catalogue", order=30, shown_if=_public_services),
        PublicLink(
            _("Service statistics"), "services:dashboard", order=31, shown_if=_public_services
        ),
    ],
    evidence=[
        Evidence("e_services", _("E-services"), ("E-Service",), oit_evidence.e_services),
        Evidence(
            "service_manual",
            _("Service standards"),
            ("มาตรฐานการให้บริการ",),
            oit_evidence.service_manual,
        ),
        Evidence(
            "service_statistics",
            _("Service statistics"),
            ("สถิติการให้บริการ",),
            oit_evidence.service_statistics,
        ),
    ],
    demo=DemoStep(load_services),
    service_ratings=ServiceRatings(rated_services, rating_counts),
    todo=services_todo,
    audited=[
        Audited(Service),
        Audited(Step),
        Audited(FormField),
        Audited(WalkIn),
        Audited(Request, {"include_fields": ["status", "assigned_to", "completed_at"]}),
    ],
)
