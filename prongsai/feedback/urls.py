from django.urls import path

from prongsai.feedback import (
    plan_views,
    public_views,
    staff_views,
    survey_public_views,
    survey_staff_views,
)

app_name = "feedback"

urlpatterns = [
    path("<slug:agency>/questions/", public_views.ask, name="public"),
    path("<slug:agency>/staff/questions/", staff_views.staff_list, name="staff_list"),
    path(
        "<slug:agency>/staff/questions/settings/",
        staff_views.staff_settings,
        name="staff_settings",
    ),
    path(
        "<slug:agency>/staff/questions/categories/new/",
        staff_views.staff_category_new,
        name="staff_category_new",
    ),
    path(
        "<slug:agency>/staff/questions/categories/<int:pk>/",
        staff_views.staff_category,
        name="staff_category",
    ),
    path("<slug:agency>/staff/questions/<int:pk>/", staff_views.staff_detail, name="staff_detail"),
    path(
        "<slug:agency>/staff/questions/<int:pk>/answer/",
        staff_views.staff_answer,
        name="staff_answer",
    ),
    path(
        "<slug:agency>/staff/questions/<int:pk>/assign/",
        staff_views.staff_assign,
        name="staff_assign",
    ),
    path("<slug:agency>/staff/questions/<int:pk>/hide/", staff_views.staff_hide, name="staff_hide"),
]

S = "<slug:agency>/staff/surveys/"
urlpatterns += [
    path("<slug:agency>/surveys/", survey_public_views.surveys, name="survey_public_list"),
    path("<slug:agency>/surveys/<int:pk>/", survey_public_views.answer, name="survey_public"),
    path(
        "<slug:agency>/surveys/<int:pk>/results/",
        survey_public_views.results,
        name="survey_results",
    ),
    path(
        "<slug:agency>/surveys/<int:pk>/report.pdf",
        survey_public_views.report_pdf,
        name="survey_report_pdf",
    ),
    path(
        "<slug:agency>/surveys/<int:pk>/report.docx",
        survey_public_views.report_docx,
        name="survey_report_docx",
    ),
    path("<slug:agency>/surveys/<int:pk>/plan/", plan_views.public_plan, name="survey_plan_public"),
    path(S, survey_staff_views.survey_list, name="survey_list"),
    path(S + "new/", survey_staff_views.survey_new, name="survey_new"),
    path(S + "<int:pk>/", survey_staff_views.survey_detail, name="survey_detail"),
    path(S + "<int:pk>/edit/", survey_staff_views.survey_edit, name="survey_edit"),
    path(S + "<int:pk>/copy/", survey_staff_views.survey_copy, name="survey_copy"),
    path(S + "<int:pk>/paper/", survey_staff_views.survey_paper, name="survey_paper"),
    path(S + "<int:pk>/poster.pdf", survey_staff_views.survey_poster, name="survey_poster"),
    path(
        S + "<int:pk>/answers.<str:fmt>",
        survey_staff_views.survey_answers,
        name="survey_answers",
    ),
    path(
        S + "<int:pk>/sections/new/",
        survey_staff_views.survey_section_new,
        name="survey_section_new",
    ),
    path(
        S + "<int:pk>/sections/<int:sid>/delete/",
        survey_staff_views.survey_section_delete,
        name="survey_section_delete",
    ),
    path(
        S + "<int:pk>/questions/new/",
        survey_staff_views.survey_question_new,
        name="survey_question_new",
    ),
    path(
        S + "<int:pk>/questions/<int:qid>/",
        survey_staff_views.survey_question,
        name="survey_question",
    ),
    path(
        S + "<int:pk>/questions/<int:qid>/delete/",
        survey_staff_views.survey_question_delete,
        name="survey_question_delete",
    ),
]

urlpatterns += [
    path(S + "<int:pk>/plan/", plan_views.survey_plan, name="survey_plan"),
    path(S + "<int:pk>/plan/new/", plan_views.survey_plan_new, name="survey_plan_new"),
    path(S + "<int:pk>/plan/<int:aid>/", plan_views.survey_plan_action, name="survey_plan_action"),
    path(
        S + "<int:pk>/plan/<int:aid>/delete/",
        plan_views.survey_plan_delete,
        name="survey_plan_delete",
    ),
    path(
        S + "<int:pk>/plan/<int:aid>/progress/",
        plan_views.survey_plan_progress,
        name="survey_plan_progress",
    ),
]
