"""The public survey pages: the list of open surveys and answering one without logging in.

One browser answers once: a signed cookie marks it after its response (and a rate limit per
client address slows a flood). No third-party captcha.
"""

from typing import Any

from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone, translation
from django.views.decorators.cache import never_cache

from prongsai.agencies.access import get_agency_or_404
from prongsai.feedback import plan_queries, stats, throttle
from prongsai.feedback import survey_actions as actions
from prongsai.feedback import survey_queries as queries
from prongsai.feedback.access import get_survey_for_public
from prongsai.feedback.models import Survey
from prongsai.feedback.survey_forms import AnswerForm

COOKIE_SALT = "feedback.survey"
COOKIE_AGE = 400 * 24 * 60 * 60  # longer than any survey is open


def cookie_name(survey: Survey) -> str:
    return f"survey{survey.pk}"


def answered_here(request: HttpRequest, survey: Survey) -> bool:
    value = request.get_signed_cookie(cookie_name(survey), default="", salt=COOKIE_SALT)
    return value == str(survey.pk)


def surveys(request: HttpRequest, agency: str) -> HttpResponse:
    agency_obj = get_agency_or_404(agency)
    today = timezone.localdate()
    context = {
        "agency": agency_obj,
        "rows": queries.open_surveys(agency_obj, today),
        "closed": queries.closed_surveys(agency_obj, today),
    }
    return render(request, "feedback/survey_public_list.html", context)


def _page(
    request: HttpRequest, survey: Survey, template: str, status: int = 200, **extra: Any
) -> HttpResponse:
    context = {"agency": survey.agency, "survey": survey, **extra}
    return render(request, f"feedback/{template}", context, status=status)


@never_cache
def answer(request: HttpRequest, agency: str, pk: int) -> HttpResponse:
    survey = get_survey_for_public(agency, pk)
    state = survey.state(timezone.localdate())
    if state != "open":
        return _page(request, survey, "survey_closed.html", state=state)
    if answered_here(request, survey):
        return _page(request, survey, "survey_thanks.html", again=True)
    sections = queries.sections(survey)
    if request.method != "POST":
        form = AnswerForm(survey=survey, sections=sections)
        return _page(request, survey, "survey_answer.html", form=form)
    if throttle.is_blocked("survey", request, throttle.ANSWERING):
        return _page(request, survey, "survey_busy.html", status=429)
    form = AnswerForm(request.POST, survey=survey, sections=sections)
    if not form.is_valid():
        return _page(request, survey, "survey_answer.html", form=form)
    throttle.hit("survey", request, throttle.ANSWERING)
    if not form.is_probably_bot():  # a bot is thanked, and nothing is recorded
        try:
            actions.submit_response(
                survey=survey, questions=queries.questions(sections), given=form.given()
            )
        except ValidationError:  # closed between showing the form and sending it
            return _page(request, survey, "survey_closed.html", state="closed")
    response = _page(request, survey, "survey_thanks.html", again=False)
    response.set_signed_cookie(
        cookie_name(survey),
        str(survey.pk),
        salt=COOKIE_SALT,
        max_age=COOKIE_AGE,
        httponly=True,
        samesite="Lax",
        secure=request.is_secure(),
    )
    return response


def _report_context(survey: Survey) -> dict[str, Any]:
    found = queries.results(survey)
    stored, themes = queries.themes(survey)
    return {
        "agency": survey.agency,
        "survey": survey,
        "results": found,
        "ranked": found.ranked(),
        "themes": themes,
        "themes_at": stored.computed_at if stored else None,
        "bands": stats.band_rows(survey.bands),
        "rating_count": sum(
            1 for section in found.sections for item in section.questions if item.rating
        ),
        "text_items": [
            item for section in found.sections for item in section.questions if item.texts
        ],
    }


def results(request: HttpRequest, agency: str, pk: int) -> HttpResponse:
    """The public report of a closed survey (the OIT satisfaction report): the usual structure
    (THAI-RULES.md §5.3), computed live from the answers."""
    survey = get_survey_for_public(agency, pk)
    state = survey.state(timezone.localdate())
    if state != "closed":
        return _page(request, survey, "survey_closed.html", state=state, results_later=True)
    context = {**_report_context(survey), "has_plan": plan_queries.has_plan(survey)}
    return render(request, "feedback/survey_results.html", context)


def report_pdf(request: HttpRequest, agency: str, pk: int) -> HttpResponse:
    """The report as an A4 PDF, printed by the "print" job (keyed by its content: paper answers
    typed in later print a new one); the newest earlier print is served meanwhile."""
    from django.template.loader import render_to_string
    from django.urls import reverse

    from prongsai.exports.pdf import print_assets
    from prongsai.feedback.plan_actions import plan_year
    from prongsai.printing.actions import fingerprint, request_print
    from prongsai.printing.responses import serve_pdf

    survey = get_survey_for_public(agency, pk)
    if survey.state(timezone.localdate()) != "closed":
        raise Http404
    context = _report_context(survey)
    context.update(print_assets("statistics.css"))  # the fonts' base
    context["css"] = render_to_string("feedback/survey_report.css")
    context["printed"] = True  # the grouped suggestions open
    context["rows"] = plan_queries.plan(survey)  # the improvement plan follows, when there is one
    context["summary"] = plan_queries.summary(context["rows"])
    context["year"] = plan_year(survey)
    with translation.override("th"):  # an official document: always Thai
        html = render_to_string("feedback/survey_report_print.html", context)
    group = f"feedback/survey-report/{survey.pk}"
    document = request_print(key=f"{group}/{fingerprint(html)}", group=group, html=html)
    back_url = reverse("feedback:survey_results", kwargs={"agency": agency, "pk": survey.pk})
    return serve_pdf(
        request,
        document,
        filename=f"survey-{survey.pk}-report.pdf",
        fallback=True,
        context={"agency": survey.agency, "back_url": back_url},
    )


def report_docx(request: HttpRequest, agency: str, pk: int) -> HttpResponse:
    """The report as a Word document (always Thai), with the improvement plan when there is one."""
    from prongsai.exports.responses import CONTENT_TYPES, Rendered, file_response
    from prongsai.feedback.plan_actions import plan_year
    from prongsai.feedback.survey_docx import report_docx as build

    survey = get_survey_for_public(agency, pk)
    if survey.state(timezone.localdate()) != "closed":
        raise Http404
    with translation.override("th"):
        content = build(_report_context(survey), plan_queries.plan(survey), plan_year(survey))
    filename = f"survey-{survey.pk}-report.docx"
    return file_response(Rendered(content, CONTENT_TYPES["docx"], filename), inline=False)
