from django.urls import path

from prongsai.agencies import views

app_name = "agencies"

agency_urlpatterns = [
    path("<slug:agency>/", views.home, name="home"),
    path("<slug:agency>/staff/", views.staff_home, name="staff_home"),
    path("<slug:agency>/staff/agency/", views.staff_agency_edit, name="staff_agency_edit"),
    path("<slug:agency>/staff/agencies/", views.staff_agencies_below, name="staff_agencies_below"),
    path("<slug:agency>/staff/units/", views.staff_units, name="staff_units"),
    path("<slug:agency>/staff/units/<int:pk>/", views.staff_unit_edit, name="staff_unit_edit"),
    path(
        "<slug:agency>/staff/units/<int:pk>/delete/",
        views.staff_unit_delete,
        name="staff_unit_delete",
    ),
    path("<slug:agency>/staff/people/", views.staff_people, name="staff_people"),
    path("<slug:agency>/staff/people/new/", views.staff_person_new, name="staff_person_new"),
    path(
        "<slug:agency>/staff/people/import/",
        views.staff_people_import,
        name="staff_people_import",
    ),
    path(
        "<slug:agency>/staff/people/import/template.csv",
        views.staff_people_import_template,
        name="staff_people_import_template",
    ),
    path("<slug:agency>/staff/people/<int:pk>/", views.staff_person_edit, name="staff_person_edit"),
    path(
        "<slug:agency>/staff/people/<int:pk>/remove/",
        views.staff_person_remove,
        name="staff_person_remove",
    ),
    path(
        "<slug:agency>/staff/people/invitations/<int:pk>/cancel/",
        views.staff_invitation_cancel,
        name="staff_invitation_cancel",
    ),
]

# Installation-wide pages first, so fixed prefixes win over agency slugs.
urlpatterns = [
    path("", views.index, name="index"),
    path("healthz/", views.healthz, name="healthz"),
    path("staff/", views.staff_entry, name="staff_entry"),
    path("staff/agencies/", views.admin_agencies, name="admin_agencies"),
    path("staff/agencies/new/", views.admin_agency_new, name="admin_agency_new"),
    path("staff/invitations/<str:token>/", views.invitation, name="invitation"),
]

urlpatterns += agency_urlpatterns
