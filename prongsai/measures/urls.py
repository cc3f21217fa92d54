from django.urls import path

from prongsai.measures import approval_views, file_views, views

app_name = "measures"

urlpatterns = [
    path("<slug:agency>/measures/", views.public_index, name="public_index"),
    path("<slug:agency>/measures/<be_year:year>/", views.public_report, name="public_report"),
    path(
        "<slug:agency>/measures/<be_year:year>/report.<str:fmt>",
        views.public_report_file,
        name="public_report_file",
    ),
    path("<slug:agency>/staff/measures/", views.staff_plans, name="staff_plans"),
    path("<slug:agency>/staff/measures/import/", views.staff_import, name="staff_import"),
    path("<slug:agency>/staff/measures/<be_year:year>/", views.staff_plan, name="staff_plan"),
    path(
        "<slug:agency>/staff/measures/<be_year:year>/draft.<str:fmt>",
        views.staff_draft,
        name="staff_draft",
    ),
    path(
        "<slug:agency>/staff/measures/<be_year:year>/publish/",
        approval_views.staff_publish,
        name="staff_publish",
    ),
    path(
        "<slug:agency>/staff/measures/<be_year:year>/publish/<int:pk>/",
        approval_views.staff_publish_review,
        name="staff_publish_review",
    ),
    path(
        "<slug:agency>/staff/measures/<be_year:year>/measures/new/",
        views.staff_measure_add,
        name="staff_measure_add",
    ),
    path(
        "<slug:agency>/staff/measures/<be_year:year>/measures/<int:pk>/",
        views.staff_measure_edit,
        name="staff_measure_edit",
    ),
    path(
        "<slug:agency>/staff/measures/<be_year:year>/measures/<int:pk>/rows/new/",
        views.staff_row_add,
        name="staff_row_add",
    ),
    path(
        "<slug:agency>/staff/measures/<be_year:year>/rows/<int:pk>/",
        views.staff_row_edit,
        name="staff_row_edit",
    ),
    path(
        "<slug:agency>/staff/measures/<be_year:year>/rows/<int:pk>/delete/",
        views.staff_row_delete,
        name="staff_row_delete",
    ),
    path(
        "<slug:agency>/staff/measures/<be_year:year>/rows/<int:pk>/progress/",
        views.staff_progress,
        name="staff_progress",
    ),
    path(
        "<slug:agency>/staff/measures/<be_year:year>/progress/<int:pk>/evidence/",
        file_views.staff_evidence_file,
        name="staff_evidence_file",
    ),
]
