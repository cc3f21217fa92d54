"""The approved declaration as a Thai official announcement (ประกาศ): HTML printed to an A4 PDF
by Chromium off the request path (`prongsai.printing`), once per approved version.

Layout of an announcement: "ประกาศ<agency>" and "เรื่อง …" centred, a short rule, the preamble
and the numbered commitments indented 2.5 cm, "จึงประกาศมาเพื่อทราบโดยทั่วกัน", the date
("ประกาศ ณ วันที่ ๑ ตุลาคม พ.ศ. ๒๕๖๘") and the signature block (name in brackets, position)
on the right half. Sarabun, Thai numerals. The English version, when written, follows on a page
of its own.
"""

from datetime import date
from typing import Any

from prongsai.integrity.models import Declaration
from prongsai.lib.thai import THAI_MONTHS, be_year, to_thai_digits

__all__ = [
    "SOURCE",
    "declaration_html",
    "english_date",
    "official_date",
    "paragraphs",
    "render_declaration_html",
    "request_declaration_pdf",
]

SOURCE = "integrity.declaration"


def official_date(day: date) -> str:
    """ "๑ ตุลาคม พ.ศ. ๒๕๖๘", as an announcement is dated."""
    month = THAI_MONTHS[day.month - 1]
    return f"{to_thai_digits(day.day)} {month} พ.ศ. {to_thai_digits(be_year(day.year))}"


def english_date(day: date) -> str:
    return f"{day.day} {day.strftime('%B')} {day.year}"


def paragraphs(text: str) -> list[str]:
    """The preamble's paragraphs: one a line, blank lines ignored."""
    return [line.strip() for line in text.splitlines() if line.strip()]


def context(declaration: Declaration) -> dict[str, Any]:
    from django.template.loader import render_to_string

    from prongsai.exports.pdf import print_assets

    base = print_assets("report.css")["base_href"]  # the fonts' folder, relative to static/css
    return {
        "agency": declaration.agency,
        "declaration": declaration,
        "preamble": paragraphs(declaration.preamble_th),
        "commitments": [
            (to_thai_digits(number), text)
            for number, text in enumerate(declaration.commitments_list, start=1)
        ],
        "preamble_en": paragraphs(declaration.preamble_en),
        "commitments_en": list(enumerate(declaration.commitments_en_list, start=1)),
        "date_th": official_date(declaration.declared_on),
        "date_en": english_date(declaration.declared_on),
        "css": render_to_string("integrity/declaration_print.css"),
        "base_href": base,
    }


def render_declaration_html(declaration: Declaration) -> str:
    from django.template.loader import render_to_string

    return render_to_string("integrity/declaration_document.html", context(declaration))


def declaration_html(params: dict[str, Any]) -> str | None:
    """The print HTML of an approved version (the "print" job calls this); None when gone."""
    declaration = (
        Declaration.objects.filter(
            pk=int(params.get("pk") or 0), status=Declaration.Status.APPROVED
        )
        .select_related("agency")
        .first()
    )
    return None if declaration is None else render_declaration_html(declaration)


def request_declaration_pdf(declaration: Declaration) -> Any:
    """Ask for the version's PDF (printed by the "print" job after commit, once)."""
    from prongsai.printing.actions import request_print

    return request_print(
        key=f"integrity/declaration/{declaration.pk}",
        group=f"integrity/declaration/{declaration.agency_id}/{declaration.year}",
        source=SOURCE,
        params={"pk": declaration.pk},
    )
