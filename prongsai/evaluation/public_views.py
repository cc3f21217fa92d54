"""The public HR pages of a fiscal year: the published evaluation criteria, and the results as
counts per level (no names; a group of fewer than five people is not shown)."""

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone

from prongsai.agencies.access import get_agency_or_404
from prongsai.evaluation import actions, queries, report_queries, scoring
from prongsai.evaluation.models import StaffType
from prongsai.lib.fiscal import fiscal_year, is_plausible_year


def _agency_year(agency: str, year: int):  # type: ignore[no-untyped-def]
    if not is_plausible_year(year):
        raise Http404
    return get_agency_or_404(agency)


def hr_latest(request: HttpRequest, agency: str) -> HttpResponse:
    """The newest year with a round, else this fiscal year's (friendly, empty) page."""
    found = get_agency_or_404(agency)
    years = queries.years_with_rounds(found)
    year = years[0] if years else fiscal_year(timezone.localdate())
    return redirect("evaluation:hr_report", agency=found.slug, year=year)


def hr_report(request: HttpRequest, agency: str, year: int) -> HttpResponse:
    found = _agency_year(agency, year)
    context = {
        "agency": found,
        "year": year,
        "reports": queries.year_results(found, year),
        "other_years": [other for other in queries.years_with_rounds(found) if other != year],
        "smallest": queries.SMALLEST_GROUP,
        "has_criteria": bool(queries.published_rounds(found, year)),
    }
    return render(request, "evaluation/public_report.html", context)


def hr_criteria(request: HttpRequest, agency: str, year: int) -> HttpResponse:
    found = _agency_year(agency, year)
    rounds = [
        {
            "round": round_,
            "bounds": actions.round_bounds(round_.year, round_.number),
            "forms": [
                (StaffType(key).label, frozen)
                for key, frozen in round_.structures.items()
                if key in StaffType.values
            ],
        }
        for round_ in queries.published_rounds(found, year)
    ]
    context = {"agency": found, "year": year, "rounds": rounds, "levels": scoring.LEVELS}
    return render(request, "evaluation/public_criteria.html", context)


def hr_ethics(request: HttpRequest, agency: str, year: int) -> HttpResponse:
    """The ethics assessment of the agency's officials (O41 of 2566): the discipline-and-ethics
    part of each closed round's forms, counts per level and mean percentages, no names."""
    found = _agency_year(agency, year)
    context = {
        "agency": found,
        "year": year,
        "reports": report_queries.ethics_results(found, year),
        "smallest": queries.SMALLEST_GROUP,
    }
    return render(request, "evaluation/public_ethics.html", context)
