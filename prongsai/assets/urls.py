from django.urls import path

from prongsai.assets import import_views, views

app_name = "assets"

urlpatterns = [
    path("<slug:agency>/staff/assets/", views.staff_list, name="staff_list"),
    path("<slug:agency>/staff/assets/new/", views.staff_create, name="staff_create"),
    path("<slug:agency>/staff/assets/<int:pk>/", views.staff_detail, name="staff_detail"),
    path("<slug:agency>/staff/assets/<int:pk>/edit/", views.staff_edit, name="staff_edit"),
    path("<slug:agency>/staff/assets/import/", import_views.staff_import, name="staff_import"),
    path(
        "<slug:agency>/staff/assets/template.csv",
        import_views.staff_template,
        {"fmt": "csv"},
        name="staff_template_csv",
    ),
    path(
        "<slug:agency>/staff/assets/template.xlsx",
        import_views.staff_template,
        {"fmt": "xlsx"},
        name="staff_template_xlsx",
    ),
    path(
        "<slug:agency>/staff/assets/register.csv",
        import_views.staff_export,
        {"fmt": "csv"},
        name="staff_export_csv",
    ),
    path(
        "<slug:agency>/staff/assets/register.xlsx",
        import_views.staff_export,
        {"fmt": "xlsx"},
        name="staff_export_xlsx",
    ),
]
