"""The agency's complaint-handling guideline (OIT: แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริต),
written from how the system handles cases and the agency's complaint settings.

The OIT asks for at least how outsiders file a complaint, the steps of handling, the responsible
unit and the time taken; each comes from the settings the complaint officer keeps, so the
published guideline always says what the system actually does.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.urls import reverse
from django.utils.translation import gettext as _

from prongsai.agencies.models import Agency
from prongsai.complaints.models import ComplaintSettings


@dataclass(frozen=True)
class Step:
    title: str
    detail: str
    time: str


@dataclass(frozen=True)
class Guideline:
    agency: Agency
    online_url: str
    follow_up_url: str
    other_channels: list[str]
    responsible: str
    steps: list[Step]
    acknowledge_days: int
    result_days: int
    retention_years: int


def _other_channels(agency: Agency, options: ComplaintSettings) -> list[str]:
    typed = [line.strip() for line in options.other_channels.splitlines() if line.strip()]
    if typed:
        return typed
    found = []
    if agency.address.strip():
        found.append(
            _("By letter to the head of %(agency)s, %(address)s")
            % {"agency": agency.name_th, "address": " ".join(agency.address.split())}
        )
    if agency.phone.strip():
        found.append(_("By telephone: %(phone)s") % {"phone": agency.phone.strip()})
    found.append(_("In person at %(agency)s on working days") % {"agency": agency.name_th})
    return found


def _responsible(agency: Agency, options: ComplaintSettings) -> str:
    if options.handling_unit is not None:
        return _(
            "%(unit)s, %(agency)s: the complaint officer receives and handles cases; "
            "the head of the agency decides on the action taken."
        ) % {"unit": options.handling_unit.name_th, "agency": agency.name_th}
    return _(
        "The complaint officer of %(agency)s receives and handles cases; "
        "the head of the agency decides on the action taken."
    ) % {"agency": agency.name_th}


def _steps(options: ComplaintSettings) -> list[Step]:
    ack = options.acknowledge_days
    result = options.result_days
    return [
        Step(
            _("Receive the complaint"),
            _(
                "A complaint sent online is recorded at once and the reporter is given a receipt "
                "number to follow it up. A letter, a call or a visit is entered into the system "
                "by the complaint officer on the day it arrives."
            ),
            _("The same day"),
        ),
        Step(
            _("Screen the case"),
            _(
                "The complaint officer reads the case, checks that it concerns corruption or "
                "misconduct by the agency's staff, and excludes any officer the case concerns "
                "from seeing it."
            ),
            _("Within %(days)s days of filing") % {"days": ack},
        ),
        Step(
            _("Tell the reporter the case was accepted"),
            _(
                "The reporter sees on the follow-up page, with the receipt number, that the case "
                "was accepted, or why it cannot be handled here and where to take it."
            ),
            _("Within %(days)s days of filing") % {"days": ack},
        ),
        Step(
            _("Look into the facts"),
            _(
                "The officer gathers the facts, may ask the reporter questions through the "
                "follow-up page, and proposes action to the head of the agency. A case that "
                "needs a disciplinary inquiry goes to the authority that has the power to hold one."
            ),
            _("Within %(days)s days of filing") % {"days": result},
        ),
        Step(
            _("Report the result"),
            _(
                "The reporter is told the outcome and its reason on the follow-up page; the "
                "case is closed and counted in the published complaint statistics."
            ),
            _("Within %(days)s days of filing") % {"days": result},
        ),
        Step(
            _("Keep the record"),
            _(
                "A closed case is kept for %(years)s years and then deleted for good, "
                "together with its files."
            )
            % {"years": options.retention_years},
            _("%(years)s years after closing") % {"years": options.retention_years},
        ),
    ]


def complaint_guideline(agency: Agency, options: ComplaintSettings) -> Guideline:
    """The guideline of an agency, from its complaint settings (two queries at most)."""
    return Guideline(
        agency=agency,
        online_url=reverse("complaints:new", kwargs={"agency": agency.slug}),
        follow_up_url=reverse("complaints:follow_up", kwargs={"agency": agency.slug}),
        other_channels=_other_channels(agency, options),
        responsible=_responsible(agency, options),
        steps=_steps(options),
        acknowledge_days=options.acknowledge_days,
        result_days=options.result_days,
        retention_years=options.retention_years,
    )
