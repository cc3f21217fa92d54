"""The register as CSV and XLSX (every text through exports.cells: no formula survives)."""

import csv
import io
from decimal import Decimal

from django.utils.translation import gettext as _

from prongsai.exports.cells import csv_row
from prongsai.exports.responses import CONTENT_TYPES, Rendered
from prongsai.exports.xlsx import Table, xlsx_workbook
from prongsai.integrity.models import Gift
from prongsai.lib.thai import thai_date


def headings() -> list[str]:
    return [
        _("Date received"),
        _("Declared by"),
        _("Giver"),
        _("Organisation"),
        _("Relationship"),
        _("Given to the public"),
        _("Business with the agency"),
        _("Occasion"),
        _("What was given"),
        _("Value (baht)"),
        _("Rule"),
        _("Report by"),
        _("Reported on"),
        _("Status"),
        _("Decision"),
        _("Reason"),
        _("Decided by"),
    ]


def row(gift: Gift) -> list[object]:
    return [
        thai_date(gift.received_on, short=True),
        gift.declarer.display_name,
        gift.giver_name,
        gift.giver_organisation,
        gift.get_relationship_display(),
        _("Yes") if gift.to_public else _("No"),
        gift.get_business_display(),
        gift.get_occasion_display(),
        gift.description,
        float(gift.value),
        gift.get_outcome_display(),
        thai_date(gift.deadline, short=True) if gift.deadline else "",
        thai_date(gift.reported_on, short=True) if gift.reported_on else "",
        gift.get_status_display(),
        gift.get_decision_display() if gift.decision else "",
        gift.decision_reason,
        gift.decided_by.display_name if gift.decided_by else "",
    ]


def register_csv(gifts: list[Gift], filename: str) -> Rendered:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(csv_row(headings()))
    for gift in gifts:
        writer.writerow(csv_row(row(gift)))
    content = ("\ufeff" + buffer.getvalue()).encode("utf-8")  # the BOM: Excel reads Thai
    return Rendered(content, CONTENT_TYPES["csv"], filename + ".csv")


def register_xlsx(gifts: list[Gift], filename: str, title: str) -> Rendered:
    total = sum((gift.value for gift in gifts), start=Decimal(0))
    summary: list[list[object]] = [
        [title, ""],
        [_("Gifts"), len(gifts)],
        [_("Total value (baht)"), float(total)],
    ]
    rows = [row(gift) for gift in gifts]
    rows.append([_("Total"), "", "", "", "", "", "", "", "", float(total)])
    table = Table(_("Gifts"), headings(), rows, widths=[14, 22, 22, 22], frozen_columns=1)
    content = xlsx_workbook(_("Summary"), summary, [table])
    return Rendered(content, CONTENT_TYPES["xlsx"], filename + ".xlsx")
