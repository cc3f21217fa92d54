"""The public pages of an agency's corruption-risk assessment: the matrix as a chart with the
table beside it, the six-month and annual follow-up reports, their PDF and Word. No login."""

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from prongsai.agencies.access import get_agency_or_404
from prongsai.agencies.models import Agency
from prongsai.exports.responses import CONTENT_TYPES, Rendered, file_response
from prongsai.lib.fiscal import fiscal_year, is_plausible_year
from prongsai.printing.responses import serve_pdf
from prongsai.risks import chart, document, queries
from prongsai.risks.access import get_assessment_for_public
from prongsai.risks.document_docx import document_docx
from prongsai.risks.models import Assessment

ROUNDS = {"six-month": "six_month", "annual": "annual"}


def _found(agency: str, year: int) -> tuple[Agency, Assessment | None]:
    found = get_agency_or_404(agency)
    if not is_plausible_year(year):
        raise Http404
    return found, get_assessment_for_public(found, year)


def latest(request: HttpRequest, agency: str) -> HttpResponse:
    """The newest published year, else this fiscal year's (friendly) page."""
    found = get_agency_or_404(agency)
    years = queries.published_years(found)
    year = years[0] if years else fiscal_year(timezone.localdate())
    return redirect("risks:public", agency=found.slug, year=year)


def public(request: HttpRequest, agency: str, year: int) -> HttpResponse:
    found, assessment = _found(agency, year)
    context: dict[str, object] = {
        "agency": found,
        "year": year,
        "assessment": assessment,
        "years": queries.published_years(found),
    }
    if assessment is not None:
        data = queries.table(assessment)
        context.update(data=data, chart=chart.chart(data))
    return render(request, "risks/public.html", context)


def public_follow_up(request: HttpRequest, agency: str, year: int, round: str) -> HttpResponse:
    if round not in ROUNDS:
        raise Http404
    found, assessment = _found(agency, year)
    six_month = round == "six-month"
    context: dict[str, object] = {
        "agency": found,
        "year": year,
        "assessment": assessment,
        "kind": round,
        "title": _("Six-month follow-up report") if six_month else _("Annual follow-up report"),
        "explanation": _(
            "What was done about each measure from 1 October to 31 March: the latest follow-up "
            "of the six-month round."
        )
        if six_month
        else _(
            "What was done about each measure in the fiscal year: the latest follow-up of "
            "the annual round."
        ),
    }
    if assessment is not None:
        context["lines"] = queries.follow_up_report(queries.table(assessment), ROUNDS[round])
    return render(request, "risks/public_follow_up.html", context)


def public_pdf(request: HttpRequest, agency: str, year: int, kind: str) -> HttpResponse:
    found, assessment = _found(agency, year)
    if assessment is None or kind not in document.KINDS:
        raise Http404
    back = reverse("risks:public", kwargs={"agency": found.slug, "year": year})
    return serve_pdf(  # printed once per change of the assessment, off the request path
        request,
        document.request_pdf(assessment, kind),
        filename=f"risks-{kind}-{found.slug}-{year}.pdf",
        context={"agency": found, "back_url": back},
    )


def public_docx(request: HttpRequest, agency: str, year: int, kind: str) -> HttpResponse:
    found, assessment = _found(agency, year)
    if assessment is None or kind not in document.KINDS:
        raise Http404
    rendered = Rendered(
        document_docx(assessment, kind),
        CONTENT_TYPES["docx"],
        f"risks-{kind}-{found.slug}-{year}.docx",
    )
    return file_response(rendered, inline=False)
