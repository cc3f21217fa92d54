from django.urls import include, path
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerSplitView

from prongsai.api import agencies, complaints, integrity, measures, oit, services

app_name = "api"

urlpatterns = [
    path("schema/", SpectacularAPIView.as_view(), name="schema"),
    path("docs/", SpectacularSwaggerSplitView.as_view(url_name="api:schema"), name="docs"),
    path("", include("prongsai.api.feedback")),
    path("v1/agencies/", agencies.AgencyList.as_view(), name="agency_list"),
    path("v1/agencies/<slug:agency>/", agencies.AgencyDetail.as_view(), name="agency_detail"),
    path("v1/agencies/<slug:agency>/units/", agencies.UnitList.as_view(), name="unit_list"),
    path("v1/agencies/<slug:agency>/members/", agencies.MemberList.as_view(), name="member_list"),
    path(
        "v1/agencies/<slug:agency>/measures/<be_year:year>/",
        measures.PublishedMeasures.as_view(),
        name="measures_published",
    ),
    path(
        "v1/agencies/<slug:agency>/oit/<be_year:year>/", oit.PublicOit.as_view(), name="oit_public"
    ),
    path(
        "v1/agencies/<slug:agency>/statistics/services/",
        services.ServiceStatisticsView.as_view(),
        name="services_statistics",
    ),
    path(
        "v1/agencies/<slug:agency>/complaints/",
        complaints.FileComplaint.as_view(),
        name="complaint_file",
    ),
    path("v1/complaints/follow-up/", complaints.FollowUp.as_view(), name="complaint_follow_up"),
    path(
        "v1/complaints/follow-up/messages/",
        complaints.FollowUpMessage.as_view(),
        name="complaint_follow_up_message",
    ),
    path(
        "v1/agencies/<slug:agency>/no-gift/<be_year:year>/",
        integrity.NoGiftYear.as_view(),
        name="no_gift_year",
    ),
    path("v1/agencies/<slug:agency>/assets/", include("prongsai.api.assets")),
    path("v1/agencies/<slug:agency>/", include("prongsai.api.integrity")),
    path("v1/agencies/<slug:agency>/procurement/", include("prongsai.api.procurement")),
    path("v1/agencies/<slug:agency>/budget/", include("prongsai.api.budget")),
    path("v1/agencies/<slug:agency>/risks/", include("prongsai.api.risks")),
    path("v1/agencies/<slug:agency>/evaluation/", include("prongsai.api.evaluation")),
    path("v1/agencies/<slug:agency>/", include("prongsai.api.news")),
    path("v1/me/", agencies.Me.as_view(), name="me"),
]
