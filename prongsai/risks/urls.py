from django.urls import path

from prongsai.risks import public_views, risk_views, staff_views

app_name = "risks"

STAFF = "<slug:agency>/staff/risks/"
YEAR = STAFF + "<int:year>/"
PUBLIC = "<slug:agency>/risks/"

urlpatterns = [
    path(STAFF, staff_views.assessments, name="assessments"),
    path(STAFF + "start/", staff_views.assessment_start, name="assessment_start"),
    path(YEAR, staff_views.assessment, name="assessment"),
    path(YEAR + "settings/", staff_views.assessment_settings, name="assessment_settings"),
    path(YEAR + "approve/", staff_views.assessment_approve, name="assessment_approve"),
    path(YEAR + "publish/", staff_views.assessment_publish, name="assessment_publish"),
    path(YEAR + "reopen/", staff_views.assessment_reopen, name="assessment_reopen"),
    path(YEAR + "risks/new/", risk_views.risk_new, name="risk_new"),
    path(YEAR + "risks/<int:pk>/", risk_views.risk_edit, name="risk_edit"),
    path(YEAR + "risks/<int:pk>/remove/", risk_views.risk_remove, name="risk_remove"),
    path(YEAR + "risks/<int:pk>/measures/new/", risk_views.measure_new, name="measure_new"),
    path(YEAR + "measures/<int:pk>/", risk_views.measure_edit, name="measure_edit"),
    path(YEAR + "measures/<int:pk>/remove/", risk_views.measure_remove, name="measure_remove"),
    path(
        YEAR + "measures/<int:pk>/follow-ups/new/",
        risk_views.follow_up_new,
        name="follow_up_new",
    ),
    path(YEAR + "risks.csv", staff_views.risks_csv, name="risks_csv"),
    path(YEAR + "risks.xlsx", staff_views.risks_xlsx, name="risks_xlsx"),
    # Public: no login.
    path(PUBLIC, public_views.latest, name="latest"),
    path(PUBLIC + "<int:year>/", public_views.public, name="public"),
    path(
        PUBLIC + "<int:year>/follow-up/<slug:round>/",
        public_views.public_follow_up,
        name="public_follow_up",
    ),
    path(PUBLIC + "<int:year>/<slug:kind>.pdf", public_views.public_pdf, name="public_pdf"),
    path(PUBLIC + "<int:year>/<slug:kind>.docx", public_views.public_docx, name="public_docx"),
]
