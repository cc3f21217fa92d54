from django.urls import path

from prongsai.complaints import public_views, staff_views, statistics_views

app_name = "complaints"

urlpatterns = [
    path("<slug:agency>/complaints/new/", public_views.new, name="new"),
    path("<slug:agency>/complaints/follow-up/", public_views.follow_up, name="follow_up"),
    path("<slug:agency>/complaints/guideline/", public_views.guideline, name="guideline"),
    path(
        "<slug:agency>/complaints/statistics/<be_year:year>/",
        statistics_views.public_statistics,
        name="statistics",
    ),
    path(
        "<slug:agency>/complaints/statistics/<be_year:year>/statistics.<str:fmt>",
        statistics_views.public_statistics_file,
        name="statistics_file",
    ),
    path("<slug:agency>/staff/complaints/", staff_views.staff_list, name="staff_list"),
    path(
        "<slug:agency>/staff/complaints/settings/",
        staff_views.staff_settings,
        name="staff_settings",
    ),
    path("<slug:agency>/staff/complaints/<int:pk>/", staff_views.staff_detail, name="staff_detail"),
    path(
        "<slug:agency>/staff/complaints/<int:pk>/acknowledge/",
        staff_views.staff_acknowledge,
        name="staff_acknowledge",
    ),
    path(
        "<slug:agency>/staff/complaints/<int:pk>/assign/",
        staff_views.staff_assign,
        name="staff_assign",
    ),
    path(
        "<slug:agency>/staff/complaints/<int:pk>/message/",
        staff_views.staff_message,
        name="staff_message",
    ),
    path(
        "<slug:agency>/staff/complaints/<int:pk>/note/",
        staff_views.staff_note,
        name="staff_note",
    ),
    path(
        "<slug:agency>/staff/complaints/<int:pk>/close/",
        staff_views.staff_close,
        name="staff_close",
    ),
    path(
        "<slug:agency>/staff/complaints/<int:pk>/exclude/",
        staff_views.staff_exclude,
        name="staff_exclude",
    ),
    path(
        "<slug:agency>/staff/complaints/<int:pk>/files/<int:file_pk>/",
        staff_views.staff_file,
        name="staff_file",
    ),
]
