"""API of the budget module. Included from api/urls.py under /api/v1/agencies/<agency>/budget/
(names in the "api" namespace).

- `<year>/` (public, no login): the approved action plan of a fiscal year — its kinds of money,
  projects and activities (with the anti-corruption mark) — and the spending summary: per
  project the year's budget, paid, remaining, %, over budget; per quarter and fund the
  quarterly report's columns. 404 while the year has no approved plan.
- `<year>/staff/` (the plan's readers, draft plans too): per project budget (with approved
  transfers), committed, spent and available, per quarter and for the year.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from django.http import Http404
from django.urls import path
from django.utils import timezone
from drf_spectacular.utils import extend_schema
from rest_framework import serializers
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from prongsai.agencies.access import get_agency_or_404
from prongsai.agencies.models import Agency
from prongsai.api.permissions import HasAgencyRole
from prongsai.budget import ledger_queries, queries
from prongsai.budget.access import READERS, get_plan_for_public
from prongsai.budget.models import Activity, Fund, Plan, Project
from prongsai.lib.fiscal import QUARTERS, fiscal_year_bounds, is_plausible_year


class FundSerializer(serializers.ModelSerializer[Fund]):
    class Meta:
        model = Fund
        fields = ["name", "kind", "estimate", "brought_forward"]


class ActivitySerializer(serializers.ModelSerializer[Activity]):
    fund = serializers.CharField(source="fund.name")

    class Meta:
        model = Activity
        fields = ["name", "starts_on", "ends_on", "responsible", "fund", "amount"]
        fields += ["q1", "q2", "q3", "q4"]


class ProjectSerializer(serializers.ModelSerializer[Project]):
    unit = serializers.SerializerMethodField()
    activities = ActivitySerializer(many=True, read_only=True)

    class Meta:
        model = Project
        fields = ["number", "name", "area", "unit", "responsible", "nature", "starts_on"]
        fields += ["ends_on", "anti_corruption", "activities"]

    def get_unit(self, project: Project) -> str | None:
        return project.unit.name_th if project.unit else None


class ProjectSpendingSerializer(serializers.Serializer[Any]):
    number = serializers.IntegerField()
    planned = serializers.DecimalField(max_digits=16, decimal_places=2)
    spent = serializers.DecimalField(max_digits=16, decimal_places=2)
    remaining = serializers.DecimalField(max_digits=16, decimal_places=2)
    percent = serializers.DecimalField(max_digits=8, decimal_places=2, allow_null=True)
    over_budget = serializers.BooleanField()


class QuarterFundSerializer(serializers.Serializer[Any]):
    fund = serializers.CharField()
    brought_forward = serializers.DecimalField(max_digits=16, decimal_places=2)
    received = serializers.DecimalField(max_digits=16, decimal_places=2)
    spent = serializers.DecimalField(max_digits=16, decimal_places=2)
    balance = serializers.DecimalField(max_digits=16, decimal_places=2)


class QuarterSerializer(serializers.Serializer[Any]):
    quarter = serializers.IntegerField()
    funds = QuarterFundSerializer(many=True)


class PlanYearSerializer(serializers.Serializer[Any]):
    agency = serializers.CharField()
    fiscal_year = serializers.IntegerField()
    approved_on = serializers.DateField(allow_null=True)
    funds = FundSerializer(many=True)
    projects = ProjectSerializer(many=True)
    spending = ProjectSpendingSerializer(many=True)
    quarters = QuarterSerializer(many=True)


def _quarters(plan: Plan) -> list[dict[str, Any]]:
    out = []
    for quarter, report in zip(
        QUARTERS, queries.quarter_reports(plan, list(QUARTERS)), strict=True
    ):
        funds = [
            {
                "fund": row.name,
                "brought_forward": row.brought_forward,
                "received": row.received,
                "spent": row.spent,
                "balance": row.balance,
            }
            for row in report.rows
        ]
        out.append({"quarter": quarter, "funds": funds})
    return out


class PlanYear(APIView):
    authentication_classes: list[Any] = []

    @extend_schema(
        summary="The approved action plan of a fiscal year and its spending (public)",
        tags=["budget"],
        responses=PlanYearSerializer,
    )
    def get(self, request: Request, agency: str, year: int) -> Response:
        found = get_agency_or_404(agency)
        plan = get_plan_for_public(found, year) if is_plausible_year(year) else None
        if plan is None:
            raise Http404
        rows, _total = queries.progress(plan, *fiscal_year_bounds(plan.year))
        data = {
            "agency": found.slug,
            "fiscal_year": plan.year,
            "approved_on": timezone.localdate(plan.approved_at) if plan.approved_at else None,
            "funds": queries.funds(plan),
            "projects": queries.projects(plan),
            "spending": [
                {
                    "number": item.project.number,
                    "planned": item.row.planned,
                    "spent": item.row.spent,
                    "remaining": item.row.remaining,
                    "percent": item.row.percent,
                    "over_budget": item.row.over_budget,
                }
                for item in rows
            ],
            "quarters": _quarters(plan),
        }
        return Response(PlanYearSerializer(data).data)


class BudgetFiguresSerializer(serializers.Serializer[Any]):
    budget = serializers.DecimalField(source="plan", max_digits=16, decimal_places=2)
    committed = serializers.DecimalField(max_digits=16, decimal_places=2)
    spent = serializers.DecimalField(max_digits=16, decimal_places=2)
    available = serializers.DecimalField(max_digits=16, decimal_places=2)
    over_budget = serializers.BooleanField()


class LedgerRowSerializer(serializers.Serializer[Any]):
    number = serializers.IntegerField()
    name = serializers.CharField()
    quarters = BudgetFiguresSerializer(many=True)
    to_date = BudgetFiguresSerializer()
    year = BudgetFiguresSerializer()


class StaffPlanSerializer(serializers.Serializer[Any]):
    fiscal_year = serializers.IntegerField()
    status = serializers.CharField()
    as_of = serializers.DateField()
    projects = LedgerRowSerializer(many=True)
    total = LedgerRowSerializer()


class StaffPlan(APIView):
    permission_classes = [HasAgencyRole]
    required_roles = READERS

    @extend_schema(
        summary="A plan's budget, committed, spent and available per project (staff)",
        tags=["budget"],
        responses=StaffPlanSerializer,
    )
    def get(self, request: Request, agency: str, year: int) -> Response:
        found: Agency = self.agency  # type: ignore[attr-defined]
        plan = queries.plan_of(found, year) if is_plausible_year(year) else None
        if plan is None:
            raise Http404
        today: date = timezone.localdate()
        rows, total = ledger_queries.status(plan, today)

        def row(number: int, name: str, status: Any) -> dict[str, Any]:
            return {
                "number": number,
                "name": name,
                "quarters": status.quarters,
                "to_date": status.to_date,
                "year": status.year,
            }

        data = {
            "fiscal_year": plan.year,
            "status": plan.status,
            "as_of": today,
            "projects": [row(i.project.number, i.project.name, i.status) for i in rows],
            "total": row(0, "", total),
        }
        return Response(StaffPlanSerializer(data).data)


urlpatterns = [
    path("<int:year>/", PlanYear.as_view(), name="budget_year"),
    path("<int:year>/staff/", StaffPlan.as_view(), name="budget_staff"),
]
