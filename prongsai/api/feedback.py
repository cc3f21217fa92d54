"""API of the feedback module.

Public: read a survey's questions, send one response (the same checks and Thai messages as the
web form; no cookie, so the rate limit per address holds). Staff (token or session), through the
same gates as the pages (feedback/access.py): the surveys one may see with their results, the
questions one may see (the ITA officer, the director, the supervisor: all; staff and unit heads:
what is assigned to them or their unit), one question, and answering it."""

from typing import Any

from django.core.exceptions import ValidationError
from django.urls import path
from django.utils import timezone
from django.utils.translation import gettext as _
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, extend_schema
from rest_framework import serializers, status
from rest_framework.exceptions import Throttled
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from prongsai.agencies.access import units_of, user_of
from prongsai.api.parsers import CleanJSONParser
from prongsai.api.permissions import HasAgencyRole
from prongsai.feedback import actions as feedback_actions
from prongsai.feedback import queries as feedback_queries
from prongsai.feedback import stats, survey_actions, survey_queries, throttle
from prongsai.feedback.access import (
    READERS,
    SURVEY_READERS,
    get_question_for_staff,
    get_survey_for_public,
    get_survey_for_staff,
    sees_all,
    survey_units,
)
from prongsai.feedback.forms import MAX_ANSWER
from prongsai.feedback.forms import AnswerForm as QuestionAnswerForm
from prongsai.feedback.models import Question
from prongsai.feedback.survey_forms import AnswerForm


class QuestionSerializer(serializers.Serializer[Any]):
    id = serializers.IntegerField(source="pk")
    text = serializers.CharField()
    kind = serializers.CharField(help_text="rating (1–5), single, multiple, short, long")
    required = serializers.BooleanField()  # type: ignore[assignment]  # a field, not Field.required
    choices = serializers.ListField(
        source="choice_list", child=serializers.CharField(), help_text="answered by index"
    )


class SectionSerializer(serializers.Serializer[Any]):
    title = serializers.CharField()
    questions = QuestionSerializer(many=True, source="questions.all")


class SurveySerializer(serializers.Serializer[Any]):
    id = serializers.IntegerField(source="pk")
    title = serializers.CharField()
    opens_on = serializers.DateField()
    closes_on = serializers.DateField()
    state = serializers.CharField(help_text="soon, open or closed")
    groups = serializers.ListField(source="group_list", child=serializers.CharField())
    sections = SectionSerializer(many=True)


class ResponseInSerializer(serializers.Serializer[Any]):
    group = serializers.CharField(required=False, allow_blank=True, max_length=100)
    answers = serializers.DictField(
        child=serializers.JSONField(),
        help_text="By question id: a score 1–5, a choice index, a list of indexes, or a text. "
        'Example: {"12": 5, "13": [0, 2], "14": "ขอที่จอดรถเพิ่ม"}',
    )


class SurveyDetail(APIView):
    authentication_classes: list[Any] = []
    permission_classes: list[Any] = []

    @extend_schema(
        summary="A survey's questions (public)", tags=["surveys"], responses=SurveySerializer
    )
    def get(self, request: Request, agency: str, pk: int) -> Response:
        survey = get_survey_for_public(agency, pk)
        data = SurveySerializer(
            {
                "pk": survey.pk,
                "title": survey.title,
                "opens_on": survey.opens_on,
                "closes_on": survey.closes_on,
                "state": survey.state(timezone.localdate()),
                "group_list": survey.group_list,
                "sections": survey_queries.sections(survey),
            }
        ).data
        return Response(data)


def _form_data(answers: dict[str, Any]) -> dict[str, Any]:
    data: dict[str, Any] = {}
    for key, value in answers.items():
        if isinstance(value, list):
            data[f"q{key}"] = [str(item) for item in value]
        elif value is not None:
            data[f"q{key}"] = str(value)
    return data


