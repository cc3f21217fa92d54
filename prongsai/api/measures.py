"""API for published measures reports."""

from typing import Any

from django.http import Http404
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import serializers
from rest_framework.exceptions import NotFound
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from prongsai.agencies.access import get_agency_or_404
from prongsai.measures.access import get_publication_for_public
from prongsai.measures.models import Publication


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
        try:
            publication = get_publication_for_public(
                agency_obj, year, request.query_params.get("kind")
            )
        except Http404:
            raise NotFound from None
        return Response(PublicationSerializer(publication).data)
