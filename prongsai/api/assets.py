"""API for the asset register and its loans (staff of the agency, by token or session): the
register as the staff list filters it, and the loans with their states and items. Included
from api/urls.py under /api/v1/agencies/<agency>/assets/ (names in the "api" namespace)."""

from django.db.models import Prefetch, QuerySet
from django.urls import path
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import generics, serializers

from prongsai.agencies.models import Agency
from prongsai.api.permissions import HasAgencyRole
from prongsai.assets.access import ASSET_READERS
from prongsai.assets.models import Asset, Loan, LoanItem
from prongsai.assets.queries import Filters, filtered


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


urlpatterns = [
    path("", AssetList.as_view(), name="asset_list"),
    path("loans/", LoanList.as_view(), name="asset_loan_list"),
]
