"""API for the public service statistics of an agency (the figures of its usage dashboard)."""

from typing import Any

from django.utils.translation import gettext as _
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import serializers
from rest_framework.exceptions import ValidationError
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from prongsai.agencies.access import get_agency_or_404
from prongsai.agencies.models import Agency
from prongsai.lib.fiscal import MAX_YEAR, MIN_YEAR, QUARTERS, current_fiscal_year
from prongsai.services.area_statistics import AreaRanking, figures_for
from prongsai.services.statistics import Figures, ServiceStatistics


class FiguresSerializer(serializers.Serializer[Any]):
    received = serializers.IntegerField(help_text="Requests received plus walk-ins served.")
    online = serializers.IntegerField(help_text="Requests made online.")
    at_counter = serializers.IntegerField(help_text="Requests made at the counter plus walk-ins.")
    online_share = serializers.FloatField(
        allow_null=True, help_text="online ÷ received (0–1); null when nothing was received."
    )
    completed = serializers.IntegerField(help_text="Requests done plus walk-ins.")
    timed = serializers.IntegerField(help_text="Done requests with a completion time.")
    median_hours = serializers.FloatField(
        allow_null=True, help_text="Median hours from receipt to completion (timed requests)."
    )
    within_standard = serializers.IntegerField(help_text="Timed requests done by their due time.")
    within_standard_share = serializers.FloatField(
        allow_null=True, help_text="within_standard ÷ timed (0–1)."
    )
    ratings = serializers.IntegerField(help_text="How many satisfaction ratings (1–5).")
    mean_rating = serializers.FloatField(allow_null=True, help_text="Mean satisfaction (1–5).")


class ServiceFiguresSerializer(FiguresSerializer):
    id = serializers.IntegerField()
    agency = serializers.CharField(help_text="Slug of the agency offering the service.")
    name = serializers.CharField()
    promised_days = serializers.IntegerField(help_text="The service's standard time, in days.")
    is_active = serializers.BooleanField()


class MonthFiguresSerializer(FiguresSerializer):
    year = serializers.IntegerField(help_text="Calendar year (CE) of the month.")
    month = serializers.IntegerField(min_value=1, max_value=12)
    # The API's field is called "label"; the stubs know Field.label as a text.
    label = serializers.CharField(help_text="Thai label, e.g. ต.ค. 2567.")  # type: ignore[assignment]


class QuarterFiguresSerializer(FiguresSerializer):
    quarter = serializers.IntegerField(min_value=1, max_value=4)
    label = serializers.CharField()  # type: ignore[assignment]


class SchoolFiguresSerializer(FiguresSerializer):
    rank = serializers.IntegerField()
    agency = serializers.CharField()
    name = serializers.CharField()


class ServiceStatisticsSerializer(serializers.Serializer[Any]):
    agency = serializers.CharField()
    name = serializers.CharField()
    year = serializers.IntegerField(help_text="Fiscal year, B.E.")
    quarter = serializers.IntegerField(allow_null=True, help_text="1–4, or null: whole year.")
    start = serializers.DateField()
    end = serializers.DateField()
    as_of = serializers.DateField()
    totals = FiguresSerializer()
    services = ServiceFiguresSerializer(
        many=True, help_text="The agency's public services; empty for an area office."
    )
    months = MonthFiguresSerializer(many=True, help_text="In fiscal order, October first.")
    quarters = QuarterFiguresSerializer(many=True)
    schools = SchoolFiguresSerializer(
        many=True,
        help_text="An area office only (else empty): its schools ranked by the share done "
        "within the standard, then by mean satisfaction; the totals are their sum.",
    )


def _number(request: Request, name: str) -> int | None:
    raw = request.query_params.get(name, "").strip()
    if not raw:
        return None
    try:
        return int(raw)
    except ValueError:
        return -1  # out of every range: reported below


def _period(request: Request) -> tuple[int, int | None]:
    year = _number(request, "year")
    if year is None:
        year = current_fiscal_year()
    elif not MIN_YEAR <= year <= MAX_YEAR:
        raise ValidationError(
            {
                "detail": _("The year must be a fiscal year (B.E.) from %(min)s to %(max)s.")
                % {"min": MIN_YEAR, "max": MAX_YEAR}
            }
        )
    quarter = _number(request, "quarter")
    if quarter is not None and quarter not in QUARTERS:
        raise ValidationError({"detail": _("The quarter must be 1, 2, 3 or 4 (or empty).")})
    return year, quarter


def _data(agency: Agency, stats: ServiceStatistics, ranking: AreaRanking | None) -> dict[str, Any]:
    def figures(value: Figures) -> dict[str, Any]:
        return value.as_dict()

    return {
        "agency": agency.slug,
        "name": agency.name_th,
        "year": stats.fiscal_year,
        "quarter": stats.quarter,
        "start": stats.start,
        "end": stats.end,
        "as_of": stats.as_of,
        "totals": figures(stats.total),
        "services": [
            {
                "id": row.id,
                "agency": agency.slug,
                "name": row.name,
                "promised_days": row.promised_days,
                "is_active": row.is_active,
                **figures(row.figures),
            }
            for row in (stats.services if ranking is None else [])
        ],
        "months": [
            {"year": row.year, "month": row.month, "label": row.label, **figures(row.figures)}
            for row in stats.months
        ],
        "quarters": [
            {"quarter": row.quarter, "label": row.label, **figures(row.figures)}
            for row in stats.quarters
        ],
        "schools": [
            {
                "rank": row.rank,
                "agency": row.agency.slug,
                "name": row.agency.name_th,
                **figures(row.figures),
            }
            for row in (ranking.rows if ranking is not None else [])
        ],
    }


class ServiceStatisticsView(APIView):
    authentication_classes: list[Any] = []

    @extend_schema(
        summary="Service statistics of a fiscal year or quarter (public)",
        description="The figures of the agency's public usage dashboard: per service, per "
        "month (October first), per quarter and in total. For an area office, the sum of its "
        "schools and the schools ranked. Shares are fractions (0–1).",
        tags=["services"],
        parameters=[
            OpenApiParameter(
                "year",
                OpenApiTypes.INT,
                description="Fiscal year, B.E. (default: the current one).",
            ),
            OpenApiParameter(
                "quarter",
                OpenApiTypes.INT,
                enum=list(QUARTERS),
                description="1 = October–December … 4 = July–September; empty: whole year.",
            ),
        ],
        responses=ServiceStatisticsSerializer,
    )
    def get(self, request: Request, agency: str) -> Response:
        agency_obj = get_agency_or_404(agency)
        year, quarter = _period(request)
        ranking: AreaRanking | None = None
        stats, ranking = figures_for(agency_obj, year, quarter)
        return Response(_data(agency_obj, stats, ranking))
