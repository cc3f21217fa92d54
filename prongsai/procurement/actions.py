"""Changes to procurement records, each whole or not at all (its own transaction)."""

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.utils.translation import gettext as _

from prongsai.agencies import modules
from prongsai.agencies.models import Agency
from prongsai.lib.fiscal import fiscal_year_bounds
from prongsai.procurement import rules
from prongsai.procurement.models import (
    AnnualReport,
    Bidder,
    Notice,
    PlanItem,
    ProcurementPlan,
    Purchase,
)
from prongsai.procurement.rules import BidderLine

# ---------------------------------------------------------------- the plan


@dataclass(frozen=True)
class PlanItemData:
    what: str
    amount: Decimal
    method: str
    planned_month: int
    egp_number: str = ""


def save_plan_item(
    *, agency: Agency, year: int, data: PlanItemData, item: PlanItem | None = None
) -> PlanItem:
    if not 1 <= data.planned_month <= 12:
        raise ValidationError({"planned_month": _("Choose the month the purchase is planned.")})
    with transaction.atomic():
        if item is None:
            plan, _created = ProcurementPlan.objects.get_or_create(agency=agency, year=year)
            item = PlanItem(plan=plan)
        for name, value in data.__dict__.items():
            setattr(item, name, value)
        item.save()
        item.plan.save(update_fields=["updated_at"])
    return item


def remove_plan_item(*, item: PlanItem) -> None:
    with transaction.atomic():
        item.delete()


def publish_plan(*, agency: Agency, year: int, today: date) -> ProcurementPlan:
    """Publish the year's plan (dated today); a plan without items is refused."""
    with transaction.atomic():
        plan = ProcurementPlan.objects.select_for_update().filter(agency=agency, year=year).first()
        if plan is None or not plan.items.exists():
            raise ValidationError(_("Add at least one item to the plan before publishing it."))
        plan.published_on = today
        plan.save(update_fields=["published_on", "updated_at"])
    return plan


def unpublish_plan(*, agency: Agency, year: int) -> None:
    with transaction.atomic():
        ProcurementPlan.objects.filter(agency=agency, year=year).update(published_on=None)


# ---------------------------------------------------------------- notices


@dataclass(frozen=True)
class NoticeData:
    kind: str
    title: str
    dated_on: date
    egp_number: str = ""
    link: str = ""


def save_notice(
    *,
    agency: Agency,
    data: NoticeData,
    upload: UploadedFile | None = None,
    notice: Notice | None = None,
) -> Notice:
    """A notice needs its file or a link to it (the e-GP page)."""
    has_file = upload is not None or bool(notice and notice.file)
    if not has_file and not data.link:
        raise ValidationError(
            {"file": _("Attach the notice as a file, or give the link to it (for example e-GP).")}
        )
    with transaction.atomic():
        notice = notice or Notice(agency=agency)
        for name, value in data.__dict__.items():
            setattr(notice, name, value)
        notice.year = rules.year_of(data.dated_on)
        if upload is not None:
            old = notice.file.name if notice.file else ""
            notice.file.save(upload.name or "notice", upload, save=False)
            if old:
                transaction.on_commit(lambda: notice.file.storage.delete(old))
        notice.save()
    return notice


def remove_notice(*, notice: Notice) -> None:
    with transaction.atomic():
        name = notice.file.name if notice.file else ""
        storage = notice.file.storage
        notice.delete()
        if name:
            transaction.on_commit(lambda: storage.delete(name))


# ---------------------------------------------------------------- purchases


@dataclass(frozen=True)
class PurchaseData:
    purchased_on: date
    what: str
    ceiling: Decimal
    method: str
    supplier: str
    agreed_price: Decimal
    reason: str
    reference_price: Decimal | None = None
    contract_number: str = ""
    contract_date: date | None = None
    egp_number: str = ""
    durable: bool = False
    bidders: list[BidderLine] = field(default_factory=list)


