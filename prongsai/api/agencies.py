"""API for agencies, their units and people."""

from typing import Any

from django.db.models import Exists, OuterRef, QuerySet
from drf_spectacular.utils import extend_schema
from rest_framework import generics, serializers
from rest_framework.permissions import IsAuthenticated

from prongsai.accounts.models import User
from prongsai.agencies import queries
from prongsai.agencies.access import get_agency_or_404
from prongsai.agencies.models import Agency, Membership, Unit
from prongsai.agencies.roles import PEOPLE_MANAGERS, SITE_ADMIN
from prongsai.api.permissions import HasAgencyRole


class AgencySerializer(serializers.ModelSerializer[Agency]):
    parent: serializers.SlugRelatedField[Agency] = serializers.SlugRelatedField(  # type: ignore[assignment]  # the API's field is named parent, as DRF's Field.parent (its serializer) is
        slug_field="slug", read_only=True
    )
    url = serializers.SerializerMethodField()

    class Meta:
        model = Agency
        fields = ["slug", "name_th", "name_en", "kind", "parent", "url"]

    def get_url(self, agency: Agency) -> str:
        request = self.context.get("request")
        path = agency.get_absolute_url()
        return request.build_absolute_uri(path) if request else path


class UnitSerializer(serializers.ModelSerializer[Unit]):
    parent: serializers.PrimaryKeyRelatedField[Unit] = serializers.PrimaryKeyRelatedField(  # type: ignore[assignment]  # the API's field is named parent, as DRF's Field.parent (its serializer) is
        read_only=True
    )

    class Meta:
        model = Unit
        fields = ["id", "name_th", "name_en", "kind", "parent", "order"]


class MembershipSerializer(serializers.ModelSerializer[Membership]):
    unit: serializers.PrimaryKeyRelatedField[Unit] = serializers.PrimaryKeyRelatedField(
        read_only=True
    )

    class Meta:
        model = Membership
        fields = ["role", "unit", "position"]


class MemberSerializer(serializers.ModelSerializer[User]):
    name = serializers.CharField(source="display_name", read_only=True)
    email = serializers.SerializerMethodField()
    roles = MembershipSerializer(source="agency_memberships", many=True, read_only=True)

    class Meta:
        model = User
        fields = ["id", "username", "name", "email", "roles"]

    def get_email(self, user: User) -> str:
        """Shown only for people who belong to this agency alone (a site administrator sees
        all): the address of someone from another agency is not this director's to read."""
        if self.context.get("site_admin"):
            return user.email
        if getattr(user, "belongs_elsewhere", True) or user.is_superuser:
            return ""
        return user.email


class MeSerializer(serializers.ModelSerializer[User]):
    name = serializers.CharField(source="display_name", read_only=True)
    agencies = serializers.SerializerMethodField()

    class Meta:
        model = User
        fields = ["id", "username", "name", "email", "agencies"]

    def get_agencies(self, user: User) -> list[dict[str, Any]]:
        rows: dict[str, dict[str, Any]] = {}
        for membership in user.memberships.select_related("agency"):
            entry = rows.setdefault(
                membership.agency.slug, {"agency": membership.agency.slug, "roles": []}
            )
            entry["roles"].append(membership.role)
        return list(rows.values())


@extend_schema(summary="List agencies (public)", tags=["agencies"])
class AgencyList(generics.ListAPIView[Agency]):
    serializer_class = AgencySerializer
    authentication_classes: list[Any] = []

    def get_queryset(self) -> QuerySet[Agency]:
        return queries.active_agencies().order_by("slug")


@extend_schema(summary="One agency (public)", tags=["agencies"])
class AgencyDetail(generics.RetrieveAPIView[Agency]):
    serializer_class = AgencySerializer
    authentication_classes: list[Any] = []

    def get_object(self) -> Agency:
        return get_agency_or_404(self.kwargs["agency"])


@extend_schema(summary="Units of an agency (public)", tags=["agencies"])
class UnitList(generics.ListAPIView[Unit]):
    serializer_class = UnitSerializer
    authentication_classes: list[Any] = []

    def get_queryset(self) -> QuerySet[Unit]:
        agency = get_agency_or_404(self.kwargs["agency"])
        return Unit.objects.filter(agency=agency).order_by("order", "name_th", "pk")


@extend_schema(summary="People of an agency and their roles (staff)", tags=["agencies"])
class MemberList(generics.ListAPIView[User]):
    serializer_class = MemberSerializer
    permission_classes = [HasAgencyRole]
    required_roles = PEOPLE_MANAGERS

    def get_queryset(self) -> QuerySet[User]:
        """Only people with a role in this agency; no parameter looks up other accounts."""
        agency: Agency = self.agency  # type: ignore[attr-defined]
        elsewhere = Membership.objects.filter(user=OuterRef("pk")).exclude(agency=agency)
        return (
            queries.members_of(agency)
            .annotate(belongs_elsewhere=Exists(elsewhere))
            .order_by("username")
        )

    def get_serializer_context(self) -> dict[str, Any]:
        context = super().get_serializer_context()
        context["site_admin"] = SITE_ADMIN in getattr(self, "roles", frozenset())
        return context


@extend_schema(summary="The signed-in person and their roles", tags=["accounts"])
class Me(generics.RetrieveAPIView[User]):
    serializer_class = MeSerializer
    permission_classes = [IsAuthenticated]

    def get_object(self) -> User:
        user = self.request.user
        assert isinstance(user, User)
        return user
