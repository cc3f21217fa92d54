"""API of staff evaluation. Included from api/urls.py under /api/v1/agencies/<agency>/evaluation/
(names in the "api" namespace), with the pages' visibility rules:

- public, no login: the aggregate results of a fiscal year (closed rounds, groups under five
  hidden, review requests counted, the ethics part) — never a name or a score;
- everyone working in the agency: their own assessments (`mine/`), and the assessments they may
  read besides (`assessed/`: those they assess or sit on the committee of; the director: all);
- the director in full and the area office's supervisor as aggregates only: the annual HR
  report (`report/?year=2567`)."""

from typing import Any

from django.http import Http404
from django.urls import path
from django.utils import timezone
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import serializers
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from prongsai.accounts.models import User
from prongsai.agencies.access import get_agency_or_404
from prongsai.agencies.models import Agency
from prongsai.api.permissions import HasAgencyRole
from prongsai.evaluation import actions, queries, report_queries, scoring
from prongsai.evaluation.access import REPORT_READERS, STAFF, is_manager
from prongsai.evaluation.models import Assessment
from prongsai.lib.fiscal import fiscal_year, is_plausible_year


class GroupSerializer(serializers.Serializer[Any]):
    staff_type = serializers.CharField(source="code")
    people = serializers.IntegerField(source="size", allow_null=True)
    counts = serializers.ListField(child=serializers.IntegerField(), allow_null=True)
    mean = serializers.DecimalField(max_digits=5, decimal_places=2, allow_null=True, default=None)


class ReviewsSerializer(serializers.Serializer[Any]):
    requested = serializers.IntegerField()
    kept = serializers.IntegerField()
    changed = serializers.IntegerField()


class RoundResultSerializer(serializers.Serializer[Any]):
    round = serializers.IntegerField()
    groups = GroupSerializer(many=True)
    people = serializers.IntegerField(source="total", allow_null=True)
    counts = serializers.ListField(child=serializers.IntegerField(), allow_null=True)
    reviews = ReviewsSerializer(required=False)
    mean = serializers.DecimalField(max_digits=5, decimal_places=2, allow_null=True, default=None)


class YearSerializer(serializers.Serializer[Any]):
    agency = serializers.CharField()
    fiscal_year = serializers.IntegerField()
    levels = serializers.ListField(child=serializers.CharField())
    rounds = RoundResultSerializer(many=True)
    ethics = RoundResultSerializer(many=True)


def _rounds(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{**item, "round": item["round"].number} for item in items]


class PublicYear(APIView):
    authentication_classes: list[Any] = []

    @extend_schema(
        summary="Staff evaluation results of a fiscal year, counts per level only (public)",
        tags=["evaluation"],
        responses=YearSerializer,
    )
    def get(self, request: Request, agency: str, year: int) -> Response:
        found = get_agency_or_404(agency)
        data = {
            "agency": found.slug,
            "fiscal_year": year,
            "levels": list(scoring.LEVELS),
            "rounds": _rounds(queries.year_results(found, year)),
            "ethics": _rounds(report_queries.ethics_results(found, year)),
        }
        return Response(YearSerializer(data).data)


class ComponentSerializer(serializers.Serializer[Any]):
    name = serializers.CharField()
    full = serializers.DecimalField(max_digits=6, decimal_places=2)
    self_score = serializers.DecimalField(max_digits=6, decimal_places=2)
    score = serializers.DecimalField(max_digits=6, decimal_places=2, allow_null=True)


class AssessmentSerializer(serializers.Serializer[Any]):
    id = serializers.IntegerField()
    fiscal_year = serializers.IntegerField()
    round = serializers.IntegerField()
    person = serializers.CharField()
    staff_type = serializers.CharField()
    assessor = serializers.CharField()
    status = serializers.CharField()
    total = serializers.DecimalField(max_digits=5, decimal_places=2, allow_null=True)
    result = serializers.CharField()
    components = ComponentSerializer(many=True)
    review_outcome = serializers.CharField(allow_null=True)