class SurveyResponses(APIView):
    authentication_classes: list[Any] = []
    permission_classes: list[Any] = []
    parser_classes = [CleanJSONParser]

    @extend_schema(
        summary="Send one response to an open survey (public, anonymous)",
        tags=["surveys"],
        request=ResponseInSerializer,
        responses={
            201: OpenApiResponse(description='{"id": …}'),
            400: OpenApiResponse(description="Thai messages by question (q<id>) or group"),
            409: OpenApiResponse(description="The survey is not open"),
            429: OpenApiResponse(description="Too many responses from this address"),
        },
    )
    def post(self, request: Request, agency: str, pk: int) -> Response:
        survey = get_survey_for_public(agency, pk)
        if survey.state(timezone.localdate()) != "open":
            message = _("This survey is not open for answers.")
            return Response({"detail": message}, status=status.HTTP_409_CONFLICT)
        if throttle.is_blocked("survey", request._request, throttle.ANSWERING):
            raise Throttled(detail=_("Too many requests. Please wait and try again."))
        incoming = ResponseInSerializer(data=request.data)
        incoming.is_valid(raise_exception=True)
        sections = survey_queries.sections(survey)
        data = _form_data(incoming.validated_data["answers"])
        data["group"] = incoming.validated_data.get("group", "")
        form = AnswerForm(data, survey=survey, sections=sections)
        if not form.is_valid():
            return Response(form.errors, status=status.HTTP_400_BAD_REQUEST)
        throttle.hit("survey", request._request, throttle.ANSWERING)
        try:
            response = survey_actions.submit_response(
                survey=survey, questions=survey_queries.questions(sections), given=form.given()
            )
        except ValidationError as error:
            return Response({"detail": " ".join(error.messages)}, status=status.HTTP_409_CONFLICT)
        return Response({"id": response.pk}, status=status.HTTP_201_CREATED)


# ---------------------------------------------------------------- staff


def _gate(view: Any, request: Request) -> Any:
    """The Django request as `staff_view` hands it to a page, so the pages' gates apply."""
    plain = request._request
    plain.agency = view.agency  # type: ignore[attr-defined]
    plain.roles = view.roles  # type: ignore[attr-defined]
    plain.user = request.user
    return plain


class RatingSerializer(serializers.Serializer[Any]):
    n = serializers.IntegerField()
    mean = serializers.FloatField(allow_null=True)
    sd = serializers.FloatField(allow_null=True)
    satisfied = serializers.FloatField(allow_null=True, help_text="percent answering 4 or 5")
    counts = serializers.ListField(child=serializers.IntegerField(), help_text="5, 4, 3, 2, 1")


def _rating(rating: Any, bands: str) -> dict[str, Any] | None:
    if rating is None:
        return None
    data = RatingSerializer(rating).data
    data["level"] = stats.level(rating.mean, bands) if rating.n else ""
    return dict(data)


class StaffSurveySerializer(serializers.Serializer[Any]):
    id = serializers.IntegerField(source="pk")
    title = serializers.CharField()
    unit = serializers.CharField(source="unit.name_th", default=None)
    opens_on = serializers.DateField()
    closes_on = serializers.DateField()
    responses = serializers.IntegerField(source="answered")


class StaffSurveyList(APIView):
    permission_classes = [HasAgencyRole]
    required_roles = SURVEY_READERS

    @extend_schema(
        summary="The surveys one may see, with their number of responses (staff)",
        tags=["surveys"],
        responses=StaffSurveySerializer(many=True),
    )
    def get(self, request: Request, agency: str) -> Response:
        plain = _gate(self, request)
        rows = survey_queries.staff_surveys(self.agency, survey_units(plain))  # type: ignore[attr-defined]
        today = timezone.localdate()
        data = [
            {**StaffSurveySerializer(survey).data, "state": survey.state(today)} for survey in rows
        ]
        return Response(data)


class StaffSurveyResults(APIView):
    permission_classes = [HasAgencyRole]
    required_roles = SURVEY_READERS

    @extend_schema(
        summary="A survey's live results: per part and item n, mean, S.D., level (staff)",
        tags=["surveys"],
        responses=OpenApiResponse(description="responses, target, overall, e-service, parts"),
    )
    def get(self, request: Request, agency: str, pk: int) -> Response:
        survey = get_survey_for_staff(_gate(self, request), pk)
        found = survey_queries.results(survey)
        bands = survey.bands
        parts = [
            {
                "title": part.section.title,
                "rating": _rating(part.rating, bands),
                "items": [
                    {
                        "id": item.question.pk,
                        "text": item.question.text,
                        "kind": item.question.kind,
                        "rating": _rating(item.rating, bands),
                        "choices": [
                            {"label": label, "n": n, "percent": percent}
                            for label, n, percent in item.choices
                        ],
                    }
                    for item in part.questions
                ],
            }
            for part in found.sections
        ]
        data = {
            "id": survey.pk,
            "title": survey.title,
            "state": survey.state(timezone.localdate()),
            "responses": found.responses,
            "paper": found.paper,
            "target": found.target,
            "groups": [{"group": g, "n": n, "percent": p} for g, n, p in found.groups],
            "overall": _rating(found.overall, bands),
            "eservice": _rating(found.eservice, bands),
            "parts": parts,
        }
        return Response(data)


