"""The published annual procurement report as an A4 PDF (Thai), printed off the request path by
the "print" job (source `procurement.report`): the figures by method and by month, the
officer's problems and suggestions. One printed file per state of the year (its purchases and
the report's last change)."""

from typing import Any

from prongsai.agencies.models import Agency
from prongsai.procurement import queries, summary
from prongsai.procurement.models import AnnualReport

SOURCE = "procurement.report"


def report_html(params: dict[str, Any]) -> str | None:
    from django.template.loader import render_to_string

    from prongsai.exports.pdf import print_assets

    agency = queries.agency_by_pk(int(params.get("agency") or 0))
    year = int(params.get("year") or 0)
    found = queries.published_report(agency, year) if agency else None
    if agency is None or found is None:
        return None
    figures = queries.year_figures(agency, year)
    context = {
        "agency": agency,
        "year": year,
        "report": found,
        "figures": figures,
        "methods": [(summary.METHOD_TH[m.method], m) for m in figures.methods],
        "css": render_to_string("procurement/sorkor1.css")
        + render_to_string("procurement/report_print.css"),
        "base_href": print_assets("report.css")["base_href"],
    }
    return render_to_string("procurement/report_document.html", context)


def request_report_pdf(agency: Agency, report: AnnualReport) -> Any:
    from prongsai.printing.actions import request_print

    stamp = queries.year_stamp(agency, report.year)
    changed = int(report.updated_at.timestamp())
    return request_print(
        key=f"procurement/report/{agency.pk}/{report.year}/{stamp}-{changed}",
        group=f"procurement/report/{agency.pk}/{report.year}",
        source=SOURCE,
        params={"agency": agency.pk, "year": report.year},
    )