def purchase_errors(data: PurchaseData, year: int | None = None) -> dict[str, str]:
    """The rules a purchase must meet, by field (Thai messages); `year`: the fiscal year the
    officer is recording (the date must fall in it)."""
    errors: dict[str, str] = {}
    if year is not None and not in_year(data.purchased_on, year):
        start, end = fiscal_year_bounds(year)
        errors["purchased_on"] = _(
            "The date is outside fiscal year %(year)s: type a date from %(start)s to %(end)s."
        ) % {"year": year, "start": rules.short_date(start), "end": rules.short_date(end)}
    if data.agreed_price > data.ceiling:
        errors["agreed_price"] = _(
            "The agreed price (%(price)s baht) is above the ceiling (%(ceiling)s baht): check "
            "both amounts."
        ) % {"price": rules.money(data.agreed_price), "ceiling": rules.money(data.ceiling)}
    return errors


def _bidders_of(data: PurchaseData) -> list[BidderLine]:
    """The bidders as given; none given: the selected supplier was the only one."""
    return data.bidders or [BidderLine(data.supplier, data.agreed_price)]


def save_purchase(
    *, agency: Agency, data: PurchaseData, year: int | None = None, purchase: Purchase | None = None
) -> Purchase:
    errors = purchase_errors(data, year)
    if errors:
        raise ValidationError(errors)
    with transaction.atomic():
        return _write_purchase(agency, data, purchase)


def _write_purchase(agency: Agency, data: PurchaseData, purchase: Purchase | None) -> Purchase:
    purchase = purchase or Purchase(agency=agency)
    for name, value in data.__dict__.items():
        if name != "bidders":
            setattr(purchase, name, value)
    purchase.year = rules.year_of(data.purchased_on)
    purchase.save()
    purchase.bidders.all().delete()
    Bidder.objects.bulk_create(
        Bidder(purchase=purchase, name=line.name, price=line.price) for line in _bidders_of(data)
    )
    return purchase


def remove_purchase(*, purchase: Purchase) -> None:
    with transaction.atomic():
        purchase.delete()


def import_purchases(*, agency: Agency, year: int, rows: list[PurchaseData]) -> int:
    """Every row or none: a row breaking a rule refuses the whole file."""
    for line, data in enumerate(rows, start=1):
        errors = purchase_errors(data, year)
        if errors:
            raise ValidationError(
                _("row %(line)d: %(errors)s") % {"line": line, "errors": " ".join(errors.values())}
            )
    with transaction.atomic():
        for data in rows:
            _write_purchase(agency, data, None)
    return len(rows)


def add_to_assets(*, purchase: Purchase, actor: Any) -> modules.Intake:
    """Take a durable purchase into the asset register once (its number is kept)."""
    intake = modules.asset_intake()
    if intake is None:
        raise ValidationError(_("This installation keeps no asset register."))
    with transaction.atomic():
        locked = Purchase.objects.select_for_update().get(pk=purchase.pk)
        if locked.asset_number:
            raise ValidationError(
                _("This purchase is already in the asset register as %(number)s.")
                % {"number": locked.asset_number}
            )
        if not locked.durable:
            raise ValidationError(_("Only a durable article (ครุภัณฑ์) goes into the register."))
        done = intake(
            agency=locked.agency,
            actor=actor,
            name=locked.what,
            value=locked.agreed_price,
            acquired_on=locked.contract_date or locked.purchased_on,
            source=_("Purchase: %(supplier)s, contract %(number)s")
            % {"supplier": locked.supplier, "number": locked.contract_number or "-"},
        )
        locked.asset_number = done.number
        locked.save(update_fields=["asset_number", "updated_at"])
    purchase.asset_number = done.number
    return done


# ---------------------------------------------------------------- the annual report


def save_report(
    *, agency: Agency, year: int, problems: str, suggestions: str, publish: bool, today: date
) -> AnnualReport:
    with transaction.atomic():
        report, _created = AnnualReport.objects.get_or_create(agency=agency, year=year)
        report.problems = problems
        report.suggestions = suggestions
        if publish:
            report.published_on = today
        report.save()
    return report


def in_year(day: date, year: int) -> bool:
    start, end = fiscal_year_bounds(year)
    return start <= day <= end
