"""API for the asset register and its loans (staff of the agency, by token or session): the
register as the staff list filters it, and the loans with their states and items; and, with no
login, the loan statistics of a fiscal year as the public page shows them (no names). Included
from api/urls.py under /api/v1/agencies/<agency>/assets/ (names in the "api" namespace)."""

from typing import Any

from django.db.models import Prefetch, QuerySet
from django.http import Http404
from django.urls import path
from django.utils import timezone
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import generics, serializers
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from prongsai.agencies.access import get_agency_or_404
from prongsai.agencies.models import Agency
from prongsai.api.permissions import HasAgencyRole
from prongsai.assets import loan_statistics
from prongsai.assets.access import ASSET_READERS
from prongsai.assets.models import Asset, Loan, LoanItem
from prongsai.assets.queries import Filters, filtered
from prongsai.lib.fiscal import is_plausible_year


class AssetSerializer(serializers.ModelSerializer[Asset]):
    responsible_unit = serializers.CharField(
        source="responsible_unit.name_th", default="", read_only=True
    )

    class Meta:
        model = Asset
        fields = [
            "id",
            "number",
            "name",
            "brand_model",
            "serial",
            "unit_of_count",
            "acquired_on",
            "cost",
            "fund_source",
            "location",
            "responsible_unit",
            "condition",
            "kind",
            "availability",
        ]


class LoanItemSerializer(serializers.ModelSerializer[LoanItem]):
    asset = serializers.IntegerField(source="asset_id", read_only=True)
    number = serializers.CharField(source="asset.number", read_only=True)
    name = serializers.CharField(source="asset.name", read_only=True)

    class Meta:
        model = LoanItem
        fields = ["asset", "number", "name", "quantity", "condition_out", "condition_back"]


class LoanSerializer(serializers.ModelSerializer[Loan]):
    borrower = serializers.CharField(source="borrower.display_name", read_only=True)
    items = LoanItemSerializer(many=True, read_only=True)

    class Meta:
        model = Loan
        fields = [
            "id",
            "status",
            "kind",
            "borrower",
            "borrower_agency",
            "purpose",
            "place",
            "starts_on",
            "due_on",
            "approver",
            "handed_over_on",
            "returned_on",
            "items",
        ]


@extend_schema(
    summary="The asset register (staff)",
    tags=["assets"],
    parameters=[
        OpenApiParameter("q", OpenApiTypes.STR, description="Number, item, serial, location."),
        OpenApiParameter("kind", OpenApiTypes.STR, enum=Asset.Kind.values),
        OpenApiParameter("condition", OpenApiTypes.STR, enum=Asset.Condition.values),
    ],
)
class AssetList(generics.ListAPIView[Asset]):
    serializer_class = AssetSerializer
    permission_classes = [HasAgencyRole]
    required_roles = ASSET_READERS

    def get_queryset(self) -> QuerySet[Asset]:
        agency: Agency = self.agency  # type: ignore[attr-defined]
        params = self.request.query_params
        kind = params.get("kind", "")
        condition = params.get("condition", "")
        filters = Filters(
            q=params.get("q", "")[:100],
            kind=kind if kind in Asset.Kind.values else "",
            condition=condition if condition in Asset.Condition.values else "",
        )
        return filtered(agency, filters).select_related("responsible_unit")


@extend_schema(
    summary="Loans of assets and their states (staff)",
    tags=["assets"],
    parameters=[OpenApiParameter("status", OpenApiTypes.STR, enum=Loan.Status.values)],
)
class LoanList(generics.ListAPIView[Loan]):
    serializer_class = LoanSerializer
    permission_classes = [HasAgencyRole]
    required_roles = ASSET_READERS

    def get_queryset(self) -> QuerySet[Loan]:
        agency: Agency = self.agency  # type: ignore[attr-defined]
        loans = Loan.objects.filter(agency=agency)
        status = self.request.query_params.get("status", "")
        if status in Loan.Status.values:
            loans = loans.filter(status=status)
        items = LoanItem.objects.select_related("asset").order_by("pk")
        return (
            loans.select_related("borrower")
            .prefetch_related(Prefetch("items", queryset=items))
            .order_by("-requested_at", "-pk")
        )


class KindTotalSerializer(serializers.Serializer[Any]):
    kind = serializers.ChoiceField(choices=Loan.Kind.choices)
    name = serializers.CharField()
    total = serializers.IntegerField()


class MonthSerializer(serializers.Serializer[Any]):
    month = serializers.CharField(help_text="Thai short month and year, e.g. ต.ค. 68")
    by_kind = serializers.DictField(child=serializers.IntegerField())
    total = serializers.IntegerField()


class LoanStatisticsSerializer(serializers.Serializer[Any]):
    agency = serializers.CharField()
    fiscal_year = serializers.IntegerField()
    kinds = KindTotalSerializer(many=True)
    months = MonthSerializer(many=True, help_text="October to September")
    total = serializers.IntegerField(help_text="Loans handed over in the year")
    returned = serializers.IntegerField()
    returned_on_time = serializers.IntegerField()
    on_time_percent = serializers.IntegerField(allow_null=True)
    overdue_now = serializers.IntegerField()
    years = serializers.ListField(child=serializers.IntegerField())


class LoanStatistics(APIView):
    """The year's loans of school property without names (the public page's figures)."""

    authentication_classes: list[Any] = []
    permission_classes: list[Any] = []

    @extend_schema(
        summary="Loans of school property in a fiscal year (public, no names)",
        tags=["assets"],
        responses=LoanStatisticsSerializer,
    )
    def get(self, request: Request, agency: str, year: int) -> Response:
        found = get_agency_or_404(agency)
        if not is_plausible_year(year):
            raise Http404
        stats = loan_statistics.statistics(found, year, timezone.localdate())
        codes = list(Loan.Kind.values)
        data = {
            "agency": found.slug,
            "fiscal_year": year,
            "kinds": [
                {"kind": code, "name": label, "total": total}
                for code, label, total in zip(codes, stats.kinds, stats.totals, strict=True)
            ],
            "months": [
                {
                    "month": month.label,
                    "by_kind": dict(zip(codes, month.counts, strict=True)),
                    "total": month.total,
                }
                for month in stats.months
            ],
            "total": stats.total,
            "returned": stats.returned,
            "returned_on_time": stats.on_time,
            "on_time_percent": stats.on_time_percent,
            "overdue_now": stats.overdue_now,
            "years": loan_statistics.years_with_loans(found),
        }
        return Response(LoanStatisticsSerializer(data).data)


urlpatterns = [
    path("", AssetList.as_view(), name="asset_list"),
    path("loans/", LoanList.as_view(), name="asset_loan_list"),
    path("statistics/<int:year>/", LoanStatistics.as_view(), name="asset_statistics"),
]
