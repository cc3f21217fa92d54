"""API for the No Gift Policy page of a fiscal year (public, no login): the approved
declaration, the published culture activities with their photos, the published annual report."""

from typing import Any

from django.urls import reverse
from drf_spectacular.utils import extend_schema
from rest_framework import serializers
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from prongsai.agencies.access import get_agency_or_404
from prongsai.integrity import queries
from prongsai.integrity.access import get_declaration_for_public, get_report_for_public
from prongsai.integrity.models import ActivityPhoto, CultureActivity, Declaration, GiftReport


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
            "integrity:public_activity_photo",
            kwargs={
                "agency": self.context["agency"],
                "pk": photo.activity_id,
                "photo": photo.pk,
            },
        )


class ActivitySerializer(serializers.ModelSerializer[CultureActivity]):
    photos = PhotoSerializer(many=True, read_only=True)

    class Meta:
        model = CultureActivity
        fields = ["held_on", "title", "kind", "audience", "attendance", "report", "photos"]


class ReportSerializer(serializers.ModelSerializer[GiftReport]):
    figures = serializers.JSONField()

    class Meta:
        model = GiftReport
        fields = ["notes", "figures", "published_at"]


class NoGiftYearSerializer(serializers.Serializer[Any]):
    agency = serializers.CharField()
    fiscal_year = serializers.IntegerField()
    declaration = DeclarationSerializer(allow_null=True)
    activities = ActivitySerializer(many=True)
    report = ReportSerializer(allow_null=True)


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
