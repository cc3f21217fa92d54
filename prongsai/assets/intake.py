"""Taking something the agency receives elsewhere into the register (the manifest's
`asset_intake`): a gift handed over to the school (integrity), goods delivered (procurement).

The new asset is a durable, usable, with the value as its cost, the day it was received as its
acquisition date and where it came from in its notes; it gets the next number of the year's
"รับมอบ-NNNN/ปปปป" series (the asset officer gives it its classification number later, by
editing it). Created through `actions.create_asset`: audited, with its history line."""

from datetime import date
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import transaction
from django.urls import reverse
from django.utils.translation import gettext as _

from prongsai.accounts.models import User
from prongsai.agencies.models import Agency
from prongsai.agencies.modules import Intake
from prongsai.assets import actions
from prongsai.assets.models import Asset
from prongsai.assets.values import MAX_COST
from prongsai.lib.thai import be_year

PREFIX = "รับมอบ-"
FUND_SOURCE = "รับมอบ"


def next_number(agency: Agency, year_be: int) -> str:
    """The next free number of the year's series (call under the agency's row lock)."""
    suffix = f"/{year_be}"
    taken = Asset.objects.filter(
        agency=agency, number__startswith=PREFIX, number__endswith=suffix
    ).values_list("number", flat=True)
    highest = 0
    for number in taken:
        middle = number[len(PREFIX) : -len(suffix)]
        if middle.isdigit():
            highest = max(highest, int(middle))
    return f"{PREFIX}{highest + 1:04d}{suffix}"


def take_in(
    *,
    agency: Agency,
    actor: User | None,
    name: str,
    value: Decimal | None,
    acquired_on: date,
    source: str,
) -> Intake:
    name = " ".join((name or "").split())[:255]
    if not name:
        raise ValidationError(_("Name the item to take into the asset register."))
    if value is not None and (value < 0 or value > MAX_COST):
        raise ValidationError(_("The value must be an amount of baht of zero or more."))
    with transaction.atomic():
        Agency.objects.select_for_update().filter(pk=agency.pk).first()  # one number at a time
        asset = actions.create_asset(
            agency=agency,
            data=actions.AssetData(
                number=next_number(agency, be_year(acquired_on.year)),
                name=name,
                acquired_on=acquired_on,
                cost=value,
                fund_source=FUND_SOURCE,
                notes=(source or "").strip(),
                kind=Asset.Kind.DURABLE,
                condition=Asset.Condition.USABLE,
            ),
            actor=actor,
        )
    return Intake(
        number=asset.number,
        staff_url=reverse("assets:staff_detail", kwargs={"agency": agency.slug, "pk": asset.pk}),
    )
