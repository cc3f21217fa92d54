from django.urls import path

from prongsai.services import public_views, staff_views
from prongsai.services.dashboard_urls import urlpatterns as dashboard_patterns

app_name = "services"

urlpatterns = [
    path("<slug:agency>/services/", public_views.catalogue, name="catalogue"),
    path("<slug:agency>/services/track/", public_views.track, name="track"),
    path("<slug:agency>/services/<int:pk>/", public_views.detail, name="detail"),
    path("<slug:agency>/services/requests/<str:tracking>/", public_views.status, name="status"),
    path("<slug:agency>/staff/services/", staff_views.staff_queue, name="staff_queue"),
    path("<slug:agency>/staff/services/walk-ins/", staff_views.staff_walk_in, name="staff_walk_in"),
    path(
        "<slug:agency>/staff/services/catalogue/", staff_views.staff_services, name="staff_services"
    ),
    path(
        "<slug:agency>/staff/services/catalogue/new/",
        staff_views.staff_service_new,
        name="staff_service_new",
    ),
    path(
        "<slug:agency>/staff/services/catalogue/<int:pk>/",
        staff_views.staff_service_edit,
        name="staff_service_edit",
    ),
    path(
        "<slug:agency>/staff/services/requests/<int:pk>/",
        staff_views.staff_request,
        name="staff_request",
    ),
    path(
        "<slug:agency>/staff/services/requests/<int:pk>/files/<int:file_pk>/",
        staff_views.staff_request_file,
        name="staff_request_file",
    ),
    *dashboard_patterns,
]
