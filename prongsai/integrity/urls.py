from django.urls import path

from prongsai.integrity import declaration_views, public_views
from prongsai.integrity import staff_views as views

app_name = "integrity"

GIFTS = "<slug:agency>/staff/integrity/gifts/"
DECLARATIONS = "<slug:agency>/staff/integrity/no-gift/"
PUBLIC = "<slug:agency>/no-gift/"

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
    # Public: no login.
    path(PUBLIC, public_views.no_gift_latest, name="no_gift_latest"),
    path(PUBLIC + "<int:year>/", public_views.no_gift, name="no_gift"),
    path(PUBLIC + "<int:year>/declaration.pdf", public_views.no_gift_pdf, name="no_gift_pdf"),
    path(PUBLIC + "<int:year>/declaration.docx", public_views.no_gift_docx, name="no_gift_docx"),
]
