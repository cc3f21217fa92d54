"""API of the procurement module (public, no login): a fiscal year's published procurement
plan, its notices, every purchase with the สขร.1 fields and bidders, the count and amount of
each month, and the published annual report. Included from api/urls.py under
/api/v1/agencies/<agency>/procurement/ (names in the "api" namespace)."""

from typing import Any

from django.http import Http404
from django.urls import path, reverse
from drf_spectacular.utils import extend_schema
from rest_framework import serializers
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from prongsai.agencies.access import get_agency_or_404
from prongsai.lib.fiscal import is_plausible_year
from prongsai.procurement import queries
from prongsai.procurement.access import (
    get_plan_for_public,
    get_report_for_public,
    get_year_for_public,
)
from prongsai.procurement.models import (
    AnnualReport,
    Bidder,
    Notice,
    PlanItem,
    ProcurementPlan,
    Purchase,
)


class PlanItemSerializer(serializers.ModelSerializer[PlanItem]):
    class Meta:
        model = PlanItem
        fields = ["what", "amount", "method", "planned_month", "egp_number"]


class PlanSerializer(serializers.ModelSerializer[ProcurementPlan]):
    items = PlanItemSerializer(many=True, read_only=True)

    class Meta:
        model = ProcurementPlan
        fields = ["published_on", "items"]


class NoticeSerializer(serializers.ModelSerializer[Notice]):
    file = serializers.SerializerMethodField()

    class Meta:
        model = Notice
        fields = ["kind", "title", "dated_on", "egp_number", "link", "file"]

    def get_file(self, notice: Notice) -> str | None:
        if not notice.file:
            return None
        return reverse(
            "procurement:notice_file", kwargs={"agency": self.context["agency"], "pk": notice.pk}
        )


class BidderSerializer(serializers.ModelSerializer[Bidder]):
    class Meta:
        model = Bidder
        fields = ["name", "price"]


class PurchaseSerializer(serializers.ModelSerializer[Purchase]):
    bidders = BidderSerializer(many=True, read_only=True)

    class Meta:
        model = Purchase
        fields = [
            "purchased_on",
            "what",
            "ceiling",
            "reference_price",
            "method",
            "bidders",
            "supplier",
            "agreed_price",
            "reason",
            "contract_number",
            "contract_date",
            "egp_number",
        ]


class ProcurementMonthSerializer(serializers.Serializer[Any]):
    month = serializers.IntegerField()
    title = serializers.CharField()
    count = serializers.IntegerField()
    amount = serializers.DecimalField(max_digits=16, decimal_places=2)


class ProcurementReportSerializer(serializers.ModelSerializer[AnnualReport]):
    class Meta:
        model = AnnualReport
        fields = ["problems", "suggestions", "published_on"]


class ProcurementYearSerializer(serializers.Serializer[Any]):
    agency = serializers.CharField()
    fiscal_year = serializers.IntegerField()
    plan = PlanSerializer(allow_null=True)
    notices = NoticeSerializer(many=True)
    months = ProcurementMonthSerializer(many=True)
    purchases = PurchaseSerializer(many=True)
    report = ProcurementReportSerializer(allow_null=True)


class ProcurementYear(APIView):
    authentication_classes: list[Any] = []

    @extend_schema(
        summary="Procurement of a fiscal year (public): plan, notices, purchases, months, report",
        tags=["procurement"],
        responses=ProcurementYearSerializer,
    )
    def get(self, request: Request, agency: str, year: int) -> Response:
        found = get_agency_or_404(agency)
        if not is_plausible_year(year):
            raise Http404
        get_year_for_public(year)  # 404 for a year more than one ahead, like the pages
        data = {
            "agency": found.slug,
            "fiscal_year": year,
            "plan": get_plan_for_public(found, year),
            "notices": queries.notices(found, year),
            "months": queries.year_figures(found, year).months,
            "purchases": queries.purchases_of_year(found, year),
            "report": get_report_for_public(found, year),
        }
        return Response(ProcurementYearSerializer(data, context={"agency": found.slug}).data)


urlpatterns = [path("<int:year>/", ProcurementYear.as_view(), name="procurement_year")]
