from django.urls import path

from prongsai.integrity import staff_views as views

app_name = "integrity"

GIFTS = "<slug:agency>/staff/integrity/gifts/"

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
]
