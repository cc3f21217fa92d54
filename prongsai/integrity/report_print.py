"""The published No Gift report as an A4 PDF (Thai official style, as the declaration), printed
once per publication by the "print" job (source `integrity.report`)."""

from typing import Any

from prongsai.integrity import report
from prongsai.integrity.declaration_print import official_date
from prongsai.integrity.models import GiftReport

SOURCE = "integrity.report"


def context(found: GiftReport) -> dict[str, Any]:
    from django.template.loader import render_to_string

    from prongsai.exports.pdf import print_assets

    assert found.published_at is not None
    return {
        "agency": found.agency,
        "found": found,
        "data": report.for_display(found.figures),
        "published_th": official_date(found.published_at.date()),
        "css": render_to_string("integrity/declaration_print.css"),
        "base_href": print_assets("report.css")["base_href"],
    }


def render_report_html(found: GiftReport) -> str:
    from django.template.loader import render_to_string

    return render_to_string("integrity/report_document.html", context(found))


def report_html(params: dict[str, Any]) -> str | None:
    found = (
        GiftReport.objects.filter(pk=int(params.get("pk") or 0), published_at__isnull=False)
        .select_related("agency")
        .first()
    )
    return None if found is None else render_report_html(found)


def request_report_pdf(found: GiftReport) -> Any:
    from prongsai.printing.actions import request_print

    assert found.published_at is not None
    stamp = int(found.published_at.timestamp())
    return request_print(
        key=f"integrity/report/{found.pk}/{stamp}",
        group=f"integrity/report/{found.pk}",
        source=SOURCE,
        params={"pk": found.pk},
    )
