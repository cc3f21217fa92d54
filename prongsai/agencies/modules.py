"""The module registry: what each feature module brings to the platform, in one manifest.

Each app has `module.py` with `MODULE = Module(...)` and an AppConfig that subclasses
`ModuleConfig`; `ready()` registers the manifest and nothing else. The back-office menu, the
public home's sections, `load_demo`, `send_reminders`, the staff to-do list, the audit log, the
background jobs, the print sources and the OIT evidence all read this registry, so joining a
module to the platform is its `INSTALLED_APPS` line and one URL include.

It lives in agencies, below the feature modules: a module never imports another module or oit.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from importlib import import_module
from typing import TYPE_CHECKING, Any

from django.apps import AppConfig

if TYPE_CHECKING:
    from django.db.models import Model

    from prongsai.agencies.evidence import Evidence
    from prongsai.agencies.menu import MenuItem
    from prongsai.agencies.models import Agency
    from prongsai.agencies.public_menu import PublicLink
    from prongsai.agencies.public_sections import Section
    from prongsai.agencies.reminders import Reminder
    from prongsai.agencies.todo import Provider
    from prongsai.jobs.registry import Job


@dataclass(frozen=True)
class Audited:
    """A model whose changes the audit log records, with django-auditlog's options
    (include_fields, exclude_fields, m2m_fields …)."""

    model: type[Model]
    options: dict[str, Any] = field(default_factory=dict)


# A demo step gets the seed's school and a writer for lines to print; it must be idempotent.
DemoFn = Callable[["Agency", Callable[[str], None]], None]


@dataclass(frozen=True)
class DemoStep:
    run: DemoFn
    order: int = 50  # steps run by order, then by registration; oit's runs last (90)


@dataclass(frozen=True)
class Intake:
    """What an asset intake answers: the new asset's number and its staff page."""

    number: str
    staff_url: str


# Takes something an agency receives as its property elsewhere (a gift handed over to the
# school, …) into the asset register. Called as
# intake(agency=, actor=, name=, value=Decimal, acquired_on=date, source=str) -> Intake;
# it raises django.core.exceptions.ValidationError with a Thai message when it cannot.
AssetIntake = Callable[..., Intake]


@dataclass(frozen=True)
class PlanMeasure:
    """A measure of an agency's measures plan of a year, as other modules may name it: its
    label ("3. การใช้ทรัพย์สินของราชการ") and its public page ("" until the plan is published)."""

    number: int
    label: str
    url: str


# The measures of an agency's plan of a fiscal year, in order: plan_measures(agency, year).
PlanMeasures = Callable[[Any, int], list[PlanMeasure]]


@dataclass(frozen=True)
class ServiceRatings:
    """The satisfaction ratings (1–5) an agency's e-services collect on their requests, for the
    surveys tied to a service. `services(agency)` -> [(id, name)] of the agency's services;
    `counts(agency, service_ids, first, last)` -> {score: number} of the ratings given to those
    services' requests completed from `first` to `last` (dates, inclusive), in one query."""

    services: Callable[[Any], list[tuple[int, str]]]
    counts: Callable[[Any, Sequence[int], date, date], dict[int, int]]


@dataclass(frozen=True)
class Module:
    """One feature module's manifest. Every part is optional."""

    name: str  # the app's label, e.g. "complaints"
    menu: Sequence[MenuItem] = ()
    menu_group: str = ""  # where its menu entries sit (agencies.menu.GROUPS); "" → the last group
    section: Section | None = None  # its section of the agency's public home page
    public_links: Sequence[PublicLink] = ()  # its entries in the public pages' menu
    evidence: Sequence[Evidence] = ()  # the OIT items its pages answer
    demo: DemoStep | None = None
    reminders: Sequence[Reminder] = ()  # e-mails `send_reminders` sends (cron, daily)
    todo: Provider | None = None  # rows of the staff home's to-do list
    audited: Sequence[Audited] = ()
    jobs: Sequence[Job] = ()  # background work (prongsai.jobs)
    print_sources: Sequence[tuple[str, Callable[..., Any]]] = ()  # prongsai.printing sources
    # The largest request body of a URL that takes uploads: {"app:url_name": bytes}; others get
    # the default (prongsai.uploads.limits), refused before the body is read.
    body_limits: Mapping[str, int] = field(default_factory=dict)
    asset_intake: AssetIntake | None = None  # the asset register's intake (assets provides it)
    service_ratings: ServiceRatings | None = None  # e-services' ratings (services provides them)
    plan_measures: PlanMeasures | None = None  # the measures plan's measures (measures provides)


_MODULES: dict[str, Module] = {}


def register(module: Module) -> None:
    """Record a manifest; registering a name again replaces it (reloads in tests)."""
    _MODULES[module.name] = module


def modules() -> list[Module]:
    """The registered modules in INSTALLED_APPS order (the order their apps became ready)."""
    return list(_MODULES.values())


def asset_intake() -> AssetIntake | None:
    """The asset register's intake, when a module that keeps one is installed."""
    for module in _MODULES.values():
        if module.asset_intake is not None:
            return module.asset_intake
    return None


def service_ratings() -> ServiceRatings | None:
    """The e-services' ratings, when a module that collects them is installed."""
    for module in _MODULES.values():
        if module.service_ratings is not None:
            return module.service_ratings
    return None


def plan_measures() -> PlanMeasures | None:
    """The measures plan's measures of a year, when the measures module is installed."""
    for module in _MODULES.values():
        if module.plan_measures is not None:
            return module.plan_measures
    return None


class ModuleConfig(AppConfig):
    # apps.py imports this module, not the class: Django picks the one AppConfig named there.
    """The AppConfig of a feature module: ready() registers `<app>.module.MODULE`, and hands
    its audited models, jobs and print sources to the services that run them."""

    def ready(self) -> None:
        from auditlog.registry import auditlog

        from prongsai.jobs import registry as jobs
        from prongsai.printing.actions import register_source
        from prongsai.uploads.limits import register_body_limit

        module: Module = import_module(f"{self.name}.module").MODULE
        register(module)
        for audited in module.audited:
            auditlog.register(audited.model, **audited.options)
        for job in module.jobs:
            jobs.register(job)
        for source, render in module.print_sources:
            register_source(source, render)
        for key, limit in module.body_limits.items():
            register_body_limit(key, limit)
