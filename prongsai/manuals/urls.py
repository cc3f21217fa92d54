from django.urls import path

from prongsai.manuals import views

app_name = "manuals"

urlpatterns = [
    path("<slug:agency>/manuals/", views.public_list, name="public_list"),
    path("<slug:agency>/manuals/<int:pk>/", views.public_detail, name="public_detail"),
    path("<slug:agency>/manuals/<int:pk>/manual.pdf", views.public_pdf, name="public_pdf"),
    path("<slug:agency>/staff/manuals/", views.staff_list, name="staff_list"),
    path("<slug:agency>/staff/manuals/new/", views.staff_create, name="staff_create"),
    path("<slug:agency>/staff/manuals/<int:pk>/", views.staff_detail, name="staff_detail"),
    path("<slug:agency>/staff/manuals/<int:pk>/edit/", views.staff_edit, name="staff_edit"),
    path("<slug:agency>/staff/manuals/<int:pk>/submit/", views.staff_submit, name="staff_submit"),
    path(
        "<slug:agency>/staff/manuals/<int:pk>/approve/", views.staff_approve, name="staff_approve"
    ),
    path("<slug:agency>/staff/manuals/<int:pk>/return/", views.staff_return, name="staff_return"),
    path(
        "<slug:agency>/staff/manuals/<int:pk>/new-version/",
        views.staff_new_version,
        name="staff_new_version",
    ),
]
