"""The monthly สขร.1 and the year's purchases as XLSX (every cell through exports.cells)."""

from django.utils.translation import gettext as _
from django.utils.translation import pgettext

from prongsai.exports.responses import CONTENT_TYPES, Rendered
from prongsai.exports.xlsx import Table, xlsx_workbook
from prongsai.procurement import rules, summary
from prongsai.procurement.models import ZERO, Purchase
from prongsai.procurement.queries import YearFigures


def month_xlsx(data: summary.Month) -> Rendered:
    info: list[list[object]] = [
        [summary.FORM, ""],
        [data.title, ""],
        ["หน่วยงาน", data.agency.name_th],
        ["จำนวนรายการ", len(data.rows)],
        ["วงเงินรวม (บาท)", rules.money(data.ceiling)],
        ["ราคาที่ตกลงรวม (บาท)", rules.money(data.amount)],
    ]
    if data.current:
        info.append(["", summary.SO_FAR if data.rows else summary.NONE_SO_FAR])
    elif data.empty:
        info.append(["", summary.NONE])
    rows: list[list[object]] = [list(row.cells()) for row in data.rows]
    rows.append(["รวม", "", rules.money(data.ceiling), "", "", "", rules.money(data.amount)])
    table = Table("สขร.1", list(summary.COLUMNS), rows, widths=[8, 36, 16, 16, 22, 40, 36, 30, 30])
    content = xlsx_workbook("สรุป", info, [table])
    filename = f"sorkor1-{data.agency.slug}-{data.year}-{data.month:02d}.xlsx"
    return Rendered(content, CONTENT_TYPES["xlsx"], filename)


def year_xlsx(slug: str, figures: YearFigures) -> Rendered:
    months: list[list[object]] = [
        [figure.title, figure.count, rules.money(figure.amount)] for figure in figures.months
    ]
    months.append([pgettext("money", "Total"), figures.count, rules.money(figures.amount)])
    methods: list[list[object]] = [
        [figure.label, figure.count, rules.money(figure.amount)] for figure in figures.methods
    ]
    methods.append([pgettext("money", "Total"), figures.count, rules.money(figures.amount)])
    headings = [_("Month"), _("Purchases"), _("Amount (baht)")]
    method_headings = [_("Method"), _("Purchases"), _("Amount (baht)")]
    content = xlsx_workbook(
        _("Summary"),
        [
            [_("Annual procurement report, fiscal year %(year)s") % {"year": figures.year}, ""],
            [_("Purchases"), figures.count],
            [_("Amount (baht)"), rules.money(figures.amount)],
        ],
        [
            Table(_("By month"), headings, months, widths=[30, 14, 18]),
            Table(_("By method"), method_headings, methods, widths=[40, 14, 18]),
        ],
    )
    return Rendered(content, CONTENT_TYPES["xlsx"], f"procurement-{slug}-{figures.year}.xlsx")


def purchases_xlsx(agency_slug: str, year: int, purchases: list[Purchase]) -> Rendered:
    """Every purchase of the year as the สขร.1's columns, with its date and e-GP number (a
    sheet the import reads back in its own columns is the template; this one is for reading)."""
    headings = ["วันที่", *summary.COLUMNS, "เลขที่โครงการ e-GP"]
    rows: list[list[object]] = [
        [rules.short_date(purchase.purchased_on), *summary.row(number, purchase).cells(),
         purchase.egp_number]
        for number, purchase in enumerate(purchases, start=1)
    ]  # fmt: skip
    total = sum((purchase.agreed_price for purchase in purchases), start=ZERO)
    rows.append(["รวม", "", "", "", "", "", "", rules.money(total), "", "", ""])
    table = Table("สขร.1", headings, rows, widths=[12, 8, 36, 16, 16, 22, 40, 36, 30, 30, 16])
    content = xlsx_workbook(
        "สรุป",
        [["การจัดซื้อจัดจ้าง ปีงบประมาณ", year], ["จำนวนรายการ", len(purchases)],
         ["ราคาที่ตกลงรวม (บาท)", rules.money(total)]],
        [table],
    )  # fmt: skip
    return Rendered(content, CONTENT_TYPES["xlsx"], f"purchases-{agency_slug}-{year}.xlsx")
