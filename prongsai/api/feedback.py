"""Public API of satisfaction surveys: read a survey's questions, send one response (the same
checks and Thai messages as the web form; no cookie, so the rate limit per address holds)."""

from typing import Any

from django.core.exceptions import ValidationError
from django.urls import path
from django.utils import timezone
from django.utils.translation import gettext as _
from drf_spectacular.utils import OpenApiResponse, extend_schema
from rest_framework import serializers, status
from rest_framework.exceptions import Throttled
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from prongsai.api.parsers import CleanJSONParser
from prongsai.feedback import survey_actions, survey_queries, throttle
from prongsai.feedback.access import get_survey_for_public
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


# Included from api/urls.py (names in its "api" namespace).
urlpatterns = [
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
