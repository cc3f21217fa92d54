"""API of the integrity module.

Public, no login: the No Gift Policy page of a fiscal year (the approved declaration, the
published culture activities with their photos, the published annual report), the code of
ethics and the year's ethics drive. Staff of the agency (token or session): the gift register,
read-only, with the pages' visibility (one's own gifts; the director and the ITA officer all of
the school's; a supervisor the director's gifts once reported), as one filtered list (the
register page's filters: status, fiscal year). Included from api/urls.py under
/api/v1/agencies/<agency>/ (names in the "api" namespace)."""

from typing import Any

from django.db.models import QuerySet
from django.urls import path, reverse
from django.utils import timezone
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import generics, serializers
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from prongsai.accounts.models import User
from prongsai.agencies.access import get_agency_or_404
from prongsai.agencies.models import Agency
from prongsai.api.permissions import HasAgencyRole
from prongsai.integrity import queries
from prongsai.integrity.access import (
    DECLARERS,
    GIFT_VIEWERS,
    get_declaration_for_public,
    get_ethics_code_for_public,
    get_report_for_public,
)
from prongsai.integrity.models import (
    ActivityPhoto,
    CultureActivity,
    Declaration,
    EthicsCode,
    Gift,
    GiftReport,
)


class DeclarationSerializer(serializers.ModelSerializer[Declaration]):
    commitments_th = serializers.ListField(source="commitments_list", child=serializers.CharField())
    commitments_en = serializers.ListField(
        source="commitments_en_list", child=serializers.CharField()
    )

    class Meta:
        model = Declaration
        fields = [
            "version",
            "title_th",
            "preamble_th",
            "commitments_th",
            "title_en",
            "preamble_en",
            "commitments_en",
            "declared_on",
            "signer_name",
            "signer_position",
            "approved_at",
        ]


class PhotoSerializer(serializers.ModelSerializer[ActivityPhoto]):
    url = serializers.SerializerMethodField()

    class Meta:
        model = ActivityPhoto
        fields = ["url", "alt_text"]

    def get_url(self, photo: ActivityPhoto) -> str:
        return reverse(
            self.context.get("photo_url", "integrity:public_activity_photo"),
            kwargs={
                "agency": self.context["agency"],
                "pk": photo.activity_id,
                "photo": photo.pk,
            },
        )


class CultureActivitySerializer(serializers.ModelSerializer[CultureActivity]):
    photos = PhotoSerializer(many=True, read_only=True)

    class Meta:
        model = CultureActivity
        fields = ["held_on", "title", "kind", "audience", "attendance", "report", "photos"]


class NoGiftReportSerializer(serializers.ModelSerializer[GiftReport]):
    figures = serializers.JSONField()

    class Meta:
        model = GiftReport
        fields = ["notes", "figures", "published_at"]


class NoGiftYearSerializer(serializers.Serializer[Any]):
    agency = serializers.CharField()
    fiscal_year = serializers.IntegerField()
    declaration = DeclarationSerializer(allow_null=True)
    activities = CultureActivitySerializer(many=True)
    report = NoGiftReportSerializer(allow_null=True)


class NoGiftYear(APIView):
    authentication_classes: list[Any] = []

    @extend_schema(
        summary="The No Gift Policy of a fiscal year (public): declaration, activities, report",
        tags=["integrity"],
        responses=NoGiftYearSerializer,
    )
    def get(self, request: Request, agency: str, year: int) -> Response:
        found = get_agency_or_404(agency)
        data = {
            "agency": found.slug,
            "fiscal_year": year,
            "declaration": get_declaration_for_public(found, year),
            "activities": queries.published_activities(found, year),
            "report": get_report_for_public(found, year),
        }
        return Response(NoGiftYearSerializer(data, context={"agency": found.slug}).data)


# ---------------------------------------------------------------- ethics (public, no login)


class EthicsCodeSerializer(serializers.ModelSerializer[EthicsCode]):
    paragraphs = serializers.ListField(child=serializers.CharField())
    source_pdf = serializers.SerializerMethodField()

    class Meta:
        model = EthicsCode
        fields = ["title", "paragraphs", "source_pdf", "source_url", "updated_at"]

    def get_source_pdf(self, code: EthicsCode) -> str | None:
        if not code.source_file:
            return None
        return reverse("integrity:ethics_source", kwargs={"agency": self.context["agency"]})


