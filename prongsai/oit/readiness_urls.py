"""The readiness pages: dashboard, ITA results, the IIT/EIT campaign, awareness activities
(staff and public) and an area office's overview of its schools."""

from django.urls import path

from prongsai.oit import readiness_views as views

urlpatterns = [
    path(
        "<slug:agency>/staff/oit/<int:year>/readiness/",
        views.staff_readiness,
        name="staff_readiness",
    ),
    path("<slug:agency>/staff/oit/results/", views.staff_results, name="staff_results"),
    path(
        "<slug:agency>/staff/oit/results/<int:year>/seed/",
        views.staff_seed_measures,
        name="staff_seed_measures",
    ),
    path(
        "<slug:agency>/staff/oit/<int:year>/campaign/",
        views.staff_campaign,
        name="staff_campaign",
    ),
    path(
        "<slug:agency>/staff/oit/<int:year>/campaign/tick/",
        views.staff_campaign_tick,
        name="staff_campaign_tick",
    ),
    path(
        "<slug:agency>/staff/oit/<int:year>/campaign/poster/",
        views.staff_campaign_poster,
        name="staff_campaign_poster",
    ),
    path("<slug:agency>/staff/oit/activities/", views.staff_activities, name="staff_activities"),
    path("<slug:agency>/staff/oit/schools/", views.staff_schools_index, name="staff_schools_index"),
    path(
        "<slug:agency>/staff/oit/<int:year>/schools/",
        views.staff_schools,
        name="staff_schools",
    ),
    path("<slug:agency>/oit/activities/", views.public_activities, name="public_activities"),
    path(
        "<slug:agency>/oit/activities/photos/<int:pk>/",
        views.public_activity_photo,
        name="public_activity_photo",
    ),
]
