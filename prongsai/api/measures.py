"""API for published measures reports."""

from typing import Any

from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import serializers
from rest_framework.exceptions import NotFound
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from prongsai.agencies.access import get_agency_or_404
from prongsai.measures.models import Plan, Publication
from prongsai.measures.queries import latest_publication


class PublicationSerializer(serializers.ModelSerializer[Publication]):
    agency = serializers.CharField(source="plan.agency.slug")
    fiscal_year = serializers.IntegerField(source="plan.fiscal_year")
    document = serializers.JSONField()

    class Meta:
        model = Publication
        fields = ["agency", "fiscal_year", "kind", "version", "published_at", "document"]


class PublishedMeasures(APIView):
    authentication_classes: list[Any] = []

    @extend_schema(
        summary="The published measures plan or report of a fiscal year (public)",
        tags=["measures"],
        parameters=[
            OpenApiParameter(
                "kind",
                OpenApiTypes.STR,
                enum=["plan", "half", "full"],
                description="Which document; default: the most advanced one published.",
            )
        ],
        responses=PublicationSerializer,
    )
    def get(self, request: Request, agency: str, year: int) -> Response:
        agency_obj = get_agency_or_404(agency)
        plan = Plan.objects.filter(agency=agency_obj, fiscal_year=year).first()
        kind = request.query_params.get("kind")
        if plan is None or (kind is not None and kind not in Publication.Kind.values):
            raise NotFound
        publication = latest_publication(plan, kind)
        if publication is None:
            raise NotFound
        return Response(PublicationSerializer(publication).data)