class EthicsSerializer(serializers.Serializer[Any]):
    agency = serializers.CharField()
    code = EthicsCodeSerializer(allow_null=True)
    years = serializers.ListField(child=serializers.IntegerField())


class EthicsYearSerializer(serializers.Serializer[Any]):
    agency = serializers.CharField()
    fiscal_year = serializers.IntegerField()
    code = EthicsCodeSerializer(allow_null=True)
    activities = CultureActivitySerializer(many=True)


class Ethics(APIView):
    authentication_classes: list[Any] = []

    @extend_schema(
        summary="The code of ethics (public) and the years of the ethics drive",
        tags=["integrity"],
        responses=EthicsSerializer,
    )
    def get(self, request: Request, agency: str) -> Response:
        found = get_agency_or_404(agency)
        data = {
            "agency": found.slug,
            "code": get_ethics_code_for_public(found),
            "years": queries.ethics_years(found, timezone.localdate()),
        }
        return Response(EthicsSerializer(data, context={"agency": found.slug}).data)


class EthicsYear(APIView):
    authentication_classes: list[Any] = []

    @extend_schema(
        summary="The ethics drive of a fiscal year (public): the code and published activities",
        operation_id="v1_agencies_ethics_year_retrieve",
        tags=["integrity"],
        responses=EthicsYearSerializer,
    )
    def get(self, request: Request, agency: str, year: int) -> Response:
        found = get_agency_or_404(agency)
        data = {
            "agency": found.slug,
            "fiscal_year": year,
            "code": get_ethics_code_for_public(found),
            "activities": queries.published_activities(found, year, queries.ETHICS),
        }
        context = {"agency": found.slug, "photo_url": "integrity:ethics_photo"}
        return Response(EthicsYearSerializer(data, context=context).data)


# ---------------------------------------------------------------- the gift register (staff)


class GiftSerializer(serializers.ModelSerializer[Gift]):
    declarer = serializers.CharField(source="declarer.display_name", read_only=True)
    decided_by = serializers.CharField(
        source="decided_by.display_name", default=None, read_only=True
    )
    reported_late = serializers.BooleanField(read_only=True)

    class Meta:
        model = Gift
        fields = [
            "id",
            "declarer",
            "received_on",
            "giver_name",
            "giver_organisation",
            "relationship",
            "to_public",
            "business",
            "occasion",
            "description",
            "value",
            "outcome",
            "limit_baht",
            "deadline",
            "status",
            "reported_on",
            "reported_late",
            "decision",
            "decision_reason",
            "decided_by",
            "decided_at",
            "asset_number",
            "asset_url",
        ]


@extend_schema(
    summary="The gift register (staff: one's own gifts; the director and ITA officer all)",
    tags=["integrity"],
    parameters=[
        OpenApiParameter("status", OpenApiTypes.STR, enum=Gift.Status.values),
        OpenApiParameter("year", OpenApiTypes.INT, description="Fiscal year (B.E.) received."),
    ],
)
class GiftList(generics.ListAPIView[Gift]):
    serializer_class = GiftSerializer
    permission_classes = [HasAgencyRole]
    required_roles = DECLARERS | GIFT_VIEWERS

    def get_queryset(self) -> QuerySet[Gift]:
        agency: Agency = self.agency  # type: ignore[attr-defined]
        roles: frozenset[str] = self.roles  # type: ignore[attr-defined]
        user: User = self.request.user  # type: ignore[assignment]
        gifts = queries.visible_gifts(agency, user, roles)
        params = self.request.query_params
        status = params.get("status", "")
        year = params.get("year", "")
        return queries.filtered_queryset(
            gifts,
            status=status if status in Gift.Status.values else "",
            year=int(year) if year.isdigit() and 2400 < int(year) < 2800 else None,
        )


urlpatterns = [
    path("gifts/", GiftList.as_view(), name="gift_list"),
    path("ethics/", Ethics.as_view(), name="ethics"),
    path("ethics/<be_year:year>/", EthicsYear.as_view(), name="ethics_year"),
]