class StaffQuestionSerializer(serializers.Serializer[Any]):
    id = serializers.IntegerField(source="pk")
    kind = serializers.CharField()
    category = serializers.CharField(source="category.name", default=None)
    text = serializers.CharField()
    status = serializers.CharField()
    private = serializers.BooleanField(source="is_private")
    asked_private = serializers.BooleanField()
    has_email = serializers.SerializerMethodField(help_text="the asker left an e-mail address")
    assigned_user = serializers.CharField(source="assigned_user.display_name", default=None)
    assigned_unit = serializers.CharField(source="assigned_unit.name_th", default=None)
    created_at = serializers.DateTimeField()
    due_on = serializers.DateField()
    answer = serializers.CharField()
    answered_at = serializers.DateTimeField(allow_null=True)
    answer_working_days = serializers.IntegerField(allow_null=True)

    def get_has_email(self, question: Any) -> bool:
        return bool(question.email)


class AnswerInSerializer(serializers.Serializer[Any]):
    answer = serializers.CharField(max_length=MAX_ANSWER)
    keep_private = serializers.BooleanField(default=False)


class StaffQuestionList(APIView):
    permission_classes = [HasAgencyRole]
    required_roles = READERS

    @extend_schema(
        summary="The questions one may see, open ones first (staff; at most 200)",
        tags=["questions"],
        parameters=[OpenApiParameter("status", OpenApiTypes.STR, enum=Question.Status.values)],
        responses=StaffQuestionSerializer(many=True),
    )
    def get(self, request: Request, agency: str) -> Response:
        plain = _gate(self, request)
        roles = self.roles  # type: ignore[attr-defined]
        user = user_of(plain)
        everything = sees_all(roles)
        rows = feedback_queries.staff_questions(
            self.agency,  # type: ignore[attr-defined]
            sees_all=everything,
            user=user,
            unit_ids=set() if everything else units_of(user, self.agency),  # type: ignore[attr-defined]
            status=request.query_params.get("status", ""),
        )
        return Response(StaffQuestionSerializer(rows, many=True).data)


class StaffQuestionDetail(APIView):
    permission_classes = [HasAgencyRole]
    required_roles = READERS
    parser_classes = [CleanJSONParser]

    @extend_schema(
        summary="One question (staff: as on its page)",
        tags=["questions"],
        responses=StaffQuestionSerializer,
    )
    def get(self, request: Request, agency: str, pk: int) -> Response:
        question = get_question_for_staff(_gate(self, request), pk)
        return Response(StaffQuestionSerializer(question).data)

    @extend_schema(
        summary="Answer the question (the ITA officer, the director or its assignee)",
        tags=["questions"],
        request=AnswerInSerializer,
        responses={
            200: StaffQuestionSerializer,
            400: OpenApiResponse(description="Thai messages by field"),
            403: OpenApiResponse(description="May look but not answer"),
        },
    )
    def post(self, request: Request, agency: str, pk: int) -> Response:
        plain = _gate(self, request)
        question = get_question_for_staff(plain, pk, act=True)
        given = request.data if isinstance(request.data, dict) else {}
        form = QuestionAnswerForm(  # the page's form: the same checks and Thai messages
            {
                "answer": str(given.get("answer") or ""),
                "keep_private": bool(given.get("keep_private")),
            }
        )
        if not form.is_valid():
            return Response(form.errors, status=status.HTTP_400_BAD_REQUEST)
        try:
            answered = feedback_actions.answer_question(
                question=question,
                answer=form.cleaned_data["answer"],
                keep_private=form.cleaned_data["keep_private"],
                actor=user_of(plain),
            )
        except ValidationError as error:
            return Response({"detail": " ".join(error.messages)}, status=status.HTTP_409_CONFLICT)
        return Response(StaffQuestionSerializer(answered).data)


# Included from api/urls.py (names in its "api" namespace).
STAFF = "v1/agencies/<slug:agency>/staff/"
urlpatterns = [
    path(STAFF + "surveys/", StaffSurveyList.as_view(), name="feedback_staff_surveys"),
    path(
        STAFF + "surveys/<int:pk>/",
        StaffSurveyResults.as_view(),
        name="feedback_staff_survey",
    ),
    path(STAFF + "questions/", StaffQuestionList.as_view(), name="feedback_staff_questions"),
    path(
        STAFF + "questions/<int:pk>/",
        StaffQuestionDetail.as_view(),
        name="feedback_staff_question",
    ),
    path(
        "v1/agencies/<slug:agency>/surveys/<int:pk>/",
        SurveyDetail.as_view(),
        name="survey_detail",
    ),
    path(
        "v1/agencies/<slug:agency>/surveys/<int:pk>/responses/",
        SurveyResponses.as_view(),
        name="survey_responses",
    ),
]
