"""The public usage dashboard's addresses, named in the "services" namespace: the app's
`urls.py` adds `urlpatterns` to its own."""

from django.urls import path

from prongsai.services import dashboard_downloads, dashboard_views

urlpatterns = [
    path("<slug:agency>/dashboard/", dashboard_views.dashboard, name="dashboard"),
    path(
        "<slug:agency>/dashboard/statistics.<str:fmt>",
        dashboard_downloads.dashboard_file,
        name="dashboard_file",
    ),
    path(
        "<slug:agency>/services/<int:pk>/statistics/",
        dashboard_views.service_detail_stats,
        name="service_detail_stats",
    ),
]
