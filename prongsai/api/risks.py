"""API of the risks module. Included from api/urls.py under /api/v1/agencies/<agency>/risks/
(names in the "api" namespace).

Public, no login: the published assessments (years) and a published year with its risks, levels,
measures and follow-ups. Staff of the agency and the supervisor above (token or session): every
year's assessment, drafts too (or one year with ?year=)."""

from typing import Any

from django.http import Http404
from django.urls import path
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import serializers
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from prongsai.agencies.access import get_agency_or_404
from prongsai.agencies.models import Agency
from prongsai.api.permissions import HasAgencyRole
from prongsai.risks import queries
from prongsai.risks.access import READERS, get_assessment_for_public
from prongsai.risks.models import Assessment


class FollowUpSerializer(serializers.Serializer[Any]):
    round = serializers.CharField()
    recorded_on = serializers.DateField()
    progress = serializers.CharField()
    done = serializers.CharField()


class MeasureSerializer(serializers.Serializer[Any]):
    action = serializers.CharField()
    owner = serializers.CharField()
    due_on = serializers.DateField()
    follow_ups = FollowUpSerializer(many=True)


class RiskSerializer(serializers.Serializer[Any]):
    number = serializers.IntegerField()
    process = serializers.CharField()
    description = serializers.CharField()
    involved_roles = serializers.CharField()
    likelihood = serializers.IntegerField()
    impact = serializers.IntegerField()
    score = serializers.IntegerField()
    level = serializers.CharField()
    existing_controls = serializers.CharField()
    plan_measure = serializers.CharField()
    measures = MeasureSerializer(many=True)


class BandsSerializer(serializers.Serializer[Any]):
    medium_from = serializers.IntegerField()
    high_from = serializers.IntegerField()
    very_high_from = serializers.IntegerField()
    citation = serializers.CharField()


class RiskAssessmentSerializer(serializers.Serializer[Any]):
    agency = serializers.CharField()
    fiscal_year = serializers.IntegerField()
    status = serializers.CharField()
    summary = serializers.CharField()
    approved_at = serializers.DateTimeField(allow_null=True)
    published_at = serializers.DateTimeField(allow_null=True)
    bands = BandsSerializer()
    risks = RiskSerializer(many=True)


def _data(agency: Agency, assessment: Assessment) -> dict[str, Any]:
    table = queries.table(assessment)
    return {
        "agency": agency.slug,
        "fiscal_year": assessment.year,
        "status": assessment.status,
        "summary": assessment.summary,
        "approved_at": assessment.approved_at,
        "published_at": assessment.published_at,
        "bands": {
            "medium_from": assessment.medium_from,
            "high_from": assessment.high_from,
            "very_high_from": assessment.very_high_from,
            "citation": assessment.bands_source,
        },
        "risks": [
            {
                "number": row.risk.number,
                "process": row.risk.process,
                "description": row.risk.description,
                "involved_roles": row.risk.involved_roles,
                "likelihood": row.risk.likelihood,
                "impact": row.risk.impact,
                "score": row.score,
                "level": row.level,
                "existing_controls": row.risk.existing_controls,
                "plan_measure": row.risk.plan_measure,
                "measures": [
                    {
                        "action": measure.action,
                        "owner": measure.owner,
                        "due_on": measure.due_on,
                        "follow_ups": list(measure.follow_ups.all()),
                    }
                    for measure in row.measures
                ],
            }
            for row in table.rows
        ],
    }


class YearsSerializer(serializers.Serializer[Any]):
    agency = serializers.CharField()
    years = serializers.ListField(child=serializers.IntegerField())


class PublishedYears(APIView):
    authentication_classes: list[Any] = []

    @extend_schema(
        summary="The fiscal years with a published corruption-risk assessment (public)",
        tags=["risks"],
        responses=YearsSerializer,
    )
    def get(self, request: Request, agency: str) -> Response:
        found = get_agency_or_404(agency)
        data = {"agency": found.slug, "years": queries.published_years(found)}
        return Response(YearsSerializer(data).data)


class PublishedYear(APIView):
    authentication_classes: list[Any] = []

    @extend_schema(
        summary="A published corruption-risk assessment with its measures and follow-ups (public)",
        operation_id="v1_agencies_risks_year_retrieve",
        tags=["risks"],
        responses=RiskAssessmentSerializer,
    )
    def get(self, request: Request, agency: str, year: int) -> Response:
        found = get_agency_or_404(agency)
        assessment = get_assessment_for_public(found, year)
        if assessment is None:
            raise Http404
        return Response(RiskAssessmentSerializer(_data(found, assessment)).data)


class StaffAssessmentsSerializer(serializers.Serializer[Any]):
    agency = serializers.CharField()
    assessments = RiskAssessmentSerializer(many=True)


@extend_schema(
    summary="The agency's corruption-risk assessments, drafts too (staff, supervisor)",
    tags=["risks"],
    parameters=[
        OpenApiParameter("year", OpenApiTypes.INT, description="Only this fiscal year (B.E.).")
    ],
    responses=StaffAssessmentsSerializer,
)
class StaffAssessments(APIView):
    permission_classes = [HasAgencyRole]
    required_roles = READERS

    def get(self, request: Request, agency: str) -> Response:
        found: Agency = self.agency  # type: ignore[attr-defined]
        year = request.query_params.get("year", "")
        rows = queries.assessments_of(found)
        if year:
            rows = [row for row in rows if str(row.year) == year]
        data = {"agency": found.slug, "assessments": [_data(found, row) for row in rows]}
        return Response(StaffAssessmentsSerializer(data).data)


urlpatterns = [
    path("", PublishedYears.as_view(), name="risks_years"),
    path("<be_year:year>/", PublishedYear.as_view(), name="risks_year"),
    path("staff/", StaffAssessments.as_view(), name="risks_staff"),
]
