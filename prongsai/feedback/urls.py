from django.urls import path

from prongsai.feedback import public_views, staff_views

app_name = "feedback"

urlpatterns = [
    path("<slug:agency>/questions/", public_views.ask, name="public"),
    path("<slug:agency>/staff/questions/", staff_views.staff_list, name="staff_list"),
    path(
        "<slug:agency>/staff/questions/settings/",
        staff_views.staff_settings,
        name="staff_settings",
    ),
    path(
        "<slug:agency>/staff/questions/categories/new/",
        staff_views.staff_category_new,
        name="staff_category_new",
    ),
    path(
        "<slug:agency>/staff/questions/categories/<int:pk>/",
        staff_views.staff_category,
        name="staff_category",
    ),
    path("<slug:agency>/staff/questions/<int:pk>/", staff_views.staff_detail, name="staff_detail"),
    path(
        "<slug:agency>/staff/questions/<int:pk>/answer/",
        staff_views.staff_answer,
        name="staff_answer",
    ),
    path(
        "<slug:agency>/staff/questions/<int:pk>/assign/",
        staff_views.staff_assign,
        name="staff_assign",
    ),
    path("<slug:agency>/staff/questions/<int:pk>/hide/", staff_views.staff_hide, name="staff_hide"),
]
