"""The risk table as CSV and XLSX (every text through exports.cells: no formula survives)."""

import csv
import io

from django.utils.translation import gettext as _

from prongsai.exports.cells import csv_row
from prongsai.exports.responses import CONTENT_TYPES, Rendered
from prongsai.exports.xlsx import Table as Sheet
from prongsai.exports.xlsx import xlsx_workbook
from prongsai.lib.thai import thai_date
from prongsai.risks.queries import RiskRow, Table


def headings() -> list[str]:
    return [
        _("No."),
        _("Process or work area"),
        _("What can go wrong"),
        _("Who could be involved (by role)"),
        _("Likelihood"),
        _("Impact"),
        _("Score"),
        _("Level"),
        _("Existing controls"),
        _("New measures"),
        _("Measure of the measures plan"),
    ]


def _measures(row: RiskRow) -> str:
    return "\n".join(
        f"{measure.action} ({measure.owner}, {thai_date(measure.due_on, short=True)})"
        for measure in row.measures
    )


def row(item: RiskRow) -> list[object]:
    risk = item.risk
    return [
        risk.number,
        risk.process,
        risk.description,
        risk.involved_roles,
        risk.likelihood,
        risk.impact,
        item.score,
        item.level_label,
        risk.existing_controls,
        _measures(item),
        risk.plan_measure,
    ]


def follow_up_headings() -> list[str]:
    return [_("Risk"), _("Measure"), _("Round"), _("Date"), _("Status"), _("What was done")]


def follow_up_rows(data: Table) -> list[list[object]]:
    return [
        [
            item.risk.number,
            measure.action,
            follow_up.get_round_display(),
            thai_date(follow_up.recorded_on, short=True),
            follow_up.get_progress_display(),
            follow_up.done,
        ]
        for item in data.rows
        for measure in item.measures
        for follow_up in measure.follow_ups.all()
    ]


def risks_csv(data: Table, filename: str) -> Rendered:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(csv_row(headings()))
    for item in data.rows:
        writer.writerow(csv_row(row(item)))
    content = ("\ufeff" + buffer.getvalue()).encode("utf-8")  # the BOM: Excel reads Thai
    return Rendered(content, CONTENT_TYPES["csv"], filename + ".csv")


def risks_xlsx(data: Table, filename: str, title: str) -> Rendered:
    summary: list[list[object]] = [[title, ""], [_("Risks"), len(data.rows)]]
    summary += [[f"{label} ({low}–{high})", number] for _k, label, low, high, number in data.counts]
    summary.append([_("Source of the bands"), data.assessment.bands_source])
    rows = [row(item) for item in data.rows]
    rows.append([_("Total"), _("%(count)s risks") % {"count": len(data.rows)}])
    follow_ups = follow_up_rows(data)
    follow_ups.append([_("Total"), _("%(count)s follow-ups") % {"count": len(follow_ups)}])
    sheets = [
        Sheet(_("Risks"), headings(), rows, widths=[6, 22, 40, 24, 10, 10, 8, 12, 36, 44]),
        Sheet(_("Follow-ups"), follow_up_headings(), follow_ups, widths=[8, 40, 24, 14, 14, 44]),
    ]
    content = xlsx_workbook(_("Summary"), summary, sheets)
    return Rendered(content, CONTENT_TYPES["xlsx"], filename + ".xlsx")
