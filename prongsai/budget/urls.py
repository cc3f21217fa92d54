from django.urls import path

from prongsai.budget import (
    import_views,
    ledger_views,
    plan_views,
    public_views,
    report_views,
    spending_views,
)
from prongsai.budget.report_queries import ANNUAL, ANTI

app_name = "budget"

STAFF = "<slug:agency>/staff/budget/"
PLAN = STAFF + "<int:year>/"
PUBLIC = "<slug:agency>/budget/"

urlpatterns = [
    path(PUBLIC, public_views.public_index, name="public_index"),
    path(PUBLIC + "<int:year>/", public_views.public_plan, name="public_plan"),
    path(PUBLIC + "<int:year>/plan.pdf", public_views.public_plan_pdf, name="public_plan_pdf"),
    path(PUBLIC + "<int:year>/plan.docx", public_views.public_plan_docx, name="public_plan_docx"),
    path(
        PUBLIC + "<int:year>/quarter/<int:quarter>/",
        public_views.public_quarter,
        name="public_quarter",
    ),
    path(
        PUBLIC + "<int:year>/quarter/<int:quarter>/report.xlsx",
        public_views.public_quarter_xlsx,
        name="public_quarter_xlsx",
    ),
    path(PUBLIC + "<int:year>/half-year/", public_views.public_half_year, name="public_half_year"),
    path(
        PUBLIC + "<int:year>/half-year/report.xlsx",
        public_views.public_half_year_xlsx,
        name="public_half_year_xlsx",
    ),
    path(
        PUBLIC + "<int:year>/annual/",
        report_views.public_report,
        {"kind": ANNUAL},
        name="public_annual",
    ),
    path(
        PUBLIC + "<int:year>/annual/report.pdf",
        report_views.public_report_pdf,
        {"kind": ANNUAL},
        name="public_annual_pdf",
    ),
    path(
        PUBLIC + "<int:year>/annual/report.docx",
        report_views.public_report_file,
        {"kind": ANNUAL, "fmt": "docx"},
        name="public_annual_docx",
    ),
    path(
        PUBLIC + "<int:year>/annual/report.xlsx",
        report_views.public_report_file,
        {"kind": ANNUAL, "fmt": "xlsx"},
        name="public_annual_xlsx",
    ),
    path(
        PUBLIC + "<int:year>/anti-corruption/",
        report_views.public_anti_plan,
        name="public_anti_plan",
    ),
    path(
        PUBLIC + "<int:year>/anti-corruption/plan.docx",
        report_views.public_anti_plan_file,
        {"fmt": "docx"},
        name="public_anti_plan_docx",
    ),
    path(
        PUBLIC + "<int:year>/anti-corruption/plan.xlsx",
        report_views.public_anti_plan_file,
        {"fmt": "xlsx"},
        name="public_anti_plan_xlsx",
    ),
    path(
        PUBLIC + "<int:year>/anti-corruption/half-year/",
        report_views.public_anti_half,
        name="public_anti_half",
    ),
    path(
        PUBLIC + "<int:year>/anti-corruption/half-year/report.xlsx",
        report_views.public_anti_half_xlsx,
        name="public_anti_half_xlsx",
    ),
    path(
        PUBLIC + "<int:year>/anti-corruption/annual/",
        report_views.public_report,
        {"kind": ANTI},
        name="public_anti_annual",
    ),
    path(
        PUBLIC + "<int:year>/anti-corruption/annual/report.pdf",
        report_views.public_report_pdf,
        {"kind": ANTI},
        name="public_anti_annual_pdf",
    ),
    path(
        PUBLIC + "<int:year>/anti-corruption/annual/report.docx",
        report_views.public_report_file,
        {"kind": ANTI, "fmt": "docx"},
        name="public_anti_annual_docx",
    ),
    path(
        PUBLIC + "<int:year>/anti-corruption/annual/report.xlsx",
        report_views.public_report_file,
        {"kind": ANTI, "fmt": "xlsx"},
        name="public_anti_annual_xlsx",
    ),
    path(STAFF, plan_views.staff_home, name="staff_home"),
    path(STAFF + "new/", plan_views.staff_plan_new, name="staff_plan_new"),
    path(PLAN, plan_views.staff_plan, name="staff_plan"),
    path(PLAN + "approve/", plan_views.staff_approve, name="staff_approve"),
    path(PLAN + "strategies/new/", plan_views.staff_strategy_new, name="staff_strategy_new"),
    path(PLAN + "strategies/<int:pk>/", plan_views.staff_strategy, name="staff_strategy"),
    path(PLAN + "funds/new/", plan_views.staff_fund_new, name="staff_fund_new"),
    path(PLAN + "funds/<int:pk>/", plan_views.staff_fund, name="staff_fund"),
    path(PLAN + "projects/new/", plan_views.staff_project_new, name="staff_project_new"),
    path(PLAN + "projects/<int:pk>/", plan_views.staff_project, name="staff_project"),
    path(
        PLAN + "projects/<int:pk>/edit/", plan_views.staff_project_edit, name="staff_project_edit"
    ),
    path(
        PLAN + "projects/<int:pk>/activities/new/",
        plan_views.staff_activity_new,
        name="staff_activity_new",
    ),
    path(PLAN + "activities/<int:pk>/", plan_views.staff_activity, name="staff_activity"),
    path(
        PLAN + "activities/<int:pk>/delete/",
        plan_views.staff_activity_delete,
        name="staff_activity_delete",
    ),
    path(
        PLAN + "projects/<int:pk>/delete/",
        plan_views.staff_project_delete,
        name="staff_project_delete",
    ),
    path(PLAN + "import/", import_views.staff_import, name="staff_import"),
    path(
        PLAN + "import/template.xlsx",
        import_views.staff_import_template,
        name="staff_import_template",
    ),
    path(PLAN + "spending/", spending_views.staff_spending, name="staff_spending"),
    path(
        PLAN + "spending/<int:pk>/delete/",
        spending_views.staff_spending_delete,
        name="staff_spending_delete",
    ),
    path(PLAN + "receipts/new/", spending_views.staff_receipt_new, name="staff_receipt_new"),
    path(
        PLAN + "reports/annual/", report_views.staff_report, {"kind": ANNUAL}, name="staff_annual"
    ),
    path(
        PLAN + "reports/annual/publish/",
        report_views.staff_report_publish,
        {"kind": ANNUAL},
        name="staff_annual_publish",
    ),
    path(
        PLAN + "reports/anti-corruption/",
        report_views.staff_report,
        {"kind": ANTI},
        name="staff_anti_annual",
    ),
    path(
        PLAN + "reports/anti-corruption/publish/",
        report_views.staff_report_publish,
        {"kind": ANTI},
        name="staff_anti_annual_publish",
    ),
    path(PLAN + "orders/", ledger_views.staff_orders, name="staff_orders"),
    path(
        PLAN + "orders/<int:pk>/cancel/", ledger_views.staff_order_cancel, name="staff_order_cancel"
    ),
    path(PLAN + "transfers/", ledger_views.staff_transfers, name="staff_transfers"),
    path(
        PLAN + "transfers/<int:pk>/approve/",
        ledger_views.staff_transfer_approve,
        name="staff_transfer_approve",
    ),
    path(
        PLAN + "transfers/<int:pk>/refuse/",
        ledger_views.staff_transfer_refuse,
        name="staff_transfer_refuse",
    ),
]
