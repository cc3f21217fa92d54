from django.urls import path

from prongsai.procurement import import_views, public_views, staff_views

app_name = "procurement"

STAFF = "<slug:agency>/staff/procurement/"
PUBLIC = "<slug:agency>/procurement/"

urlpatterns = [
    path(STAFF, staff_views.staff_home, name="staff_home"),
    path(STAFF + "<int:year>/", staff_views.staff_year, name="staff_year"),
    path(STAFF + "<int:year>/plan/new/", staff_views.plan_item_new, name="plan_item_new"),
    path(STAFF + "<int:year>/plan/publish/", staff_views.plan_publish, name="plan_publish"),
    path(STAFF + "plan/<int:pk>/", staff_views.plan_item_edit, name="plan_item_edit"),
    path(STAFF + "plan/<int:pk>/remove/", staff_views.plan_item_remove, name="plan_item_remove"),
    path(STAFF + "<int:year>/notices/new/", staff_views.notice_new, name="notice_new"),
    path(STAFF + "notices/<int:pk>/", staff_views.notice_edit, name="notice_edit"),
    path(STAFF + "notices/<int:pk>/remove/", staff_views.notice_remove, name="notice_remove"),
    path(STAFF + "<int:year>/purchases/new/", staff_views.purchase_new, name="purchase_new"),
    path(
        STAFF + "<int:year>/purchases/import/", import_views.purchase_import, name="purchase_import"
    ),
    path(
        STAFF + "purchases/import-template.<str:fmt>",
        import_views.import_template,
        name="import_template",
    ),
    path(STAFF + "purchases/<int:pk>/", staff_views.purchase_edit, name="purchase_edit"),
    path(STAFF + "purchases/<int:pk>/remove/", staff_views.purchase_remove, name="purchase_remove"),
    path(
        STAFF + "purchases/<int:pk>/asset/",
        staff_views.purchase_to_assets,
        name="purchase_to_assets",
    ),
    path(STAFF + "<int:year>/report/", staff_views.report_edit, name="report_edit"),
    # Public: no login.
    path(PUBLIC, public_views.latest, name="latest"),
    path(PUBLIC + "<int:year>/", public_views.year_page, name="year"),
    path(PUBLIC + "<int:year>/purchases.xlsx", public_views.year_xlsx, name="year_xlsx"),
    path(PUBLIC + "<int:year>/<int:month>/", public_views.month_page, name="month"),
    path(PUBLIC + "<int:year>/<int:month>/sorkor1.pdf", public_views.month_pdf, name="month_pdf"),
    path(
        PUBLIC + "<int:year>/<int:month>/sorkor1.xlsx", public_views.month_xlsx, name="month_xlsx"
    ),
    path(PUBLIC + "<int:year>/report/", public_views.report_page, name="report"),
    path(PUBLIC + "<int:year>/report.pdf", public_views.report_pdf, name="report_pdf"),
    path(PUBLIC + "<int:year>/report.xlsx", public_views.report_xlsx, name="report_xlsx"),
    path(PUBLIC + "notices/<int:pk>/file", public_views.notice_file, name="notice_file"),
]
