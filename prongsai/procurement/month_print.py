"""The monthly สขร.1 as a landscape A4 PDF, printed off the request path by the "print" job
(source `procurement.month`): one printed file per state of the month (under way or over, its
purchases' count and newest change), the previous one served while a new one prints."""

from typing import Any

from django.utils import timezone

from prongsai.agencies.models import Agency
from prongsai.procurement import queries, rules, summary

SOURCE = "procurement.month"


def month_html(params: dict[str, Any]) -> str | None:
    from django.template.loader import render_to_string

    from prongsai.exports.pdf import print_assets

    agency = queries.agency_by_pk(int(params.get("agency") or 0))
    year, month = int(params.get("year") or 0), int(params.get("month") or 0)
    if agency is None or not rules.is_month(year, month):
        return None
    context = {
        "data": summary.month_summary(agency, year, month),
        "columns": summary.COLUMNS,
        "form": summary.FORM,
        "none": summary.NONE,
        "so_far": summary.SO_FAR,
        "none_so_far": summary.NONE_SO_FAR,
        "css": render_to_string("procurement/sorkor1.css"),
        "base_href": print_assets("report.css")["base_href"],
    }
    return render_to_string("procurement/month_document.html", context)


def request_month_pdf(agency: Agency, year: int, month: int) -> Any:
    from prongsai.printing.actions import request_print

    state = rules.month_state(year, month, timezone.localdate())
    stamp = f"{state}-{queries.month_stamp(agency, year, month)}"
    return request_print(
        key=f"procurement/month/{agency.pk}/{year}/{month}/{stamp}",
        group=f"procurement/month/{agency.pk}/{year}/{month}",
        source=SOURCE,
        params={"agency": agency.pk, "year": year, "month": month},
    )
