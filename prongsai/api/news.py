"""API of news, the basic-information pages and the training log. Without login: an agency's
public news (list and item), its written basic pages and its training courses of a fiscal year.
Staff (token or session): write news drafts, change and publish them, write a basic page,
record, change and remove courses — with the pages' own forms (the same checks and Thai
messages) and gates. Included from api/urls.py under /api/v1/agencies/<agency>/."""

from typing import Any

from django.core.exceptions import ValidationError
from django.db.models import QuerySet
from django.http import Http404
from django.urls import path, reverse
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, extend_schema
from rest_framework import generics, serializers, status
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from prongsai.agencies.access import get_agency_or_404, roles_of, user_of
from prongsai.agencies.models import Agency
from prongsai.api.parsers import CleanJSONParser
from prongsai.api.permissions import HasAgencyRole
from prongsai.lib.fiscal import current_fiscal_year, fiscal_year_bounds, is_plausible_year
from prongsai.news import actions, queries, search, training_actions
from prongsai.news.access import (
    ABOUT_READERS,
    PUBLISHERS,
    READERS,
    TRAINING_READERS,
    WRITERS,
    get_about_kind_for_staff,
    get_about_page_for_public,
    get_course_for_staff,
    get_item_for_public,
    get_item_for_publishing,
    get_item_for_staff,
    require_training_writer,
)
from prongsai.news.forms import AboutForm, ItemForm
from prongsai.news.models import AboutPage, NewsItem, TrainingCourse
from prongsai.news.training_forms import CourseForm

# ---------------------------------------------------------------- serializers


class NewsSerializer(serializers.ModelSerializer[NewsItem]):
    url = serializers.SerializerMethodField()
    agency = serializers.CharField(source="agency.slug", read_only=True)

    class Meta:
        model = NewsItem
        fields = ["id", "agency", "category", "title", "summary", "publish_at", "pinned", "url"]

    def get_url(self, item: NewsItem) -> str:
        return reverse("news:item", kwargs={"agency": item.agency.slug, "pk": item.pk})


class NewsDetailSerializer(NewsSerializer):
    pictures = serializers.SerializerMethodField()
    files = serializers.SerializerMethodField()

    class Meta(NewsSerializer.Meta):
        fields = [
            *NewsSerializer.Meta.fields,
            "body",
            "participants",
            "outcome",
            "pictures",
            "files",
        ]

    def get_pictures(self, item: NewsItem) -> list[dict[str, Any]]:
        slug = item.agency.slug
        return [
            {
                "url": reverse("news:image", kwargs={"agency": slug, "pk": item.pk, "image": i.pk}),
                "alt_text": i.alt_text,
                "is_cover": i.is_cover,
            }
            for i in item.images.all()
        ]

    def get_files(self, item: NewsItem) -> list[dict[str, Any]]:
        slug = item.agency.slug
        return [
            {
                "url": reverse(
                    "news:attachment", kwargs={"agency": slug, "pk": item.pk, "attachment": a.pk}
                ),
                "name": a.name,
                "size": a.size,
            }
            for a in item.attachments.all()
        ]


class StaffNewsSerializer(serializers.ModelSerializer[NewsItem]):
    class Meta:
        model = NewsItem
        fields = [
            "id",
            "category",
            "title",
            "summary",
            "body",
            "status",
            "publish_at",
            "pinned",
            "participants",
            "outcome",
        ]


class AboutSerializer(serializers.ModelSerializer[AboutPage]):
    title = serializers.CharField(source="get_kind_display", read_only=True)

    class Meta:
        model = AboutPage
        fields = ["kind", "title", "body", "updated_at"]


class CourseSerializer(serializers.ModelSerializer[TrainingCourse]):
    unit = serializers.CharField(source="unit.name_th", default="", read_only=True)

    class Meta:
        model = TrainingCourse
        fields = [
            "id",
            "title",
            "starts_on",
            "ends_on",
            "hours",
            "audience",
            "unit",
            "place",
            "invited",
            "attended",
            "satisfaction",
            "outcome",
            "news_item",
        ]


