from django.urls import path

from prongsai.integrity import (
    activity_views,
    declaration_views,
    ethics_views,
    public_views,
    report_views,
)
from prongsai.integrity import staff_views as views

app_name = "integrity"

GIFTS = "<slug:agency>/staff/integrity/gifts/"
DECLARATIONS = "<slug:agency>/staff/integrity/no-gift/"
ACTIVITIES = "<slug:agency>/staff/integrity/activities/"
ETHICS = "<slug:agency>/staff/integrity/ethics/"
PUBLIC = "<slug:agency>/no-gift/"
PUBLIC_ETHICS = "<slug:agency>/ethics/"

urlpatterns = [
    path(GIFTS, views.gifts_mine, name="gifts_mine"),
    path(GIFTS + "new/", views.gift_declare, name="gift_declare"),
    path(GIFTS + "report/", views.gift_report, name="gift_report"),
    path(GIFTS + "register/", views.gift_register, name="gift_register"),
    path(GIFTS + "register/gifts.csv", views.gift_register_csv, name="gift_register_csv"),
    path(GIFTS + "register/gifts.xlsx", views.gift_register_xlsx, name="gift_register_xlsx"),
    path(GIFTS + "settings/", views.gift_settings, name="gift_settings"),
    path(GIFTS + "<int:pk>/", views.gift_detail, name="gift_detail"),
    path(GIFTS + "<int:pk>/decide/", views.gift_decide, name="gift_decide"),
    # The No Gift Policy declaration.
    path(DECLARATIONS, declaration_views.declarations, name="declarations"),
    path(DECLARATIONS + "start/", declaration_views.declaration_start, name="declaration_start"),
    path(DECLARATIONS + "<int:year>/", declaration_views.declaration_edit, name="declaration_edit"),
    path(
        DECLARATIONS + "<int:year>/approve/",
        declaration_views.declaration_approve,
        name="declaration_approve",
    ),
    path(DECLARATIONS + "<int:year>/report/", report_views.report_staff, name="report_staff"),
    # The No Gift culture activities.
    path(ACTIVITIES, activity_views.activities, name="activities"),
    path(ACTIVITIES + "new/", activity_views.activity_new, name="activity_new"),
    path(ACTIVITIES + "<int:pk>/", activity_views.activity_edit, name="activity_edit"),
    path(ACTIVITIES + "<int:pk>/remove/", activity_views.activity_remove, name="activity_remove"),
    path(
        ACTIVITIES + "<int:pk>/photos/",
        activity_views.activity_photo_add,
        name="activity_photo_add",
    ),
    path(
        ACTIVITIES + "<int:pk>/photos/<int:photo>/",
        activity_views.activity_photo,
        name="activity_photo",
    ),
    path(
        ACTIVITIES + "<int:pk>/photos/<int:photo>/remove/",
        activity_views.activity_photo_remove,
        name="activity_photo_remove",
    ),
    # Ethics: the code of ethics and the ethics-drive activities (programme "ethics").
    path(ETHICS, ethics_views.ethics_staff, name="ethics_staff"),
    path(
        ETHICS + "activities/new/",
        activity_views.activity_new,
        {"programme": "ethics"},
        name="ethics_activity_new",
    ),
    # Public: no login.
    path(PUBLIC_ETHICS, ethics_views.ethics, name="ethics"),
    path(PUBLIC_ETHICS + "source.pdf", ethics_views.ethics_source, name="ethics_source"),
    path(PUBLIC_ETHICS + "<int:year>/", ethics_views.ethics_year, name="ethics_year"),
    path(
        PUBLIC_ETHICS + "activities/<int:pk>/photos/<int:photo>/",
        ethics_views.ethics_photo,
        name="ethics_photo",
    ),
    path(PUBLIC, public_views.no_gift_latest, name="no_gift_latest"),
    path(PUBLIC + "<int:year>/", public_views.no_gift, name="no_gift"),
    path(PUBLIC + "<int:year>/declaration.pdf", public_views.no_gift_pdf, name="no_gift_pdf"),
    path(PUBLIC + "<int:year>/declaration.docx", public_views.no_gift_docx, name="no_gift_docx"),
    path(PUBLIC + "<int:year>/report/", report_views.report_public, name="report_public"),
    path(PUBLIC + "<int:year>/report.pdf", report_views.report_pdf, name="report_pdf"),
    path(PUBLIC + "<int:year>/report.docx", report_views.report_word, name="report_docx"),
    path(
        PUBLIC + "activities/<int:pk>/photos/<int:photo>/",
        public_views.activity_photo,
        name="public_activity_photo",
    ),
]
