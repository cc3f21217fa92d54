from django.urls import path

from prongsai.evaluation import (
    annual_views,
    assess_views,
    committee_views,
    pay_views,
    print_views,
    public_views,
    review_views,
    staff_views,
)

app_name = "evaluation"

BASE = "<slug:agency>/staff/evaluation/"
ROUND = BASE + "rounds/<int:pk>/"
ONE = BASE + "assessments/<int:pk>/"

urlpatterns = [
    path("<slug:agency>/hr/", public_views.hr_latest, name="hr_latest"),
    path("<slug:agency>/hr/<int:year>/", public_views.hr_report, name="hr_report"),
    path("<slug:agency>/hr/<int:year>/ethics/", public_views.hr_ethics, name="hr_ethics"),
    path("<slug:agency>/hr/<int:year>/criteria/", public_views.hr_criteria, name="hr_criteria"),
    path(BASE, staff_views.home, name="home"),
    path(BASE + "forms/", staff_views.templates, name="templates"),
    path(BASE + "forms/levels/", staff_views.bands, name="bands"),
    path(BASE + "forms/<str:staff_type>/", staff_views.template_edit, name="template_edit"),
    path(BASE + "training/", annual_views.training, name="training"),
    path(
        BASE + "training/<int:pk>/certificate/",
        annual_views.training_certificate,
        name="training_certificate",
    ),
    path(BASE + "annual/", annual_views.annual_latest, name="annual_latest"),
    path(BASE + "annual/<int:year>/", annual_views.annual, name="annual"),
    path(BASE + "annual/<int:year>/report.pdf", annual_views.annual_pdf, name="annual_pdf"),
    path(BASE + "annual/<int:year>/report.docx", annual_views.annual_docx, name="annual_docx"),
    path(BASE + "staff-types/", staff_views.staff_types, name="staff_types"),
    path(BASE + "rounds/", staff_views.rounds, name="rounds"),
    path(BASE + "rounds/new/", staff_views.round_new, name="round_new"),
    path(ROUND, staff_views.round_detail, name="round_detail"),
    path(ROUND + "staff/", staff_views.round_participants, name="round_participants"),
    path(ROUND + "publish/", staff_views.round_publish, name="round_publish"),
    path(ROUND + "meetings/", staff_views.round_meeting, name="round_meeting"),
    path(ROUND + "close/", staff_views.round_close, name="round_close"),
    path(ROUND + "criteria/", staff_views.criteria, name="criteria"),
    path(ROUND + "pay/", pay_views.pay_table, name="pay"),
    path(ROUND + "pay/approve/", pay_views.pay_approve, name="pay_approve"),
    path(ROUND + "mine/", assess_views.mine, name="mine"),
    path(ROUND + "mine/self/", assess_views.self_assess, name="self_assess"),
    path(ROUND + "mine/evidence/", assess_views.evidence_add, name="evidence_add"),
    path(ROUND + "mine/acknowledge/", assess_views.acknowledge, name="acknowledge"),
    path(ROUND + "mine/review/", review_views.request_review, name="request_review"),
    path(ROUND + "mine/form.pdf", print_views.mine_pdf, name="mine_pdf"),
    path(ONE, assess_views.assessment_detail, name="assessment"),
    path(ONE + "form.pdf", print_views.assessment_pdf, name="assessment_pdf"),
    path(ONE + "score/", assess_views.score, name="score"),
    path(ONE + "committee/", committee_views.committee, name="committee"),
    path(ONE + "committee/score/", committee_views.committee_score, name="committee_score"),
    path(ONE + "refused/", assess_views.refusal, name="refusal"),
    path(ONE + "reopen/", assess_views.reopen, name="reopen"),
    path(ONE + "review/", review_views.answer_review, name="answer_review"),
    path(ONE + "evidence/<int:evidence>/", assess_views.evidence_file, name="evidence_file"),
]