class ItemInSerializer(serializers.Serializer[Any]):
    """The fields of the page's form (dates in B.E., dd/mm/yyyy)."""

    category = serializers.ChoiceField(choices=NewsItem.Category.choices)
    title = serializers.CharField()
    summary = serializers.CharField(required=False)
    body = serializers.CharField(required=False, help_text="HTML or plain text; cleaned on save")
    publish_on = serializers.CharField(required=False, help_text="B.E. date; empty: now")
    publish_time = serializers.CharField(required=False, help_text="HH:MM")
    pinned = serializers.BooleanField(required=False)
    participants = serializers.CharField(required=False)
    outcome = serializers.CharField(required=False)


class CourseInSerializer(serializers.Serializer[Any]):
    """The page's course form (B.E. dates dd/mm/yyyy; unit and news_item by id)."""

    title = serializers.CharField()
    starts_on = serializers.CharField()
    ends_on = serializers.CharField(required=False)
    hours = serializers.CharField()
    audience = serializers.CharField()
    unit = serializers.IntegerField(required=False)
    place = serializers.CharField(required=False)
    invited = serializers.CharField(required=False)
    attended = serializers.CharField(required=False)
    satisfaction = serializers.CharField(required=False)
    outcome = serializers.CharField(required=False)
    news_item = serializers.IntegerField(required=False)


# ---------------------------------------------------------------- helpers


class _Staff(APIView):
    """A staff endpoint: HasAgencyRole sets the agency and the person's roles there."""

    permission_classes = [HasAgencyRole]
    parser_classes = [CleanJSONParser]
    agency: Agency
    roles: frozenset[str]


def _gate(view: _Staff, request: Request) -> Any:
    """The Django request as `staff_view` hands it to a page, so the pages' gates apply."""
    plain: Any = request._request
    plain.agency = view.agency
    plain.roles = view.roles
    plain.user = request.user
    return plain


def _given(request: Request, names: list[str]) -> dict[str, Any]:
    data = request.data if isinstance(request.data, dict) else {}
    return {name: data[name] for name in names if data.get(name) is not None}


def _invalid(form: Any) -> Response:
    return Response(form.errors, status=status.HTTP_400_BAD_REQUEST)


ITEM_FIELDS = list(ItemInSerializer().fields)
COURSE_FIELDS = list(CourseInSerializer().fields)

# ---------------------------------------------------------------- public


@extend_schema(
    summary="The agency's public news (pinned first, then newest)",
    tags=["news"],
    parameters=[
        OpenApiParameter("category", OpenApiTypes.STR, enum=NewsItem.Category.values),
        OpenApiParameter("q", OpenApiTypes.STR, description="Thai words, as the page's search"),
    ],
)
class PublicNewsList(generics.ListAPIView[NewsItem]):
    serializer_class = NewsSerializer
    permission_classes: list[Any] = []
    authentication_classes: list[Any] = []

    def get_queryset(self) -> QuerySet[NewsItem]:
        agency = get_agency_or_404(self.kwargs["agency"])
        params = self.request.query_params
        words = search.query_words(params.get("q", "")[:200])
        return queries.public_items(agency, category=params.get("category", ""), words=words)


@extend_schema(summary="One public news item", tags=["news"], responses=NewsDetailSerializer)
class PublicNewsDetail(APIView):
    permission_classes: list[Any] = []
    authentication_classes: list[Any] = []

    def get(self, request: Request, agency: str, pk: int) -> Response:
        item = get_item_for_public(get_agency_or_404(agency), pk)
        return Response(NewsDetailSerializer(item).data)


@extend_schema(summary="The agency's written basic pages", tags=["news"])
class PublicAboutList(APIView):
    permission_classes: list[Any] = []
    authentication_classes: list[Any] = []

    @extend_schema(responses=AboutSerializer(many=True))
    def get(self, request: Request, agency: str) -> Response:
        pages = queries.about_pages(get_agency_or_404(agency))
        shown = [
            pages[kind] for kind in AboutPage.Kind.values if kind in pages and pages[kind].body
        ]
        return Response(AboutSerializer(shown, many=True).data)


@extend_schema(summary="One basic page (404 while empty)", tags=["news"], responses=AboutSerializer)
class PublicAboutDetail(APIView):
    permission_classes: list[Any] = []
    authentication_classes: list[Any] = []

    def get(self, request: Request, agency: str, kind: str) -> Response:
        page = get_about_page_for_public(get_agency_or_404(agency), kind)
        return Response(AboutSerializer(page).data)


