from django.urls import path

from prongsai.oit import checklist_views, file_views, staff_views

urlpatterns = [
    path("<slug:agency>/staff/oit/", staff_views.staff_index, name="staff_index"),
    path(
        "<slug:agency>/staff/oit/checklists/",
        staff_views.staff_checklists,
        name="staff_checklists",
    ),
    path(
        "<slug:agency>/staff/oit/checklists/<int:pk>/",
        checklist_views.staff_own_checklist,
        name="staff_own_checklist",
    ),
    path(
        "<slug:agency>/staff/oit/<int:year>/", staff_views.staff_checklist, name="staff_checklist"
    ),
    path(
        "<slug:agency>/staff/oit/<int:year>/items/<str:code>/",
        staff_views.staff_item,
        name="staff_item",
    ),
    path(
        "<slug:agency>/staff/oit/<int:year>/items/<str:code>/answer/",
        staff_views.staff_item_answer,
        name="staff_item_answer",
    ),
    path(
        "<slug:agency>/staff/oit/<int:year>/items/<str:code>/publish/",
        staff_views.staff_item_publish,
        name="staff_item_publish",
    ),
    path(
        "<slug:agency>/staff/oit/<int:year>/items/<str:code>/links/",
        staff_views.staff_item_link,
        name="staff_item_link",
    ),
    path(
        "<slug:agency>/staff/oit/<int:year>/items/<str:code>/files/",
        staff_views.staff_item_file,
        name="staff_item_file",
    ),
    path(
        "<slug:agency>/staff/oit/<int:year>/items/<str:code>/evidence/<int:pk>/delete/",
        staff_views.staff_evidence_delete,
        name="staff_evidence_delete",
    ),
    path(
        "<slug:agency>/staff/oit/<int:year>/items/<str:code>/evidence/<int:pk>/version/",
        staff_views.staff_evidence_version,
        name="staff_evidence_version",
    ),
    path(
        "<slug:agency>/staff/oit/<int:year>/items/<str:code>/evidence/<int:pk>/file/",
        file_views.staff_evidence_file,
        name="staff_evidence_file",
    ),
]