def _assessment(item: Assessment) -> dict[str, Any]:
    structure = actions.structure_of(item)
    own = scoring.component_scores(structure, item.self_scores)
    given = scoring.component_scores(structure, item.scores)
    review = queries.review_of(item)
    return {
        "id": item.pk,
        "fiscal_year": item.round.year,
        "round": item.round.number,
        "person": item.person.display_name,
        "staff_type": item.staff_type,
        "assessor": item.assessor.display_name,
        "status": item.status,
        "total": item.total,
        "result": item.result,
        "components": [
            {
                "name": name,
                "full": full,
                "self_score": mine,
                "score": theirs if item.total is not None else None,
            }
            for (name, full, mine), (_n, _f, theirs) in zip(own, given, strict=True)
        ],
        "review_outcome": (review.outcome or "waiting") if review else None,
    }


class Mine(APIView):
    permission_classes = [HasAgencyRole]
    required_roles = STAFF

    @extend_schema(
        summary="My own assessments in this agency (staff)",
        tags=["evaluation"],
        responses=AssessmentSerializer(many=True),
    )
    def get(self, request: Request, agency: str) -> Response:
        found: Agency = self.agency  # type: ignore[attr-defined]
        user: User = request.user  # type: ignore[assignment]
        rows = [_assessment(item) for item in queries.mine(found, user)]
        return Response(AssessmentSerializer(rows, many=True).data)


class Assessed(APIView):
    permission_classes = [HasAgencyRole]
    required_roles = STAFF

    @extend_schema(
        summary="Assessments I may read besides my own: those I assess or sit on the committee "
        "of; the director's: all of the agency (staff)",
        tags=["evaluation"],
        responses=AssessmentSerializer(many=True),
    )
    def get(self, request: Request, agency: str) -> Response:
        found: Agency = self.agency  # type: ignore[attr-defined]
        user: User = request.user  # type: ignore[assignment]
        manager = is_manager(self.roles)  # type: ignore[attr-defined]
        items = queries.readable_by(found, user, everyone=manager)
        rows = [_assessment(item) for item in items if item.person_id != user.pk]
        return Response(AssessmentSerializer(rows, many=True).data)


class TrainingSummarySerializer(serializers.Serializer[Any]):
    staff = serializers.IntegerField()
    trained = serializers.IntegerField()
    courses = serializers.IntegerField()
    hours = serializers.DecimalField(max_digits=10, decimal_places=2)
    mean = serializers.DecimalField(max_digits=8, decimal_places=2, allow_null=True)


class ReportSerializer(YearSerializer):
    names = serializers.BooleanField()
    training = TrainingSummarySerializer()
    hours_per_person = serializers.ListField(child=serializers.DictField(), required=False)


class Report(APIView):
    permission_classes = [HasAgencyRole]
    required_roles = REPORT_READERS

    @extend_schema(
        summary="The annual HR report: the director in full, the supervisor aggregates only",
        tags=["evaluation"],
        parameters=[OpenApiParameter("year", OpenApiTypes.INT, description="Fiscal year (B.E.)")],
        responses=ReportSerializer,
    )
    def get(self, request: Request, agency: str) -> Response:
        found: Agency = self.agency  # type: ignore[attr-defined]
        years = queries.years_with_rounds(found)
        newest = years[0] if years else fiscal_year(timezone.localdate())
        text = str(request.query_params.get("year") or newest)
        if not text.isdigit() or not is_plausible_year(int(text)):
            raise Http404
        names = is_manager(self.roles)  # type: ignore[attr-defined]
        report = report_queries.annual_report(found, int(text), names=names)
        training = report["training"]
        data = {
            "agency": found.slug,
            "fiscal_year": report["year"],
            "levels": list(scoring.LEVELS),
            "rounds": _rounds(report["rounds"]),
            "ethics": _rounds(report["ethics"]),
            "names": names,
            "training": training,
            "hours_per_person": [
                {
                    "person": row["person"].display_name,
                    "courses": row["courses"],
                    "hours": str(row["hours"]),
                }
                for row in training["rows"]
            ],
        }
        return Response(ReportSerializer(data).data)


urlpatterns = [
    path("hr/<be_year:year>/", PublicYear.as_view(), name="evaluation_hr_year"),
    path("mine/", Mine.as_view(), name="evaluation_mine"),
    path("assessed/", Assessed.as_view(), name="evaluation_assessed"),
    path("report/", Report.as_view(), name="evaluation_report"),
]