@extend_schema(
    summary="Training courses of a fiscal year (B.E.; default: this one)",
    tags=["news"],
    parameters=[OpenApiParameter("year", OpenApiTypes.INT)],
)
class PublicTrainingList(generics.ListAPIView[TrainingCourse]):
    serializer_class = CourseSerializer
    permission_classes: list[Any] = []
    authentication_classes: list[Any] = []

    def get_queryset(self) -> QuerySet[TrainingCourse]:
        agency = get_agency_or_404(self.kwargs["agency"])
        text = self.request.query_params.get("year", "")
        year = int(text) if text.isdigit() else current_fiscal_year()
        if not is_plausible_year(year):
            raise Http404
        return (
            TrainingCourse.objects.filter(agency=agency, starts_on__range=fiscal_year_bounds(year))
            .select_related("unit")
            .order_by("starts_on", "pk")
        )


# ---------------------------------------------------------------- staff


class StaffNewsList(_Staff):
    required_roles = READERS

    @extend_schema(
        summary="All items, drafts too (staff)",
        tags=["news"],
        responses=StaffNewsSerializer(many=True),
    )
    def get(self, request: Request, agency: str) -> Response:
        rows = queries.staff_items(self.agency)[:500]
        return Response(StaffNewsSerializer(rows, many=True).data)

    @extend_schema(
        summary="Write a draft (the ITA officer, the director, a unit head)",
        tags=["news"],
        request=ItemInSerializer,
        responses={
            201: StaffNewsSerializer,
            400: OpenApiResponse(description="Thai messages by field"),
        },
    )
    def post(self, request: Request, agency: str) -> Response:
        plain = _gate(self, request)
        if not roles_of(plain) & WRITERS:
            return Response(status=status.HTTP_403_FORBIDDEN)
        form = ItemForm(_given(request, ITEM_FIELDS))
        if not form.is_valid():
            return _invalid(form)
        item = actions.save_item(agency=self.agency, data=form.item_data(), actor=user_of(plain))
        return Response(StaffNewsSerializer(item).data, status=status.HTTP_201_CREATED)


class StaffNewsDetail(_Staff):
    required_roles = READERS

    @extend_schema(summary="One item (staff)", tags=["news"], responses=StaffNewsSerializer)
    def get(self, request: Request, agency: str, pk: int) -> Response:
        return Response(StaffNewsSerializer(get_item_for_staff(_gate(self, request), pk)).data)

    @extend_schema(
        summary="Change an item (every field of the page's form)",
        tags=["news"],
        request=ItemInSerializer,
        responses={200: StaffNewsSerializer, 400: OpenApiResponse(description="Thai messages")},
    )
    def put(self, request: Request, agency: str, pk: int) -> Response:
        plain = _gate(self, request)
        item = get_item_for_staff(plain, pk, act=True)
        form = ItemForm(_given(request, ITEM_FIELDS))
        if not form.is_valid():
            return _invalid(form)
        item = actions.save_item(
            agency=self.agency,
            item=item,
            data=form.item_data(),
            actor=user_of(plain),
        )
        return Response(StaffNewsSerializer(item).data)


class StaffNewsPublish(_Staff):
    required_roles = PUBLISHERS

    @extend_schema(
        summary="Publish (the ITA officer, the director): now or at its publication moment",
        tags=["news"],
        request=None,
        responses={200: StaffNewsSerializer, 409: OpenApiResponse(description="Why not")},
    )
    def post(self, request: Request, agency: str, pk: int) -> Response:
        plain = _gate(self, request)
        item = get_item_for_publishing(plain, pk)
        try:
            item = actions.publish_item(item=item, actor=user_of(plain))
        except ValidationError as error:
            return Response({"detail": " ".join(error.messages)}, status=status.HTTP_409_CONFLICT)
        return Response(StaffNewsSerializer(item).data)


