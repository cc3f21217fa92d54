"""The public OIT disclosure pages and files, and the staff's evidence pack (a ZIP)."""

from django.urls import path

from prongsai.oit import pack, public_views

urlpatterns = [
    path("<slug:agency>/oit/", public_views.public_index, name="public_index"),
    path("<slug:agency>/oit/<int:year>/", public_views.public_year, name="public_year"),
    path("<slug:agency>/oit/<int:year>/<str:code>/", public_views.public_item, name="public_item"),
    path(
        "<slug:agency>/oit/<int:year>/<str:code>/files/<int:pk>/",
        public_views.public_file,
        name="public_file",
    ),
    path("<slug:agency>/staff/oit/<int:year>/pack.zip", pack.staff_pack, name="staff_pack"),
]
