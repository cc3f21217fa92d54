from django.urls import path

from prongsai.assets import check_views, import_views, loan_views, public_views, views

app_name = "assets"

LOANS = "<slug:agency>/staff/assets/loans/"
LOAN = LOANS + "<int:pk>/"
CHECKS = "<slug:agency>/staff/assets/checks/"
CHECK = CHECKS + "<int:pk>/"

urlpatterns = [
    path("<slug:agency>/assets/", public_views.public_assets, name="public"),
    path("<slug:agency>/assets/<int:year>/", public_views.public_assets, name="public_year"),
    path("<slug:agency>/assets/loan-form.docx", public_views.loan_form, name="public_loan_form"),
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
    path("<slug:agency>/staff/assets/labels.pdf", import_views.staff_labels, name="staff_labels"),
    path(CHECKS, check_views.check_list, name="check_list"),
    path(CHECKS + "new/", check_views.check_appoint, name="check_appoint"),
    path(CHECK, check_views.check_detail, name="check_detail"),
    path(CHECK + "assets/<int:asset>/", check_views.check_asset, name="check_asset"),
    path(CHECK + "report/", check_views.check_report, name="check_report"),
    path(
        CHECK + "documents.pdf",
        check_views.check_documents,
        {"fmt": "pdf"},
        name="check_documents_pdf",
    ),
    path(
        CHECK + "documents.docx",
        check_views.check_documents,
        {"fmt": "docx"},
        name="check_documents_docx",
    ),
    path(LOANS, loan_views.loans_mine, name="loans_mine"),
    path(LOANS + "new/", loan_views.loan_request, name="loan_request"),
    path(LOANS + "board/", loan_views.loan_board, name="loan_board"),
    path(LOANS + "settings/", loan_views.loan_settings, name="loan_settings"),
    path(LOANS + "loans.csv", loan_views.loan_export, {"fmt": "csv"}, name="loan_export_csv"),
    path(LOANS + "loans.xlsx", loan_views.loan_export, {"fmt": "xlsx"}, name="loan_export_xlsx"),
    path(LOAN, loan_views.loan_detail, name="loan_detail"),
    path(LOAN + "check/", loan_views.loan_check, name="loan_check"),
    path(LOAN + "decide/", loan_views.loan_decide, name="loan_decide"),
    path(LOAN + "cancel/", loan_views.loan_cancel, name="loan_cancel"),
    path(LOAN + "hand-over/", loan_views.loan_hand_over, name="loan_hand_over"),
    path(LOAN + "return/", loan_views.loan_return, name="loan_return"),
    path(LOAN + "damage/<int:damage>/", loan_views.loan_damage, name="loan_damage"),
    path(LOAN + "photo/", loan_views.loan_photo, name="loan_photo"),
    path(LOAN + "slip.pdf", loan_views.loan_slip, {"fmt": "pdf"}, name="loan_slip_pdf"),
    path(LOAN + "slip.docx", loan_views.loan_slip, {"fmt": "docx"}, name="loan_slip_docx"),
]