class StaffAboutDetail(_Staff):
    required_roles = ABOUT_READERS

    @extend_schema(summary="A basic page (staff)", tags=["news"], responses=AboutSerializer)
    def get(self, request: Request, agency: str, kind: str) -> Response:
        kind = get_about_kind_for_staff(_gate(self, request), kind)
        page = queries.about_pages(self.agency).get(kind) or AboutPage(
            agency=self.agency, kind=kind
        )
        return Response(AboutSerializer(page).data)

    @extend_schema(
        summary="Write a basic page (the ITA officer, the director); empty body: off the site",
        tags=["news"],
        request=AboutSerializer,
        responses={200: AboutSerializer, 400: OpenApiResponse(description="Thai messages")},
    )
    def put(self, request: Request, agency: str, kind: str) -> Response:
        plain = _gate(self, request)
        kind = get_about_kind_for_staff(plain, kind, act=True)
        form = AboutForm(_given(request, ["body"]))
        if not form.is_valid():
            return _invalid(form)
        page = actions.save_about_page(
            agency=self.agency,
            kind=kind,
            body=form.cleaned_data["body"],
            actor=user_of(plain),
        )
        return Response(AboutSerializer(page).data)


class StaffTrainingList(_Staff):
    required_roles = TRAINING_READERS

    @extend_schema(
        summary="Courses, newest first (staff)",
        tags=["news"],
        responses=CourseSerializer(many=True),
    )
    def get(self, request: Request, agency: str) -> Response:
        from prongsai.news.training_queries import staff_courses

        rows = staff_courses(self.agency)[:500]
        return Response(CourseSerializer(rows, many=True).data)

    @extend_schema(
        summary="Record a course (the ITA officer, the director, a unit head)",
        tags=["news"],
        request=CourseInSerializer,
        responses={201: CourseSerializer, 400: OpenApiResponse(description="Thai messages")},
    )
    def post(self, request: Request, agency: str) -> Response:
        plain = _gate(self, request)
        require_training_writer(plain)
        form = CourseForm(_given(request, COURSE_FIELDS), agency=self.agency)
        if not form.is_valid():
            return _invalid(form)
        course = training_actions.save_course(
            agency=self.agency,
            data=form.course_data(),
            actor=user_of(plain),
        )
        return Response(CourseSerializer(course).data, status=status.HTTP_201_CREATED)


class StaffTrainingDetail(_Staff):
    required_roles = TRAINING_READERS

    @extend_schema(summary="One course (staff)", tags=["news"], responses=CourseSerializer)
    def get(self, request: Request, agency: str, pk: int) -> Response:
        return Response(CourseSerializer(get_course_for_staff(_gate(self, request), pk)).data)

    @extend_schema(
        summary="Change a course (every field of the page's form)",
        tags=["news"],
        request=CourseInSerializer,
        responses={200: CourseSerializer, 400: OpenApiResponse(description="Thai messages")},
    )
    def put(self, request: Request, agency: str, pk: int) -> Response:
        plain = _gate(self, request)
        course = get_course_for_staff(plain, pk, act=True)
        form = CourseForm(_given(request, COURSE_FIELDS), agency=self.agency)
        if not form.is_valid():
            return _invalid(form)
        course = training_actions.save_course(
            agency=self.agency,
            data=form.course_data(),
            actor=user_of(plain),
            course=course,
        )
        return Response(CourseSerializer(course).data)

    @extend_schema(summary="Remove a course from the log", tags=["news"], responses={204: None})
    def delete(self, request: Request, agency: str, pk: int) -> Response:
        course = get_course_for_staff(_gate(self, request), pk, act=True)
        training_actions.remove_course(course=course)
        return Response(status=status.HTTP_204_NO_CONTENT)


urlpatterns = [
    path("news/", PublicNewsList.as_view(), name="news_public"),
    path("news/<int:pk>/", PublicNewsDetail.as_view(), name="news_public_item"),
    path("about/", PublicAboutList.as_view(), name="about_public"),
    path("about/<slug:kind>/", PublicAboutDetail.as_view(), name="about_public_page"),
    path("training/", PublicTrainingList.as_view(), name="training_public"),
    path("staff/news/", StaffNewsList.as_view(), name="news_staff"),
    path("staff/news/<int:pk>/", StaffNewsDetail.as_view(), name="news_staff_item"),
    path("staff/news/<int:pk>/publish/", StaffNewsPublish.as_view(), name="news_staff_publish"),
    path("staff/about/<slug:kind>/", StaffAboutDetail.as_view(), name="about_staff_page"),
    path("staff/training/", StaffTrainingList.as_view(), name="training_staff"),
    path("staff/training/<int:pk>/", StaffTrainingDetail.as_view(), name="training_staff_course"),
]
