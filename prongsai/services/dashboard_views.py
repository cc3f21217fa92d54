"""The public usage dashboard of an agency's e-services and one service's monthly figures.

Public on purpose (ITA evidence, ข้อมูลเชิงสถิติการให้บริการ): counts, durations and ratings
only, never a request or a person. The figures come from `services.statistics` (an area
office: `services.area_statistics`, the sum of its schools and the schools ranked).

The period comes from the query string (`?year=<B.E.>&quarter=<1-4>`); anything unreadable falls
back to the current fiscal year and the whole year, so a hand-typed address never fails. The
page speaks the visitor's language (English msgids, Thai catalogue); the downloads
(`dashboard_downloads`) are an official Thai document. Charts: `dashboard_charts`.
"""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from prongsai.agencies.access import get_agency_or_404
from prongsai.lib.fiscal import QUARTERS, current_fiscal_year, quarter_label
from prongsai.services.access import get_service_figures_for_public
from prongsai.services.area_statistics import figures_for
from prongsai.services.dashboard_charts import standard_chart, volume_chart
from prongsai.services.dashboard_downloads import FORMATS, queue_statistics_pdf
from prongsai.services.dashboard_format import Period, parse_period, period_label, text_cells
from prongsai.services.statistics import ServiceStatistics, service_statistics

__all__ = ["dashboard", "service_detail_stats"]

YEARS_SHOWN = 5

# --- The page -----------------------------------------------------------------------------------


def _offered_years() -> list[int]:
    """The fiscal years the period switcher always offers: this one and the four before."""
    current = current_fiscal_year(timezone.localdate())
    return list(range(current, current - YEARS_SHOWN, -1))


def _year_choices(selected: int) -> list[int]:
    years = _offered_years()
    if selected not in years:
        years.append(selected)
    return sorted(years, reverse=True)


def _filter_context(period: Period) -> dict[str, Any]:
    return {
        "period": period,
        "years": _year_choices(period.year),
        "quarter_choices": [(quarter, quarter_label(period.year, quarter)) for quarter in QUARTERS],
        "period_label": period_label(period),
    }


def _month_rows(stats: ServiceStatistics) -> list[dict[str, Any]]:
    return [{"label": row.label, "cells": text_cells(row.figures)} for row in stats.months]


def _quarter_rows(stats: ServiceStatistics) -> list[dict[str, Any]]:
    return [{"label": row.label, "cells": text_cells(row.figures)} for row in stats.quarters]


def dashboard(request: HttpRequest, agency: str) -> HttpResponse:
    agency_obj = get_agency_or_404(agency)
    period = parse_period(request.GET)
    stats, ranking = figures_for(agency_obj, period.year, period.quarter)
    query = period.query()
    context: dict[str, Any] = {
        "agency": agency_obj,
        "stats": stats,
        "is_office": ranking is not None,
        "total": text_cells(stats.total),
        "month_rows": _month_rows(stats),
        "quarter_rows": _quarter_rows(stats),
        "volume_chart": volume_chart(stats),
        "downloads": [
            (
                fmt,
                reverse("services:dashboard_file", kwargs={"agency": agency_obj.slug, "fmt": fmt})
                + query,
            )
            for fmt in FORMATS
        ],
        **_filter_context(period),
    }
    if ranking is not None:
        context["rank_rows"] = [
            {
                "rank": row.rank,
                "agency": row.agency,
                "url": reverse("services:dashboard", kwargs={"agency": row.agency.slug}) + query,
                "cells": text_cells(row.figures),
            }
            for row in ranking.rows
        ]
        context["standard_chart"] = standard_chart(
            [(row.label, row.figures) for row in stats.months],
            _("One bar per month. The same figures are in the table by month."),
        )
    else:
        context["service_rows"] = [
            {
                "name": row.name,
                "promised_days": row.promised_days,
                "is_active": row.is_active,
                "url": reverse(
                    "services:service_detail_stats",
                    kwargs={"agency": agency_obj.slug, "pk": row.id},
                )
                + query,
                "cells": text_cells(row.figures),
            }
            for row in stats.services
        ]
        context["standard_chart"] = standard_chart(
            [(row.name, row.figures) for row in stats.services],
            _("One bar per service. The same figures are in the table by service."),
        )
    response = render(request, "services/dashboard.html", context)
    if period.year in _offered_years():
        # A year the switcher offers: the PDF of these figures is printed now, off the request
        # path, so it is usually ready by the time someone clicks its link.
        queue_statistics_pdf(agency_obj, period, stats, ranking)
    return response


def service_detail_stats(request: HttpRequest, agency: str, pk: int) -> HttpResponse:
    """One public service's figures by month (its catalogue page links here)."""
    agency_obj = get_agency_or_404(agency)
    service = get_service_figures_for_public(agency_obj, pk)
    period = parse_period(request.GET)
    stats = service_statistics(
        [agency_obj.pk], period.year, period.quarter, service_ids=[service.pk]
    )
    context = {
        "agency": agency_obj,
        "service": service,
        "stats": stats,
        "total": text_cells(stats.total),
        "month_rows": _month_rows(stats),
        "quarter_rows": _quarter_rows(stats),
        "volume_chart": volume_chart(stats),
        "dashboard_url": reverse("services:dashboard", kwargs={"agency": agency_obj.slug})
        + period.query(),
        **_filter_context(period),
    }
    return render(request, "services/dashboard_service.html", context)
